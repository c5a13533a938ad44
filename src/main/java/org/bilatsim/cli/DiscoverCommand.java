package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.LeverFile;
import org.bilatsim.config.LeverPath;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.experiment.goalseek.Discovery;
import org.bilatsim.experiment.goalseek.LeverRange;
import org.bilatsim.experiment.goalseek.Prim;
import org.bilatsim.experiment.goalseek.ScenarioEvaluator;
import org.bilatsim.experiment.goalseek.ScenarioLevers;
import org.bilatsim.experiment.goalseek.SeedPlan;
import org.bilatsim.experiment.goalseek.Sentences;
import org.bilatsim.output.GoalSeekFiles;
import org.bilatsim.output.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim discover}: under which assumptions and levers is the target reached at all? */
@Command(
        name = "discover",
        mixinStandardHelpOptions = true,
        description = {
            "Scenario discovery: a Latin hypercube over uncertain parameters (--vary) and levers (--levers), "
                    + "N replications per sample with common random numbers, and PRIM (Friedman and Fisher 1999, as in "
                    + "the EMA Workbench) to find the boxes of that space in which P(target by --target-year) reaches "
                    + "--probability. Without --vary or --levers: every product's substitution elasticity from half to "
                    + "twice its value. Writes discovery.csv, the PRIM trajectory and boxes, charts and report.html to "
                    + "OUT/discover-<scenario>/<run-id>/."
        })
final class DiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONFIG",
            defaultValue = RunCommand.DEFAULT_CONFIG,
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(
            names = "--samples",
            paramLabel = "K",
            defaultValue = "100",
            description = "Latin hypercube samples (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
            names = "--vary",
            paramLabel = "PATH=LOW,HIGH",
            description =
                    "An uncertain parameter and its range (repeatable), e.g. --vary products.rice.substitutionElasticity=2,8")
    List<String> vary = new ArrayList<>();

    @Option(
            names = "--levers",
            paramLabel = "FILE",
            description = "Levers to sample within their bounds (a levers file).")
    Path levers;

    @Option(
            names = "--target-year",
            paramLabel = "YYYY",
            description = "Year by which the target must be reached (default: the scenario's target.year, else 2030).")
    Integer targetYear;

    @Option(
            names = "--probability",
            paramLabel = "P",
            defaultValue = "0.5",
            description = "A sample reaches the target when its P is at least this (default: ${DEFAULT-VALUE}).")
    double probability;

    @Option(
            names = "--peel-alpha",
            paramLabel = "A",
            defaultValue = "0.05",
            description = "PRIM's share peeled per step (default: ${DEFAULT-VALUE}).")
    double peelAlpha;

    @Option(
            names = "--threshold",
            paramLabel = "D",
            defaultValue = "0.8",
            description = "Least density of a PRIM box (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--no-paste", description = "Skip PRIM's pasting phase.")
    boolean noPaste;

    @Option(names = "--no-charts", description = "Skip the charts.")
    boolean noCharts;

    @Mixin
    ExperimentOptions experiment;

    /** Replications per sample when -n is not given. */
    static final int DEFAULT_REPLICATIONS = 20;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        int n = experiment.replicationsOr(spec, DEFAULT_REPLICATIONS);
        if (samples < 10 || samples > 100_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--samples must be from 10 to 100000, not " + samples);
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--probability must be in (0, 1], not " + probability);
        }
        if (!(peelAlpha > 0 && peelAlpha < 0.5) || !(threshold > 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--peel-alpha must be in (0, 0.5) and --threshold in (0, 1]");
        }
        PathPolicy.outputRoot(spec, experiment.out);
        Provenance provenance = Provenance.now(Main.commandLine(spec));
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> log = experiment.quiet
                ? line -> {}
                : line -> {
                    err.println(line);
                    err.flush();
                };
        try {
            return discover(n, log, provenance);
        } catch (ConfigException e) {
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
    }

    private int discover(int n, Consumer<String> log, Provenance provenance) throws IOException {
        ScenarioConfig base = ConfigLoader.load(config, experiment.overrides);
        int year = targetYear != null
                ? targetYear
                : base.target().year() != null ? base.target().year() : 2030;
        List<Discovery.Dimension> dimensions = new ArrayList<>();
        List<ScenarioEvaluator.Lever> paths = new ArrayList<>();
        List<DoubleFunction<String>> formats = new ArrayList<>();
        List<DoubleFunction<String>> displays = new ArrayList<>();
        SourceLocation cli = new SourceLocation("--vary", 0, 0);
        for (String v : vary) {
            int eq = v.indexOf('=');
            String[] bounds = eq < 0 ? new String[0] : v.substring(eq + 1).split(",");
            double lo;
            double hi;
            try {
                if (bounds.length != 2) {
                    throw new NumberFormatException();
                }
                lo = Double.parseDouble(bounds[0].strip());
                hi = Double.parseDouble(bounds[1].strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(
                        cli,
                        v,
                        "write --vary path.to.key=LOW,HIGH, e.g. --vary products.rice.substitutionElasticity=2,8");
            }
            LeverPath path = LeverPath.resolve(
                    config, experiment.overrides, v.substring(0, eq).strip());
            path.requireAllowed(lo, cli, "lower");
            path.requireAllowed(hi, cli, "upper");
            if (!(lo < hi)) {
                throw new ConfigException(cli, v, "LOW must be below HIGH");
            }
            dimensions.add(new Discovery.Dimension(path.path(), "uncertain", lo, hi, path.integer()));
            paths.add(new ScenarioEvaluator.Lever(path, null));
            formats.add(path::format);
            displays.add(path::display);
        }
        if (levers != null) {
            for (LeverFile.Entry entry : LeverFile.load(levers).levers()) {
                LeverPath path = LeverPath.resolve(config, experiment.overrides, entry.path());
                LeverRange r = ScenarioLevers.range(
                        path, entry.lower(), entry.upper(), entry.lowerLocation(), entry.upperLocation());
                dimensions.add(new Discovery.Dimension(path.path(), "lever", r.lower(), r.upper(), r.integer()));
                paths.add(new ScenarioEvaluator.Lever(path, null));
                formats.add(path::format);
                displays.add(path::display);
            }
        }
        if (dimensions.isEmpty()) {
            for (Product product : base.products()) {
                LeverPath path = LeverPath.resolve(
                        config, experiment.overrides, "products." + product.key() + ".substitutionElasticity");
                double lo = Math.max(path.lowest(), path.current() / 2);
                double hi = Math.min(path.highest(), path.current() * 2);
                dimensions.add(new Discovery.Dimension(path.path(), "uncertain", lo, hi, false));
                paths.add(new ScenarioEvaluator.Lever(path, null));
                formats.add(path::format);
                displays.add(path::display);
            }
        }
        if (dimensions.isEmpty()) {
            throw new ConfigException(
                    new SourceLocation(config.toString(), 0, 0),
                    "",
                    "the scenario has no product markets to vary; give --vary or --levers");
        }
        ScenarioEvaluator evaluator =
                new ScenarioEvaluator(config, experiment.overrides, paths, year, 0, experiment.runner(), log);
        SeedPlan seeds = new SeedPlan(base.seed(), n);
        long started = System.nanoTime();
        Discovery.Result result = Discovery.run(
                dimensions,
                samples,
                base.seed(),
                probability,
                seeds,
                evaluator,
                new Prim.Settings(
                        peelAlpha,
                        0.05,
                        0.05,
                        threshold,
                        !noPaste,
                        3,
                        Prim.Objective.LENIENT1,
                        Prim.Selection.BALANCED));
        double seconds = (System.nanoTime() - started) / 1e9;
        String sentence = sentence(result, evaluator.targetUsd(), year, displays);
        Map<String, Object> details = new LinkedHashMap<>();
        for (Discovery.Dimension d : dimensions) {
            details.put(d.kind() + " " + d.name(), d.lower() + " to " + d.upper());
        }
        details.put("samples (Latin hypercube)", samples);
        details.put("replications per sample", n);
        details.put("samples that reach the target", result.prim().cases());
        details.put(
                "PRIM",
                "peel alpha " + peelAlpha + ", paste " + !noPaste + ", mass min 0.05, density threshold " + threshold
                        + ", objective lenient1 (EMA Workbench)");
        details.put("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        Path folder = GoalSeekFiles.discovery(
                experiment.out,
                result,
                formats,
                new GoalSeekFiles.Context(
                        base,
                        evaluator.targetUsd(),
                        year,
                        probability,
                        0.95,
                        sentence,
                        details,
                        !noCharts,
                        provenance));
        PrintWriter out = spec.commandLine().getOut();
        out.println(sentence);
        out.printf(Locale.ROOT, "%d samples of %d replications in %.1f s.%n", samples, n, seconds);
        out.println("Results: " + folder);
        return ExitCodes.OK;
    }

    private String sentence(Discovery.Result result, double target, int year, List<DoubleFunction<String>> formats) {
        Prim.Result prim = result.prim();
        String goal = Sentences.usd(target) + " by " + year + " with P ≥ " + probability;
        if (prim.cases() == 0) {
            Discovery.Sample c = result.closest();
            List<String> at = new ArrayList<>();
            for (int j = 0; j < result.dimensions().size(); j++) {
                at.add(result.dimensions().get(j).name() + " = "
                        + formats.get(j).apply(c.evaluation().point()[j]));
            }
            return "None of the " + result.samples().size() + " sampled scenarios reaches " + goal + "; the closest ("
                    + String.join(", ", at) + ") has "
                    + Sentences.probability(c.evaluation().probability(0.95))
                    + " and a median two-way total of "
                    + Sentences.usd(c.evaluation().medianStatistic()) + ".";
        }
        Prim.Box first = prim.boxes().get(0);
        Prim.Step box = first.box();
        List<String> limits = new ArrayList<>();
        for (int j = 0; j < result.dimensions().size(); j++) {
            if (box.lower()[j] != prim.initialLower()[j] || box.upper()[j] != prim.initialUpper()[j]) {
                limits.add(result.dimensions().get(j).name() + " from "
                        + formats.get(j).apply(box.lower()[j]) + " to "
                        + formats.get(j).apply(box.upper()[j]));
            }
        }
        return prim.cases() + " of " + result.samples().size() + " sampled scenarios reach " + goal
                + "; PRIM's first box ("
                + (limits.isEmpty() ? "the whole sampled space" : String.join(", ", limits)) + ") holds "
                + String.format(
                        Locale.ROOT,
                        "%.0f %% of them at a density of %.0f %%",
                        100 * box.coverage(),
                        100 * box.density())
                + (first.meetsThreshold() ? "" : " (below the density threshold: no clear region)") + ".";
    }
}
