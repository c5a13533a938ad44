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
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.Sweep;
import org.bilatsim.experiment.Years;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.RunFolder;
import org.bilatsim.output.SweepFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim sweep}: a full factorial or Latin hypercube over config values. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario over a design of config values (full factorial or Latin hypercube), N "
                    + "replications per point with common random numbers. Writes sweep.csv (one row per point and "
                    + "replication, the varied values as columns), sensitivity.csv and manifest.json to "
                    + "OUT/sweep-<scenario>/<run-id>/ and prints which parameter moves the two-way total most."
        })
final class SweepCommand implements Callable<Integer> {
    enum Design {
        full,
        lhs
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file.")
    Path config;

    @Option(
            names = "--vary",
            required = true,
            paramLabel = "PATH=V1,V2,...",
            description =
                    "A config value and the values to try (repeatable), e.g. --vary products.rice.substitutionElasticity=2,4.4,8")
    List<String> vary;

    @Option(
            names = "--design",
            defaultValue = "full",
            paramLabel = "full|lhs",
            description =
                    "full: every combination; lhs: a Latin hypercube between each parameter's lowest and highest value (default: ${DEFAULT-VALUE}).")
    Design design;

    @Option(
            names = "--samples",
            paramLabel = "K",
            defaultValue = "20",
            description = "Points of a Latin hypercube (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--no-charts", description = "Skip the tornado chart.")
    boolean noCharts;

    @Option(
            names = "--year",
            paramLabel = "YYYY",
            description = "Year whose two-way total the sensitivity ranks (default: the milestone year, which is "
                    + Years.RULE + "; the last year if outside the span).")
    Integer year;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        if (samples < 2 || samples > 100_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--samples must be from 2 to 100000, not " + samples);
        }
        List<Sweep.Parameter> parameters =
                vary.stream().map(Sweep.Parameter::parse).toList();
        // The size first: a design of 10^10 points is refused before one is made.
        long points = Footprint.checkSweepPoints(
                design == Design.full
                        ? parameters.stream().map(p -> p.values().size()).toList()
                        : null,
                samples);
        ScenarioConfig base = ConfigLoader.load(config, experiment.overrides);
        PathPolicy.outputRoot(spec, experiment.out);
        PathPolicy.resultFolder(spec, experiment.out, SweepFiles.folderName(base.name()));
        Footprint.checkSweep(base, points, experiment.replications, experiment.threads());
        Sweep.Plan planned = Sweep.plan(
                config,
                experiment.overrides,
                parameters,
                design == Design.full ? Sweep.Design.FULL : Sweep.Design.LHS,
                samples);
        // Under --fixed-parameters every point runs at the uncertain parameters' medians: the tornado
        // then shows the varied keys alone, without the other parameters' draws.
        Sweep.Plan plan = experiment.fixedParameters
                ? new Sweep.Plan(
                        experiment.scenario(planned.base()),
                        planned.parameters(),
                        planned.design(),
                        planned.points(),
                        planned.configs().stream().map(experiment::scenario).toList())
                : planned;
        Provenance provenance = Provenance.now(Main.commandLine(spec));
        Sweep.Result result;
        Path folder;
        try (Progress progress =
                new Progress("runs", plan.points().size() * experiment.replications, experiment.quiet)) {
            // The folder is made before the simulation: an output problem costs no simulation time.
            RunFolder.Committed<Sweep.Result> run = SweepFiles.record(
                    experiment.out,
                    base.name(),
                    !noCharts,
                    provenance,
                    () -> Sweep.run(plan, year, experiment.replications, experiment.runner(), progress));
            result = run.value();
            folder = run.folder();
        } catch (ConfigException e) {
            // Found when the agents were built: point at the key's line in the scenario file.
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
        print(spec.commandLine().getOut(), result.ranking(), result.year());
        spec.commandLine().getOut().println("Results: " + folder);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, List<Sweep.Sensitivity> ranking, int year) {
        out.printf(
                Locale.ROOT, "Sensitivity of the mean two-way total in %d, US$ million (largest swing first):%n", year);
        out.printf(
                Locale.ROOT,
                "%-50s %10s %10s %12s %12s %10s%n",
                "parameter",
                "low",
                "high",
                "at low",
                "at high",
                "swing");
        for (Sweep.Sensitivity s : ranking) {
            out.printf(
                    Locale.ROOT,
                    "%-50s %10s %10s %12.3f %12.3f %10.3f%n",
                    s.parameter(),
                    s.lowValue(),
                    s.highValue(),
                    s.totalAtLow() / 1e6,
                    s.totalAtHigh() / 1e6,
                    s.swing() / 1e6);
        }
    }
}
