package org.bilatsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.Changes;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;
import org.bilatsim.experiment.uncertainty.HonestBackcast;
import org.bilatsim.output.Format;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.RunFolder;
import org.bilatsim.output.ScenarioRunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim run}: one scenario, N replications, written to a new run folder, with a yearly summary. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario and write timeseries.csv, annual.csv, bands.csv, bilateral.csv, target.csv, "
                    + "manifest.json, charts/ and report.html to OUT/<scenario>/<run-id>/, then print two-way trade per "
                    + "year against the target."
        })
final class RunCommand implements Callable<Integer> {
    static final String DEFAULT_CONFIG = "configs/pak-aze/baseline.yaml";

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "CONFIG",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_CONFIG)
    Path config;

    @Mixin
    ExperimentOptions experiment;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description =
                    "Base seed (default: the config's seed); replication k runs with a seed derived from it and k.")
    Long seed;

    @Option(
            names = "--format",
            paramLabel = "csv|parquet",
            defaultValue = "csv",
            converter = FormatConverter.class,
            description = "File format of the tidy tables (timeseries, annual, bands, products, replications); "
                    + "default: ${DEFAULT-VALUE}. Parquet is typed, compressed and columnar; charts need csv.")
    Format format;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("must be csv or parquet, not '" + value + "'");
            }
        }
    }

    @Option(names = "--no-charts", description = "Skip the charts and report.html.")
    boolean noCharts;

    @Option(
            names = "--summary-only",
            description =
                    "Skip timeseries.csv (the monthly rows of every replication); keep the annual and summary files.")
    boolean summaryOnly;

    @Override
    public Integer call() throws Exception {
        experiment.check(spec);
        // Below 2^53, as in configs: a seed read back from a CSV as a double stays exact.
        if (seed != null && (seed < 0 || seed > (1L << 53) - 1)) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--seed must be a whole number from 0 to 9007199254740991 (2^53-1), not " + seed);
        }
        ScenarioConfig loaded = experiment.scenario(ConfigLoader.load(config, experiment.overrides));
        ScenarioConfig scenario = seed == null ? loaded : loaded.withSeed(seed);
        PathPolicy.outputRoot(spec, experiment.out);
        PathPolicy.resultFolder(spec, experiment.out, scenario.name());
        Footprint.checkRun(scenario, experiment.replications, experiment.threads());
        RunFolder.Committed<ScenarioRun.Result> run;
        try (Progress progress = new Progress("replications", experiment.replications, experiment.quiet)) {
            ScenarioRunFiles.Options files = new ScenarioRunFiles.Options(
                    !summaryOnly,
                    !noCharts && format == Format.CSV,
                    ConfigLoader.sourceFiles(config),
                    format,
                    Changes.of(config, experiment.overrides),
                    experiment.fixedParameters);
            run = ScenarioRunFiles.record(
                    experiment.out,
                    scenario,
                    files,
                    Provenance.now(Main.commandLine(spec)),
                    observers -> ScenarioRun.run(
                            scenario, experiment.replications, experiment.runner(), observers, progress));
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
        boolean charts = !noCharts && format == Format.CSV;
        out.printf(
                "Results: %s%s%n",
                run.folder(),
                charts
                        ? " (open report.html)"
                        : noCharts
                                ? ""
                                : " (no charts: report.html is drawn from the CSV tables; run again without --format parquet)");
        return ExitCodes.OK;
    }

    private static void printSingle(PrintWriter out, ScenarioRun.Result result) {
        ScenarioConfig scenario = result.config();
        String a = scenario.target().between().get(0);
        String b = scenario.target().between().get(1);
        out.printf(
                Locale.ROOT,
                "%s: one replication (seed %d, no band; -n 200 gives the median and a band), "
                        + "%d months, %d agents%n",
                scenario.name(),
                scenario.seed(),
                result.months(),
                result.agents());
        if (!scenario.uncertainty().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    "Its %d uncertain parameters are drawn once (see parameters.csv).%n",
                    scenario.uncertainty().parameters().size());
        }
        out.printf(
                Locale.ROOT,
                "Two-way trade, US$ million per year (target %s):%n",
                money(scenario.target().valueUsd()));
        out.printf(
                Locale.ROOT,
                "%6s %12s %12s %12s %14s %9s%n",
                "year",
                a + "->" + b,
                b + "->" + a,
                "total",
                "gap to target",
                "% target");
        boolean otherKinds = result.totals().stream().anyMatch(y -> y.allFlowsTotal() != y.total());
        for (BilateralTotals.Year y : result.totals()) {
            out.printf(
                    Locale.ROOT,
                    "%6d %12.2f %12.2f %12.2f %14.2f %8.2f%%%s%n",
                    y.year(),
                    y.forward() / 1e6,
                    y.backward() / 1e6,
                    y.total() / 1e6,
                    y.gap() / 1e6,
                    100 * y.total() / y.targetUsd(),
                    otherKinds ? String.format(Locale.ROOT, " all flows %10.2f", y.allFlowsTotal() / 1e6) : "");
        }
        if (otherKinds) {
            out.printf(Locale.ROOT, "%s%n", countedKinds(scenario));
        }
        printBackcast(out, result);
    }

    /** Which kinds of flow the totals count, and what "all flows" adds. */
    static String countedKinds(ScenarioConfig scenario) {
        return "The totals and the target count "
                + scenario.target().counts().stream()
                        .sorted()
                        .map(org.bilatsim.config.FlowKind::configName)
                        .collect(java.util.stream.Collectors.joining(" and "))
                + " (target.counts); all flows adds every other kind (services such as travel, G2G contracts).";
    }

    /** The backcast of the median, with its out-of-sample error and band coverage. */
    private static void printBackcast(PrintWriter out, ScenarioRun.Result result) {
        HonestBackcast.Result backcast = result.backcast();
        if (backcast.years().isEmpty()) {
            return;
        }
        boolean bands = backcast.replications() > 1;
        out.printf(
                Locale.ROOT,
                "Backcast against observed two-way totals, US$ million (%s):%n",
                bands ? "median of " + backcast.replications() + " replications" : "one replication");
        out.printf(
                Locale.ROOT,
                "%6s %12s %12s %9s %s%n",
                "year",
                bands ? "median" : "simulated",
                "observed",
                "error",
                bands ? "  in 50% / 90% band" : "");
        for (HonestBackcast.Year y : backcast.years()) {
            out.printf(
                    Locale.ROOT,
                    "%6d %12.2f %12.2f %8.1f%% %s%n",
                    y.year(),
                    y.medianUsd() / 1e6,
                    y.observedUsd() / 1e6,
                    100 * y.errorShare(),
                    y.calibration()
                            ? "  calibration year (not counted)"
                            : bands
                                    ? "  " + (y.inBand50() ? "yes" : "no") + " / " + (y.inBand90() ? "yes" : "no")
                                    : "");
        }
        if (backcast.outOfSampleYears() > 0) {
            out.printf(
                    Locale.ROOT,
                    "Out-of-sample mean absolute error (%d years, calibration year %d excluded): %.1f%%%n",
                    backcast.outOfSampleYears(),
                    backcast.calibrationYear(),
                    100 * backcast.outOfSampleError());
            if (bands) {
                out.printf(
                        Locale.ROOT,
                        "Coverage: %.0f%% of those years in the 50%% band, %.0f%% in the 90%% band%n",
                        100 * backcast.coverage50(),
                        100 * backcast.coverage90());
            }
        }
    }

    private static void printBands(PrintWriter out, ScenarioRun.Result result) {
        ScenarioConfig scenario = result.config();
        out.printf(
                Locale.ROOT,
                "%s: %d replications, %d months, %d agents, base seed %d%n",
                scenario.name(),
                result.replications(),
                result.months(),
                result.agents(),
                scenario.seed());
        out.printf(
                Locale.ROOT,
                "Two-way trade, US$ million per year: median and 5-95%% band (target %s)%n",
                money(scenario.target().valueUsd()));
        boolean otherKinds = result.target().stream().anyMatch(y -> y.allFlowsTotal()[3] != y.medianTotal());
        out.printf(
                Locale.ROOT,
                "%6s %12s %12s %12s %12s%s%n",
                "year",
                "median",
                "p5",
                "p95",
                "P(reached)",
                otherKinds ? String.format(Locale.ROOT, " %16s", "all flows median") : "");
        for (TargetAnalysis.Year y : result.target()) {
            double[] total = y.total();
            out.printf(
                    Locale.ROOT,
                    "%6d %12.2f %12.2f %12.2f %12.3f%s%n",
                    y.year(),
                    y.medianTotal() / 1e6,
                    total[1] / 1e6,
                    total[5] / 1e6,
                    y.probabilityReached(),
                    otherKinds ? String.format(Locale.ROOT, " %16.2f", y.allFlowsTotal()[3] / 1e6) : "");
        }
        if (otherKinds) {
            out.printf(Locale.ROOT, "%s%n", countedKinds(scenario));
        }
        out.printf(Locale.ROOT, "The band and P(reached) include: %s.%n", ScenarioRunFiles.uncertaintyIncluded(result));
        printBackcast(out, result);
    }

    static String money(double usd) {
        return usd >= 1e9
                ? String.format(Locale.ROOT, "$%.1fB", usd / 1e9)
                : String.format(Locale.ROOT, "$%.1fM", usd / 1e6);
    }
}
