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
import org.bilatsim.chart.TradeCharts;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Sweep;
import org.bilatsim.output.ExperimentFiles;
import org.bilatsim.output.Manifest;
import org.bilatsim.output.RunFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim sweep}: a full factorial or Latin hypercube over config values. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario over a design of config values (full factorial or Latin hypercube), N "
                + "replications per point with common random numbers. Writes sweep.csv (one row per point and "
                + "replication, the varied values as columns), sensitivity.csv and manifest.json to "
                + "OUT/sweep-<scenario>/<run-id>/ and prints which parameter moves the two-way total most."})
final class SweepCommand implements Callable<Integer> {
    enum Design { full, lhs }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file.")
    Path config;

    @Option(names = "--vary", required = true, paramLabel = "PATH=V1,V2,...",
            description = "A config value and the values to try (repeatable), e.g. --vary products.rice.substitutionElasticity=2,4.4,8")
    List<String> vary;

    @Option(names = "--design", defaultValue = "full", paramLabel = "full|lhs",
            description = "full: every combination; lhs: a Latin hypercube between each parameter's lowest and highest value (default: ${DEFAULT-VALUE}).")
    Design design;

    @Option(names = "--samples", paramLabel = "K", defaultValue = "20", description = "Points of a Latin hypercube (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--no-charts", description = "Skip the tornado chart.")
    boolean noCharts;

    @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2030",
            description = "Year whose two-way total the sensitivity ranks (default: ${DEFAULT-VALUE}; the last year if outside the span).")
    int year;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        if (samples < 2 || samples > 100_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--samples must be from 2 to 100000, not " + samples);
        }
        List<Sweep.Parameter> parameters = vary.stream().map(Sweep.Parameter::parse).toList();
        ScenarioConfig base = ConfigLoader.load(config, experiment.overrides);
        List<Sweep.Point> points = design == Design.full ? Sweep.fullFactorial(parameters)
                : Sweep.latinHypercube(parameters, samples, base.seed());
        List<ScenarioConfig> configs = new ArrayList<>();
        for (Sweep.Point point : points) {
            List<String> overrides = new ArrayList<>(experiment.overrides);
            overrides.addAll(point.overrides(parameters));
            try {
                configs.add(ConfigLoader.load(config, overrides));
            } catch (ConfigException e) {
                // A bad value from --vary reaches the loader as an override: say where it came from.
                boolean fromVary = e.location().equals(SourceLocation.commandLine())
                        && parameters.stream().anyMatch(p -> e.keyPath().startsWith(p.path()));
                throw fromVary ? new ConfigException(new SourceLocation("--vary", 0, 0), e.keyPath(), e.detail()) : e;
            }
        }
        int sensitivityYear = year >= base.start().getYear() && year <= base.end().getYear() ? year : base.end().getYear();
        OutputRoot.check(spec, experiment.out);
        Instant started = Instant.now();
        List<Sweep.PointResult> results;
        try (Progress progress = new Progress("runs", points.size() * experiment.replications, experiment.quiet)) {
            results = Sweep.run(points, configs, base.seed(), experiment.replications, experiment.threads(), progress);
        } catch (ConfigException e) {
            // Found when the agents were built: point at the key's line in the scenario file.
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
        List<Sweep.Sensitivity> ranking = Sweep.sensitivity(results, parameters, sensitivityYear);
        RunFolder folder = RunFolder.create(experiment.out, "sweep-" + base.name(), started);
        Path committed;
        try {
            writeSweep(folder.file("sweep.csv"), parameters, results, sensitivityYear, base.end().getYear());
            writeSensitivity(folder.file("sensitivity.csv"), ranking, sensitivityYear);
            if (!noCharts && !ranking.isEmpty()) {
                double mean = results.stream().flatMap(r -> r.outcomes().stream())
                        .mapToDouble(o -> o.total(sensitivityYear)).average().orElse(0);
                List<org.bilatsim.chart.Sensitivity> bars = ranking.stream()
                        .map(r -> new org.bilatsim.chart.Sensitivity(r.parameter() + " (" + r.lowValue() + " to "
                                + r.highValue() + ")", r.totalAtLow(), r.totalAtHigh()))
                        .toList();
                ChartFiles.write(TradeCharts.tornado(bars, mean, "Two-way trade in " + sensitivityYear),
                        folder.file("charts"), "tornado");
            }
            List<String> commandLine = Main.commandLine(spec);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("command", "sweep");
            extra.put("design", design.name());
            extra.put("points", points.size());
            extra.put("replications", experiment.replications);
            Manifest.write(folder.file("manifest.json"), base, commandLine, started, Instant.now(), extra);
            committed = folder.commit();
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
        print(spec.commandLine().getOut(), ranking, sensitivityYear);
        spec.commandLine().getOut().println("Results: " + committed);
        return ExitCodes.OK;
    }

    private static void writeSweep(Path file, List<Sweep.Parameter> parameters, List<Sweep.PointResult> results,
            int year, int lastYear) throws IOException {
        List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
        parameters.forEach(p -> header.add(p.path()));
        header.add("total_usd_" + year);
        header.add("total_usd_" + lastYear);
        header.add("first_year_reached");
        try (CSVPrinter out = ExperimentFiles.open(file, header.toArray(String[]::new))) {
            for (Sweep.PointResult r : results) {
                for (Outcome o : r.outcomes()) {
                    List<Object> record = new ArrayList<>(List.of(r.point().index(), o.spec().replication(), o.spec().seed()));
                    record.addAll(r.point().values());
                    record.add(ExperimentFiles.n(o.total(year)));
                    record.add(ExperimentFiles.n(o.total(lastYear)));
                    Integer first = o.firstYearReached();
                    record.add(first == null ? "" : first);
                    out.printRecord(record);
                }
            }
        }
    }

    private static void writeSensitivity(Path file, List<Sweep.Sensitivity> ranking, int year) throws IOException {
        try (CSVPrinter out = ExperimentFiles.open(file, "parameter", "low_value", "high_value", "year",
                "mean_total_usd_at_low", "mean_total_usd_at_high", "swing_usd")) {
            for (Sweep.Sensitivity s : ranking) {
                out.printRecord(s.parameter(), s.lowValue(), s.highValue(), year, ExperimentFiles.n(s.totalAtLow()),
                        ExperimentFiles.n(s.totalAtHigh()), ExperimentFiles.n(s.swing()));
            }
        }
    }

    private static void print(PrintWriter out, List<Sweep.Sensitivity> ranking, int year) {
        out.printf(Locale.ROOT, "Sensitivity of the mean two-way total in %d, US$ million (largest swing first):%n", year);
        out.printf(Locale.ROOT, "%-50s %10s %10s %12s %12s %10s%n", "parameter", "low", "high", "at low", "at high", "swing");
        for (Sweep.Sensitivity s : ranking) {
            out.printf(Locale.ROOT, "%-50s %10s %10s %12.3f %12.3f %10.3f%n", s.parameter(), s.lowValue(), s.highValue(),
                    s.totalAtLow() / 1e6, s.totalAtHigh() / 1e6, s.swing() / 1e6);
        }
    }
}
