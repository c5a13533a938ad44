package org.bilatsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Backcast;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.RunFolder;
import org.bilatsim.output.ScenarioRunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim run}: one scenario, N replications, written to a new run folder, with a yearly summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write timeseries.csv, annual.csv, bands.csv, bilateral.csv, target.csv, "
                + "manifest.json, charts/ and report.html to OUT/<scenario>/<run-id>/, then print two-way trade per "
                + "year against the target."})
final class RunCommand implements Callable<Integer> {
    static final String DEFAULT_CONFIG = "configs/pak-aze/baseline.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_CONFIG)
    Path config;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--seed", paramLabel = "N",
            description = "Base seed (default: the config's seed); replication k runs with a seed derived from it and k.")
    Long seed;

    @Option(names = "--no-charts", description = "Skip the charts and report.html.")
    boolean noCharts;

    @Option(names = "--summary-only",
            description = "Skip timeseries.csv (the monthly rows of every replication); keep the annual and summary files.")
    boolean summaryOnly;

    @Override
    public Integer call() throws Exception {
        experiment.check(spec);
        ScenarioConfig loaded = ConfigLoader.load(config, experiment.overrides);
        ScenarioConfig scenario = seed == null ? loaded : loaded.withSeed(seed);
        PathPolicy.outputRoot(spec, experiment.out);
        PathPolicy.resultFolder(spec, experiment.out, scenario.name());
        Footprint.checkRun(scenario, experiment.replications, experiment.threads());
        RunFolder.Committed<ScenarioRun.Result> run;
        try (Progress progress = new Progress("replications", experiment.replications, experiment.quiet)) {
            ScenarioRunFiles.Options files = new ScenarioRunFiles.Options(!summaryOnly, !noCharts,
                    ConfigLoader.sourceFiles(config));
            run = ScenarioRunFiles.record(experiment.out, scenario, files, Provenance.now(Main.commandLine(spec)),
                    observers -> ScenarioRun.run(scenario, experiment.replications, experiment.runner(), observers,
                            progress));
        } catch (ConfigException e) {
            // Found when the agents were built (calibration, fixed costs): point at the key's line.
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (experiment.replications == 1) {
            printSingle(out, run.value());
        } else {
            printBands(out, run.value());
        }
        out.printf("Results: %s%s%n", run.folder(), noCharts ? "" : " (open report.html)");
        return ExitCodes.OK;
    }

    private static void printSingle(PrintWriter out, ScenarioRun.Result result) {
        ScenarioConfig scenario = result.config();
        String a = scenario.target().between().get(0);
        String b = scenario.target().between().get(1);
        out.printf(Locale.ROOT, "%s: %d months, %d agents, seed %d%n", scenario.name(), result.months(),
                result.agents(), scenario.seed());
        out.printf(Locale.ROOT, "Two-way trade, US$ million per year (target %s):%n", money(scenario.target().valueUsd()));
        out.printf(Locale.ROOT, "%6s %12s %12s %12s %14s %9s%n", "year", a + "->" + b, b + "->" + a, "total",
                "gap to target", "% target");
        for (BilateralTotals.Year y : result.totals()) {
            out.printf(Locale.ROOT, "%6d %12.2f %12.2f %12.2f %14.2f %8.2f%%%n", y.year(), y.forward() / 1e6,
                    y.backward() / 1e6, y.total() / 1e6, y.gap() / 1e6, 100 * y.total() / y.targetUsd());
        }
        List<Backcast.Year> backcast = result.backcast();
        if (!backcast.isEmpty()) {
            out.printf(Locale.ROOT, "Backcast against observed two-way totals, US$ million:%n");
            out.printf(Locale.ROOT, "%6s %12s %12s %9s%n", "year", "simulated", "observed", "error");
            for (Backcast.Year y : backcast) {
                out.printf(Locale.ROOT, "%6d %12.2f %12.2f %8.1f%%%n", y.year(), y.simulatedUsd() / 1e6,
                        y.observedUsd() / 1e6, 100 * y.errorShare());
            }
            out.printf(Locale.ROOT, "Mean absolute error: %.1f%%%n", 100 * Backcast.meanAbsoluteError(backcast));
        }
    }

    private static void printBands(PrintWriter out, ScenarioRun.Result result) {
        ScenarioConfig scenario = result.config();
        out.printf(Locale.ROOT, "%s: %d replications, %d months, %d agents, base seed %d%n", scenario.name(),
                result.replications(), result.months(), result.agents(),
                scenario.seed());
        out.printf(Locale.ROOT, "Two-way trade, US$ million per year: median and 5-95%% band (target %s)%n",
                money(scenario.target().valueUsd()));
        out.printf(Locale.ROOT, "%6s %12s %12s %12s %12s%n", "year", "median", "p5", "p95", "P(reached)");
        for (TargetAnalysis.Year y : result.target()) {
            double[] total = y.total();
            out.printf(Locale.ROOT, "%6d %12.2f %12.2f %12.2f %12.3f%n", y.year(), y.medianTotal() / 1e6,
                    total[1] / 1e6, total[5] / 1e6, y.probabilityReached());
        }
    }

    static String money(double usd) {
        return usd >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", usd / 1e9) : String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
    }
}
