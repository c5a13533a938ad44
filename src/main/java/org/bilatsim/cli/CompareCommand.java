package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ChartFiles;
import org.bilatsim.chart.ComparisonReport;
import org.bilatsim.chart.ScenarioPaths;
import org.bilatsim.chart.TradeCharts;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Comparison;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.output.BilateralTotals;
import org.bilatsim.output.ExperimentFiles;
import org.bilatsim.output.Manifest;
import org.bilatsim.output.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim compare}: scenarios against a baseline, with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a baseline and one or more scenarios with common random numbers (replication k of "
                + "every scenario uses the baseline's seed k) and report each scenario's two-way total and its "
                + "difference from the baseline, with bands, per year. Writes compare.csv, bilateral.csv and "
                + "manifest.json to OUT/compare-<baseline>/<run-id>/."})
final class CompareCommand implements Callable<Integer> {
    static final String[] HEADER = {"scenario", "year", "measure", "mean", "p5", "p25", "p50", "p75", "p95",
        "probability_reached"};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline scenario.")
    Path baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SCENARIO", description = "Scenarios to compare with it.")
    List<Path> scenarios;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--no-charts", description = "Skip the comparison charts.")
    boolean noCharts;

    @Option(names = "--years", paramLabel = "Y", split = ",", defaultValue = "2030,2035",
            description = "Years shown in the console table (default: ${DEFAULT-VALUE}).")
    List<Integer> years;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        List<ScenarioConfig> configs = new ArrayList<>();
        configs.add(ConfigLoader.load(baseline, experiment.overrides));
        for (Path scenario : scenarios) {
            configs.add(ConfigLoader.load(scenario, experiment.overrides));
        }
        OutputRoot.check(spec, experiment.out);
        Instant started = Instant.now();
        Comparison.Result result;
        try (Progress progress = new Progress("runs", configs.size() * experiment.replications, experiment.quiet)) {
            result = Comparison.run(configs, experiment.replications, experiment.threads(), progress);
        } catch (ConfigException e) {
            // Found when the agents were built: point at the key's line in the scenario's own file.
            List<Path> files = new ArrayList<>(List.of(baseline));
            files.addAll(scenarios);
            for (int i = 0; i < configs.size(); i++) {
                if (e.location().file().equals("scenario '" + configs.get(i).name() + "'")) {
                    throw ConfigLoader.locate(files.get(i), experiment.overrides, e);
                }
            }
            throw e;
        }
        RunFolder folder = RunFolder.create(experiment.out, "compare-" + configs.get(0).name(), started);
        Path committed;
        try {
            writeCompare(folder.file("compare.csv"), result);
            writeBilateral(folder.file("bilateral.csv"), result);
            List<String> commandLine = Main.commandLine(spec);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("command", "compare");
            extra.put("scenarios", result.scenarios());
            extra.put("replications", experiment.replications);
            extra.put("configs", configs.subList(1, configs.size()));
            Manifest.write(folder.file("manifest.json"), configs.get(0), commandLine, started, Instant.now(), extra);
            if (!noCharts) {
                writeCharts(folder.file("charts"), result, configs.get(0));
            }
            committed = folder.commit();
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
        print(spec.commandLine().getOut(), result);
        spec.commandLine().getOut().println("Results: " + committed);
        return ExitCodes.OK;
    }

    private static void writeCharts(Path dir, Comparison.Result result, ScenarioConfig baseline) throws IOException {
        List<ScenarioPaths> paths = new ArrayList<>();
        for (int s = 0; s < result.scenarios().size(); s++) {
            Map<Integer, double[]> byYear = new java.util.TreeMap<>();
            List<Outcome> outcomes = result.outcomes().get(s);
            for (Outcome o : outcomes) {
                for (BilateralTotals.Year y : o.totals()) {
                    byYear.computeIfAbsent(y.year(), k -> new double[outcomes.size()])[o.spec().replication()] = y.total();
                }
            }
            paths.add(new ScenarioPaths(result.scenarios().get(s), byYear));
        }
        String pair = String.join("–", baseline.target().between());
        List<ChartFiles.WrittenChart> charts = List.of(
                ChartFiles.write(TradeCharts.scenarioComparison(paths, baseline.target().valueUsd(), pair), dir,
                        "scenario-comparison"),
                ChartFiles.write(TradeCharts.differencesFromBaseline(paths, result.scenarios().get(0)), dir,
                        "difference-from-baseline"));
        List<ComparisonReport.Row> rows = new ArrayList<>();
        for (Comparison.Year y : result.years()) {
            rows.add(new ComparisonReport.Row(y.scenario(), y.year(), new double[] {y.level()[3], y.level()[1], y.level()[5]},
                    new double[] {y.difference()[3], y.difference()[1], y.difference()[5]}, y.probabilityReached()));
        }
        ComparisonReport.write(dir.getParent(), result.scenarios().get(0), baseline.target().valueUsd(),
                result.outcomes().get(0).size(), rows, charts);
    }

    private static void writeCompare(Path file, Comparison.Result result) throws IOException {
        try (CSVPrinter out = ExperimentFiles.open(file, HEADER)) {
            for (Comparison.Year y : result.years()) {
                row(out, y, "level", y.level(), ExperimentFiles.n(y.probabilityReached()));
                row(out, y, "difference", y.difference(), "");
            }
        }
    }

    private static void row(CSVPrinter out, Comparison.Year y, String measure, double[] stats, String probability)
            throws IOException {
        List<Object> record = new ArrayList<>(List.of(y.scenario(), y.year(), measure));
        for (double v : stats) {
            record.add(ExperimentFiles.n(v));
        }
        record.add(probability);
        out.printRecord(record);
    }

    private static void writeBilateral(Path file, Comparison.Result result) throws IOException {
        try (CSVPrinter out = ExperimentFiles.open(file, ExperimentFiles.BILATERAL)) {
            for (int s = 0; s < result.scenarios().size(); s++) {
                for (Outcome o : result.outcomes().get(s)) {
                    Integer first = o.firstYearReached();
                    for (BilateralTotals.Year y : o.totals()) {
                        out.printRecord(result.scenarios().get(s), o.spec().replication(), o.spec().seed(), y.year(),
                                ExperimentFiles.n(y.forward()), ExperimentFiles.n(y.backward()),
                                ExperimentFiles.n(y.total()), ExperimentFiles.n(y.targetUsd()), first == null ? "" : first);
                    }
                }
            }
        }
    }

    private void print(PrintWriter out, Comparison.Result result) {
        out.printf(Locale.ROOT, "Two-way trade, US$ million: median [5%%-95%%], difference from %s, P(target reached)%n",
                result.scenarios().get(0));
        out.printf(Locale.ROOT, "%-28s %5s %26s %26s %8s%n", "scenario", "year", "total", "difference", "P(reach)");
        for (Comparison.Year y : result.years()) {
            if (!years.contains(y.year())) {
                continue;
            }
            out.printf(Locale.ROOT, "%-28s %5d %9.2f [%6.2f-%7.2f] %9.2f [%6.2f-%7.2f] %8.3f%n", y.scenario(), y.year(),
                    y.level()[3] / 1e6, y.level()[1] / 1e6, y.level()[5] / 1e6, y.difference()[3] / 1e6,
                    y.difference()[1] / 1e6, y.difference()[5] / 1e6, y.probabilityReached());
        }
    }
}
