package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Sensitivity;
import org.bilatsim.experiment.Years;
import org.bilatsim.experiment.uncertainty.SobolIndices;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.SensitivityFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim sensitivity}: Sobol indices of the answer over the config's uncertain parameters. */
@Command(
        name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {
            "Global sensitivity: first-order and total Sobol indices (Saltelli design, Jansen estimator, "
                    + "bootstrap 95%% intervals) of the two-way total in year Y, of 'target reached by Y' (P(target)) and "
                    + "of each direction's total, over every config key given a distribution. Runs N x (d + 2) "
                    + "simulations for d uncertain parameters. Writes sobol.csv, manifest.json and report.html to "
                    + "OUT/sensitivity-<scenario>/<run-id>/ and prints what drives the answer."
        })
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file with uncertain parameters.")
    Path config;

    @Option(
            names = "--samples",
            paramLabel = "N",
            defaultValue = "64",
            description = "Base samples N of the Saltelli design; a power of two suits its Sobol sequence "
                    + "(default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            description = "Year of the answer (default: the milestone year, which is " + Years.RULE + ").")
    Integer year;

    @Option(
            names = "--bootstrap",
            paramLabel = "B",
            defaultValue = "1000",
            description = "Bootstrap resamples per index (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--no-charts", description = "Skip report.html and its ranked charts.")
    boolean noCharts;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        if (samples < 2 || samples > 1_000_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--samples must be from 2 to 1000000, not " + samples);
        }
        if (bootstrap < 0 || bootstrap > 100_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--bootstrap must be from 0 to 100000, not " + bootstrap);
        }
        ScenarioConfig scenario = ConfigLoader.load(config, experiment.overrides);
        if (scenario.uncertainty().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    config + " has no uncertain parameters: give "
                            + "a numeric key a distribution, e.g. substitutionElasticity: {median: 4.4, p5: 2.5, p95: 7.5, "
                            + "distribution: lognormal, source: \"...\"}");
        }
        int analysed = year == null ? Years.milestone(scenario) : year;
        if (analysed < scenario.start().getYear() || analysed > scenario.end().getYear()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--year " + analysed + " is outside the scenario's span "
                            + scenario.start().getYear() + "-" + scenario.end().getYear());
        }
        PathPolicy.outputRoot(spec, experiment.out);
        Provenance provenance = Provenance.now(Main.commandLine(spec));
        int runs = samples * (scenario.uncertainty().parameters().size() + 2);
        Sensitivity.Result result;
        try (Progress progress = new Progress("runs", runs, experiment.quiet)) {
            result = Sensitivity.run(scenario, samples, analysed, bootstrap, experiment.runner(), progress);
        } catch (ConfigException e) {
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
        Path folder = SensitivityFiles.write(experiment.out, result, !noCharts, provenance);
        print(spec.commandLine().getOut(), result);
        spec.commandLine().getOut().println("Results: " + folder);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Sensitivity.Result result) {
        out.printf(
                Locale.ROOT,
                "%s: %d parameters, N = %d, %d runs; what drives the answer in %d%n",
                result.config().name(),
                result.config().uncertainty().parameters().size(),
                result.samples(),
                result.runs(),
                result.year());
        for (var entry : result.indices().entrySet()) {
            SobolIndices.Result r = entry.getValue();
            if (entry.getKey() == Sensitivity.Output.REACHED) {
                out.printf(Locale.ROOT, "%s (P = %.3f):%n", entry.getKey().label(), r.mean());
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s (mean %s, sd %s):%n",
                        entry.getKey().label(),
                        RunCommand.money(r.mean()),
                        RunCommand.money(Math.sqrt(r.variance())));
            }
            if (!(r.variance() > 0)) {
                out.println("  does not vary over the parameters and seeds: no indices");
                continue;
            }
            out.printf(
                    Locale.ROOT,
                    "  %-55s %18s %18s%n",
                    "parameter (ranked by total index)",
                    "total [95% CI]",
                    "first-order [95% CI]");
            List<SobolIndices.Index> ranked = r.rankedByTotal();
            for (int i = 0; i < Math.min(5, ranked.size()); i++) {
                SobolIndices.Index x = ranked.get(i);
                out.printf(
                        Locale.ROOT,
                        "  %-55s %5.2f [%5.2f,%5.2f] %5.2f [%5.2f,%5.2f]%n",
                        x.input(),
                        x.total(),
                        x.totalLow(),
                        x.totalHigh(),
                        x.first(),
                        x.firstLow(),
                        x.firstHigh());
            }
        }
    }
}
