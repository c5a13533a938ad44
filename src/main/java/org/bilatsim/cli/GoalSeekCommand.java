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
import org.bilatsim.config.SourceLocation;
import org.bilatsim.experiment.goalseek.CheapestMix;
import org.bilatsim.experiment.goalseek.GoalSeek;
import org.bilatsim.experiment.goalseek.LeverRange;
import org.bilatsim.experiment.goalseek.ScenarioEvaluator;
import org.bilatsim.experiment.goalseek.ScenarioLevers;
import org.bilatsim.experiment.goalseek.SeedPlan;
import org.bilatsim.experiment.goalseek.Sentences;
import org.bilatsim.output.GoalSeekFiles;
import org.bilatsim.output.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim goalseek}: what it would take to reach the target, one lever or the cheapest mix. */
@Command(
        name = "goalseek",
        mixinStandardHelpOptions = true,
        description = {
            "What would it take? With --lever PATH: the smallest change of one config value (any numeric "
                    + "key or event field, within its declared range) at which P(two-way trade reaches the target by "
                    + "--target-year) reaches --probability, by a monotone search with common random numbers. With "
                    + "--levers FILE: the mix of least present value of cost that reaches it (CMA-ES), re-estimated on "
                    + "fresh seeds, and the frontier of P against budget. Writes CSV, charts, report.html and the "
                    + "answer in one sentence to OUT/goalseek-<scenario>/<run-id>/."
        })
final class GoalSeekCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONFIG",
            defaultValue = RunCommand.DEFAULT_CONFIG,
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path config;

    static final class What {
        @Option(
                names = "--lever",
                paramLabel = "PATH",
                required = true,
                description = "One config value to move, e.g. tariffs.0.customs or events.2.rate.")
        String lever;

        @Option(
                names = "--levers",
                paramLabel = "FILE",
                required = true,
                description = "A levers file: paths, bounds and costs (see the README).")
        Path levers;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(
            names = "--range",
            paramLabel = "LOW,HIGH",
            description = "Search range of --lever (default: the config schema's range of the key).")
    String range;

    @Option(
            names = "--target-year",
            paramLabel = "YYYY",
            required = true,
            description = "Year by which the target must be reached.")
    int targetYear;

    @Option(
            names = "--probability",
            paramLabel = "P",
            defaultValue = "0.5",
            description = "Probability of reaching the target to aim for (default: ${DEFAULT-VALUE}).")
    double probability;

    @Option(
            names = "--confidence",
            paramLabel = "C",
            defaultValue = "0.95",
            description = "Confidence level of the Wilson intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(
            names = "--tolerance",
            paramLabel = "X",
            description =
                    "Width of the final bracket of --lever in its units (default: four significant digits of the answer).")
    Double tolerance;

    @Option(
            names = "--fresh",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Fresh replications to re-estimate the chosen mix (default: ${DEFAULT-VALUE}).")
    int fresh;

    @Option(
            names = "--evaluations",
            paramLabel = "E",
            defaultValue = "150",
            description = "Evaluations of the cheapest-mix search (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(
            names = "--budgets",
            paramLabel = "F1,F2,...",
            defaultValue = "0.25,0.5,0.75,1.5",
            split = ",",
            description = "Frontier budgets as fractions of the cheapest mix's cost (default: ${DEFAULT-VALUE}).")
    double[] budgets;

    @Option(
            names = "--budget-evaluations",
            paramLabel = "E",
            defaultValue = "30",
            description = "Evaluations of each budget run of the frontier (default: ${DEFAULT-VALUE}).")
    int budgetEvaluations;

    @Option(names = "--no-charts", description = "Skip the charts.")
    boolean noCharts;

    @Mixin
    ExperimentOptions experiment;

    /** Replications per evaluation when -n is not given: 200, the benchmark setting. */
    static final int DEFAULT_REPLICATIONS = 200;

    @Override
    public Integer call() throws IOException {
        experiment.check(spec);
        int n = experiment.replicationsOr(spec, DEFAULT_REPLICATIONS);
        if (!(probability > 0 && probability <= 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--probability must be in (0, 1], not " + probability);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--confidence must be in (0, 1), not " + confidence);
        }
        if (fresh < 1 || evaluations < 2 || budgetEvaluations < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--fresh, --evaluations and --budget-evaluations must be positive (evaluations at least 2)");
        }
        if (range != null && what.lever == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--range goes with --lever; a levers file gives its own bounds");
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
            return what.lever != null ? oneLever(n, log, provenance) : mix(n, log, provenance);
        } catch (ConfigException e) {
            throw ConfigLoader.locate(config, experiment.overrides, e);
        }
    }

    private int oneLever(int n, Consumer<String> log, Provenance provenance) throws IOException {
        LeverPath path = LeverPath.resolve(config, experiment.overrides, what.lever);
        Double lower = null;
        Double upper = null;
        SourceLocation at = new SourceLocation("--range", 0, 0);
        if (range != null) {
            String[] parts = range.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lower = Double.parseDouble(parts[0].strip());
                upper = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new ConfigException(at, range, "write --range LOW,HIGH, e.g. --range 0,0.15");
            }
        }
        LeverRange lever = ScenarioLevers.range(path, lower, upper, at, at);
        ScenarioEvaluator evaluator = new ScenarioEvaluator(
                config,
                experiment.overrides,
                List.of(new ScenarioEvaluator.Lever(path, null)),
                targetYear,
                0,
                experiment.runner(),
                log);
        SeedPlan seeds = new SeedPlan(evaluator.base().seed(), n);
        double tol = tolerance != null ? tolerance : Double.NaN;
        long started = System.nanoTime();
        GoalSeek.Result result =
                GoalSeek.seek(lever, new GoalSeek.Settings(probability, confidence, seeds, tol, 80), evaluator);
        double seconds = (System.nanoTime() - started) / 1e9;
        String sentence = Sentences.goalSeek(result, evaluator.targetUsd(), targetYear, confidence, path::display);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(
                "lever",
                path.path() + " (" + path.entry().path() + (path.unit().isEmpty() ? "" : ", " + path.unit()) + ")");
        details.put("status", result.status().name().toLowerCase(Locale.ROOT));
        details.put("search range", path.format(lever.lower()) + " to " + path.format(lever.upper()));
        details.put("current value", path.format(lever.current()));
        details.put("required value", path.format(result.requiredValue()));
        details.put("bracket", Double.isNaN(result.bracketValue()) ? "" : path.format(result.bracketValue()));
        details.put(
                "optimistic value (interval's upper end reaches P)",
                Double.isNaN(result.optimisticValue()) ? "" : path.format(result.optimisticValue()));
        details.put(
                "conservative value (interval's lower end reaches P)",
                Double.isNaN(result.conservativeValue()) ? "" : path.format(result.conservativeValue()));
        details.put("replications per evaluation", n);
        details.put("evaluations", result.curve().size());
        details.put("single-replication reversals (0: monotone on the sample)", result.monotonicityViolations());
        details.put("runs end with the target year", evaluator.truncated());
        details.put("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        Path folder = GoalSeekFiles.goalSeek(
                experiment.out,
                result,
                path.unit(),
                path::format,
                new GoalSeekFiles.Context(
                        evaluator.base(),
                        evaluator.targetUsd(),
                        targetYear,
                        probability,
                        confidence,
                        sentence,
                        details,
                        !noCharts,
                        provenance));
        PrintWriter out = spec.commandLine().getOut();
        out.println(sentence);
        out.printf(
                Locale.ROOT,
                "%d evaluations of %d replications in %.1f s.%n",
                result.curve().size(),
                n,
                seconds);
        out.println("Results: " + folder);
        return ExitCodes.OK;
    }

    private int mix(int n, Consumer<String> log, Provenance provenance) throws IOException {
        LeverFile file = LeverFile.load(what.levers);
        List<ScenarioEvaluator.Lever> levers = new ArrayList<>();
        List<LeverRange> ranges = new ArrayList<>();
        List<DoubleFunction<String>> formats = new ArrayList<>();
        List<DoubleFunction<String>> displays = new ArrayList<>();
        for (LeverFile.Entry entry : file.levers()) {
            LeverPath path;
            try {
                path = LeverPath.resolve(config, experiment.overrides, entry.path());
            } catch (ConfigException e) {
                if (!e.location().file().equals("--lever")) {
                    throw e;
                }
                throw new ConfigException(entry.location(), "path = " + entry.path(), e.detail());
            }
            ranges.add(ScenarioLevers.range(
                    path, entry.lower(), entry.upper(), entry.lowerLocation(), entry.upperLocation()));
            levers.add(new ScenarioEvaluator.Lever(path, entry.cost()));
            formats.add(path::format);
            displays.add(path::display);
        }
        ScenarioEvaluator evaluator = new ScenarioEvaluator(
                config, experiment.overrides, levers, targetYear, file.discountRate(), experiment.runner(), log);
        SeedPlan seeds = new SeedPlan(evaluator.base().seed(), n);
        long started = System.nanoTime();
        CheapestMix.Result result = CheapestMix.optimise(
                ranges,
                new CheapestMix.Settings(
                        probability,
                        confidence,
                        seeds,
                        fresh,
                        evaluations,
                        0,
                        0.3,
                        evaluator.base().seed(),
                        budgets,
                        budgetEvaluations),
                evaluator);
        double seconds = (System.nanoTime() - started) / 1e9;
        String sentence = Sentences.cheapestMix(
                result, evaluator.targetUsd(), targetYear, confidence, file.discountRate(), displays);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", result.status().name().toLowerCase(Locale.ROOT));
        details.put(
                "levers",
                String.join(", ", ranges.stream().map(LeverRange::name).toList()));
        details.put(
                "discount rate",
                file.discountRate() + (file.discountSource().isEmpty() ? "" : " (" + file.discountSource() + ")"));
        details.put(
                "cost of the mix, PV US$",
                String.format(Locale.ROOT, "%.0f", result.best().costUsd()));
        details.put(
                "P on the search's replications",
                Sentences.probability(result.best().probability(confidence)));
        details.put(
                "P on fresh replications", Sentences.probability(result.fresh().probability(confidence)));
        details.put("optimiser", "CMA-ES (Apache Commons Math 3.6.1), " + result.stopReason());
        details.put("replications per evaluation", n);
        details.put("distinct mixes evaluated", result.evaluations());
        details.put("runs end with the target year", evaluator.truncated());
        details.put("seconds", String.format(Locale.ROOT, "%.1f", seconds));
        for (CheapestMix.FrontierPoint f : result.frontier()) {
            if (f.mix() != null) {
                details.put(
                        "best within a budget of " + Sentences.usd(f.budgetUsd()),
                        Sentences.probability(f.mix().probability(confidence)) + ", median two-way total "
                                + Sentences.usd(f.mix().medianStatistic())
                                + ", cost " + Sentences.usd(f.mix().costUsd()) + ": "
                                + Sentences.mix(ranges, f.mix().point(), displays));
            }
        }
        for (int i = 0; i < levers.size(); i++) {
            LeverFile.Cost c = file.levers().get(i).cost();
            details.put(
                    "cost of " + ranges.get(i).name(),
                    (c.tariffRevenue() ? "duty revenue forgone (model); " : "")
                            + (c.usdPerUnit() > 0 ? Sentences.usd(c.usdPerUnit()) + " per unit of change, once; " : "")
                            + (c.usdPerUnitPerYear() > 0
                                    ? Sentences.usd(c.usdPerUnitPerYear()) + " per unit of change a year; "
                                    : "")
                            + c.source());
        }
        Path folder = GoalSeekFiles.cheapestMix(
                experiment.out,
                result,
                formats,
                new GoalSeekFiles.Context(
                        evaluator.base(),
                        evaluator.targetUsd(),
                        targetYear,
                        probability,
                        confidence,
                        sentence,
                        details,
                        !noCharts,
                        provenance));
        PrintWriter out = spec.commandLine().getOut();
        out.println(sentence);
        out.printf(
                Locale.ROOT,
                "%d mixes of %d replications (and %d fresh) in %.1f s.%n",
                result.evaluations(),
                n,
                fresh,
                seconds);
        out.println("Results: " + folder);
        return ExitCodes.OK;
    }
}
