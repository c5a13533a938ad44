package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.FlowKind;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Comparison;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.Years;
import org.bilatsim.output.ComparisonFiles;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.RunFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim compare}: scenarios against a baseline, with common random numbers. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Run a baseline and one or more scenarios with common random numbers (replication k of "
                    + "every scenario uses the baseline's seed k) and report each scenario's two-way total and its "
                    + "difference from the baseline, with bands, per year. Writes compare.csv, bilateral.csv and "
                    + "manifest.json to OUT/compare-<baseline>/<run-id>/."
        })
final class CompareCommand implements Callable<Integer> {
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

    @Option(
            names = "--allow-different-targets",
            description =
                    "Compare scenarios whose targets count another pair of countries, or that run over another span.")
    boolean allowDifferentTargets;

    @Option(
            names = "--years",
            paramLabel = "Y",
            split = ",",
            description = "Years shown in the console table (default: the baseline's milestone year, which is "
                    + Years.RULE + ", and its last year).")
    List<Integer> years;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        List<Path> files = new ArrayList<>(List.of(baseline));
        files.addAll(scenarios);
        List<ScenarioConfig> configs = new ArrayList<>();
        Path folder;
        for (Path file : files) {
            configs.add(experiment.scenario(ConfigLoader.load(file, experiment.overrides)));
        }
        for (int i = 1; i < configs.size() && !allowDifferentTargets; i++) {
            String mismatch = Comparison.mismatch(configs.get(0), configs.get(i));
            if (mismatch != null) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        files.get(i) + ": " + mismatch
                                + ": their difference would not measure a policy. Pass --allow-different-targets to compare "
                                + "them anyway.");
            }
        }
        PathPolicy.outputRoot(spec, experiment.out);
        PathPolicy.resultFolder(
                spec, experiment.out, ComparisonFiles.folderName(configs.get(0).name()));
        Footprint.checkCompare(configs, experiment.replications, experiment.threads());
        Provenance provenance = Provenance.now(Main.commandLine(spec));
        Comparison.Result result;
        try (Progress progress = new Progress("runs", configs.size() * experiment.replications, experiment.quiet)) {
            // The folder is made before the simulation: an output problem costs no simulation time.
            RunFolder.Committed<Comparison.Result> run = ComparisonFiles.record(
                    experiment.out,
                    configs.get(0).name(),
                    !noCharts,
                    provenance,
                    () -> Comparison.run(configs, experiment.replications, experiment.runner(), progress));
            result = run.value();
            folder = run.folder();
        } catch (ConfigException e) {
            // Found when the agents were built: point at the key's line in the scenario's own file.
            for (int i = 0; i < configs.size(); i++) {
                if (e.location().file().equals("scenario '" + configs.get(i).name() + "'")) {
                    throw ConfigLoader.locate(files.get(i), experiment.overrides, e);
                }
            }
            throw e;
        }
        print(spec.commandLine().getOut(), result, years != null ? years : Years.headline(result.baseline()));
        spec.commandLine().getOut().println("Results: " + folder);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Comparison.Result result, List<Integer> shown) {
        out.printf(
                Locale.ROOT,
                "Two-way trade, US$ million: median [5%%-95%%], difference from %s, P(target reached); totals "
                        + "count the target's kinds (%s), all flows adds every other kind%n",
                result.scenarios().get(0),
                String.join(
                        ", ",
                        result.baseline().target().counts().stream()
                                .sorted()
                                .map(FlowKind::configName)
                                .toList()));
        out.printf(
                Locale.ROOT,
                "%-28s %5s %26s %26s %8s %26s%n",
                "scenario",
                "year",
                "total",
                "difference",
                "P(reach)",
                "all flows difference");
        for (Comparison.Year y : result.years()) {
            if (!shown.contains(y.year())) {
                continue;
            }
            double[] level = y.level();
            double[] difference = y.difference();
            double[] allFlows = y.allFlowsDifference();
            out.printf(
                    Locale.ROOT,
                    "%-28s %5d %9.2f [%6.2f-%7.2f] %9.2f [%6.2f-%7.2f] %8.3f %9.2f [%6.2f-%7.2f]%n",
                    y.scenario(),
                    y.year(),
                    level[3] / 1e6,
                    level[1] / 1e6,
                    level[5] / 1e6,
                    difference[3] / 1e6,
                    difference[1] / 1e6,
                    difference[5] / 1e6,
                    y.probabilityReached(),
                    allFlows[3] / 1e6,
                    allFlows[1] / 1e6,
                    allFlows[5] / 1e6);
        }
    }
}
