package org.bilatsim.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.output.Backcast;
import org.bilatsim.output.BilateralTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim run}: one scenario, written to a new run folder, with a yearly summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write timeseries.csv, annual.csv and manifest.json to "
                + "OUT/<scenario>/<run-id>/, then print bilateral trade per year against the target."})
final class RunCommand implements Callable<Integer> {
    static final String DEFAULT_CONFIG = "configs/pak-aze/baseline.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_CONFIG)
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output root; the run goes to DIR/<scenario>/<run-id>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random streams (default: the config's seed).")
    Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a config value, e.g. --set products.rice.substitutionElasticity=6 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ScenarioConfig scenario = ConfigLoader.load(config, overrides);
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        OutputRoot.check(spec, out);
        List<String> commandLine = new ArrayList<>(List.of("bilatsim"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        ScenarioRun.Result result = ScenarioRun.run(scenario, out, commandLine, Clock.systemUTC());
        printTable(scenario, result);
        return ExitCodes.OK;
    }

    private void printTable(ScenarioConfig scenario, ScenarioRun.Result result) {
        var outWriter = spec.commandLine().getOut();
        String a = scenario.target().between().get(0);
        String b = scenario.target().between().get(1);
        outWriter.printf(Locale.ROOT, "%s: %d months, %d agents, seed %d%n", scenario.name(), result.summary().months(),
                result.summary().agents(), scenario.seed());
        outWriter.printf(Locale.ROOT, "Bilateral trade, US$ million per year (target %s):%n", money(scenario.target().valueUsd()));
        outWriter.printf(Locale.ROOT, "%6s %12s %12s %12s %14s %9s%n", "year", a + "->" + b, b + "->" + a, "total",
                "gap to target", "% target");
        for (BilateralTotals.Year y : result.totals()) {
            outWriter.printf(Locale.ROOT, "%6d %12.2f %12.2f %12.2f %14.2f %8.2f%%%n", y.year(), y.forward() / 1e6,
                    y.backward() / 1e6, y.total() / 1e6, y.gap() / 1e6, 100 * y.total() / y.targetUsd());
        }
        var backcast = Backcast.compare(result.totals(), scenario.observed());
        if (!backcast.isEmpty()) {
            outWriter.printf(Locale.ROOT, "Backcast against observed two-way totals, US$ million:%n");
            outWriter.printf(Locale.ROOT, "%6s %12s %12s %9s%n", "year", "simulated", "observed", "error");
            for (Backcast.Year y : backcast) {
                outWriter.printf(Locale.ROOT, "%6d %12.2f %12.2f %8.1f%%%n", y.year(), y.simulatedUsd() / 1e6,
                        y.observedUsd() / 1e6, 100 * y.errorShare());
            }
            outWriter.printf(Locale.ROOT, "Mean absolute error: %.1f%%%n", 100 * Backcast.meanAbsoluteError(backcast));
        }
        outWriter.printf("Results: %s%n", result.folder());
    }

    static String money(double usd) {
        return usd >= 1e9 ? String.format(Locale.ROOT, "$%.1fB", usd / 1e9) : String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
    }
}
