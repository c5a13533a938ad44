package org.bilatsim.experiment.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Uncertainty;
import org.bilatsim.experiment.Comparison;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Runner;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;

/**
 * The README's headline table, measured: every number in it comes from runs of the bundled configs
 * with the files' own seeds, so the table is regenerated rather than edited, and a test fails when
 * the README's copy differs from it. The Pakistan–Azerbaijan policy scenarios are compared with the
 * baseline with common random numbers (replication k of each uses the baseline's seed k); the
 * two-billion push is measured with and without its parameter uncertainty; the backcast's error is
 * the honest one ({@link HonestBackcast}: calibration year left out).
 *
 * <p>Rounding (stated under the table): amounts below US$10M to US$0.01M, below US$100M to
 * US$0.1M, below US$1B to US$1M, above to US$0.01B; probabilities to 0.01; shares to 0.1 %.
 */
public final class Headlines {
    private Headlines() {}

    /**
     * Replications per scenario of the README's table: enough for the median to settle within about
     * a rounding step and the 5–95 % band to within a few per cent, while the check in
     * {@code mvn verify} stays at about 15 CPU-seconds (about 400 runs in all).
     */
    public static final int REPLICATIONS = 50;

    /** One row of the table: the file (relative to the configs folder), its question, the answer. */
    public record Row(String file, String question, String headline, String bandContains) {}

    /**
     * Runs every headline scenario under {@code configs} with {@code replications} replications.
     *
     * @param progress told each finished run (from any thread)
     */
    public static List<Row> measure(Path configs, int replications, Runner runner, IntConsumer progress) {
        ScenarioConfig baseline = load(configs, "pak-aze/baseline.yaml");
        ScenarioConfig exemption = load(configs, "pak-aze/rice-exemption.yaml");
        ScenarioConfig noExemption = load(configs, "pak-aze/rice-no-exemption.yaml");
        ScenarioConfig pta = load(configs, "pak-aze/pta-2024.yaml");
        Comparison.Result policy =
                Comparison.run(List.of(baseline, exemption, noExemption, pta), replications, runner, progress);
        List<Row> rows = new ArrayList<>();
        double target = baseline.target().valueUsd();
        Comparison.Year b2030 = year(policy, baseline.name(), 2030);
        Comparison.Year b2035 = year(policy, baseline.name(), 2035);
        rows.add(new Row(
                "pak-aze/baseline.yaml",
                "With policy as at end-2024 and no new measures, how far does trade stay from $2B?",
                "two-way trade " + level(b2030.level()) + " in 2030 and " + level(b2035.level()) + " in 2035: "
                        + share(b2035.level()[3] / target) + " of the target; P(reached by 2035) = "
                        + probability(b2035.probabilityReached()),
                bandContains(baseline)));
        rows.add(new Row(
                "pak-aze/rice-exemption.yaml",
                "What is the 0 % rice duty worth if extended beyond 2027 instead of lapsing?",
                difference(year(policy, exemption.name(), 2030).difference()) + " in 2030 and "
                        + difference(year(policy, exemption.name(), 2035).difference())
                        + " in 2035 against the baseline (common random numbers)",
                bandContains(exemption)));
        rows.add(new Row(
                "pak-aze/rice-no-exemption.yaml",
                "Counterfactual: Pakistani rice pays the 15 % MFN duty throughout",
                difference(year(policy, noExemption.name(), 2025).difference()) + " in 2025, "
                        + difference(year(policy, noExemption.name(), 2028).difference())
                        + " in 2028 after the exemption lapsed, "
                        + difference(year(policy, noExemption.name(), 2030).difference())
                        + " in 2030, against the baseline",
                bandContains(noExemption)));
        Comparison.Year p2030 = year(policy, pta.name(), 2030);
        rows.add(new Row(
                "pak-aze/pta-2024.yaml",
                "What does the PTA's assumed Azerbaijani concession list add, with Pakistan's waiver used on 60 % "
                        + "of eligible imports?",
                level(p2030.level()) + " in 2030 (" + difference(p2030.difference()) + " on the baseline), "
                        + level(year(policy, pta.name(), 2035).level()) + " in 2035",
                bandContains(pta)));

        ScenarioConfig push = load(configs, "pak-aze/two-billion-push.yaml");
        ScenarioRun.Result uncertain = ScenarioRun.run(push, replications, runner, Observers.NONE, progress);
        ScenarioRun.Result fixed = ScenarioRun.run(
                push.withUncertainty(Uncertainty.none()), replications, runner, Observers.NONE, progress);
        TargetAnalysis.Year peak = uncertain.target().stream()
                .max((x, y) -> Double.compare(x.medianTotal(), y.medianTotal()))
                .orElseThrow();
        rows.add(new Row(
                "pak-aze/two-billion-push.yaml",
                "Every lever in the news together: how far towards $2B?",
                "with its " + push.uncertainty().parameters().size() + " uncertain parameters: "
                        + level(target(uncertain, 2030).total()) + " in 2030, "
                        + level(target(uncertain, 2035).total()) + " in 2035, at most " + level(peak.total()) + " ("
                        + peak.year() + ", " + share(peak.medianTotal() / target) + " of the target); parameters at "
                        + "their medians (`--fixed-parameters`): "
                        + level(target(fixed, 2030).total())
                        + " in 2030, " + level(target(fixed, 2035).total()) + " in 2035 (customs goods, the "
                        + "kind the target counts); all flows, with tourism spending and the JF-17 contract: "
                        + level(target(uncertain, 2030).allFlowsTotal()) + " in 2030, "
                        + level(target(uncertain, 2035).allFlowsTotal()) + " in 2035; P(reached by 2035) = "
                        + probability(target(uncertain, 2035).probabilityReached()) + " and "
                        + probability(target(fixed, 2035).probabilityReached()),
                bandContains(push)));

        ScenarioConfig backcast = load(configs, "pak-aze/backcast-2020.yaml");
        HonestBackcast.Result withParameters = ScenarioRun.run(backcast, replications, runner, Observers.NONE, progress)
                .backcast();
        HonestBackcast.Result atMedians = ScenarioRun.run(
                        backcast.withUncertainty(Uncertainty.none()), replications, runner, Observers.NONE, progress)
                .backcast();
        rows.add(new Row(
                "pak-aze/backcast-2020.yaml",
                "From 2020 with the recorded policy history, how close to observed 2020–2024 totals?",
                "out-of-sample mean absolute error of the median " + share(withParameters.outOfSampleError())
                        + " with its " + backcast.uncertainty().parameters().size() + " uncertain parameters, "
                        + share(atMedians.outOfSampleError()) + " at their medians (" + outOfSampleYears(withParameters)
                        + "; " + withParameters.calibrationYear() + " is the calibration year); observed years "
                        + "inside the 50 % band " + covered(withParameters, true) + ", inside the 90 % band "
                        + covered(withParameters, false) + " ([docs/validation.md](docs/validation.md))",
                bandContains(backcast)));

        ScenarioConfig reko = load(configs, "reko-diq/exim-financing.yaml");
        ScenarioRun.Result rekoRun = ScenarioRun.run(reko, replications, runner, Observers.NONE, progress);
        rows.add(new Row(
                "reko-diq/exim-financing.yaml",
                "Reko Diq with the EXIM-backed debt package: when do exports reach the $2.8B first-year projection?",
                "exports " + level(target(rekoRun, 2030).total()) + " in 2030 and "
                        + level(target(rekoRun, 2031).total()) + " in 2031; P(≥ $2.8B by 2031) = "
                        + probability(target(rekoRun, 2031).probabilityReached()) + ", by 2032 "
                        + probability(target(rekoRun, 2032).probabilityReached()),
                bandContains(reko)));
        ScenarioConfig delayed = load(configs, "reko-diq/exim-financing-delayed.yaml");
        ScenarioRun.Result delayedRun = ScenarioRun.run(delayed, replications, runner, Observers.NONE, progress);
        rows.add(new Row(
                "reko-diq/exim-financing-delayed.yaml",
                "The same after the security review delays first production to mid-2030",
                "exports " + level(target(delayedRun, 2030).total()) + " in 2030, "
                        + level(target(delayedRun, 2031).total()) + " in 2031, "
                        + level(target(delayedRun, 2032).total()) + " in 2032; P(by 2031) = "
                        + probability(target(delayedRun, 2031).probabilityReached()) + ", by 2032 "
                        + probability(target(delayedRun, 2032).probabilityReached()),
                bandContains(delayed)));
        rows.add(new Row(
                "pak-aze/hs-sample.yaml",
                "The `calibrate` example: eight HS6 markets of both directions from the project's invented sample "
                        + "files",
                "for trying the tool only (its numbers are not data)",
                "not measured"));
        return List.copyOf(rows);
    }

    /** The table in Markdown, with the line that says how it was made and how it is rounded. */
    public static String markdown(List<Row> rows, int replications) {
        StringBuilder out = new StringBuilder();
        out.append("Measured by `./bilatsim headlines -n ")
                .append(replications)
                .append("` (the files' seeds; ")
                .append(replications)
                .append(" replications per scenario): the median and [the 5–95 % band] across replications, ")
                .append("US$ per year. Rounding: amounts below $10M to $0.01M, below $100M to $0.1M, below $1B to ")
                .append("$1M, above to $0.01B; probabilities to 0.01; shares to 0.1 %. A test in `mvn verify` ")
                .append("re-measures the table and fails when this copy differs.\n\n");
        out.append("| file | question | headline (measured) | the band contains |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| `")
                    .append(row.file())
                    .append("` | ")
                    .append(row.question())
                    .append(" | ")
                    .append(row.headline())
                    .append(" | ")
                    .append(row.bandContains())
                    .append(" |\n");
        }
        return out.toString();
    }

    /** What a config's bands contain: shocks and set-up always, its uncertain parameters when it has some. */
    static String bandContains(ScenarioConfig config) {
        int parameters = config.uncertainty().parameters().size();
        return "shocks and agent set-up (a seed per replication)"
                + (parameters == 0 ? "; no uncertain parameters" : "; " + parameters + " uncertain parameters");
    }

    private static ScenarioConfig load(Path configs, String file) {
        return ConfigLoader.load(configs.resolve(file), List.of());
    }

    private static Comparison.Year year(Comparison.Result result, String scenario, int year) {
        return result.years().stream()
                .filter(y -> y.scenario().equals(scenario) && y.year() == year)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(scenario + " does not cover " + year));
    }

    private static TargetAnalysis.Year target(ScenarioRun.Result result, int year) {
        return result.target().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(result.config().name() + " does not cover " + year));
    }

    /** "$45.8M [42.8–49.7]": the median and the 5–95 % band of a {@code Quantiles.summary}. */
    static String level(double[] summary) {
        Unit unit = Unit.of(summary[3]);
        return "$" + unit.number(summary[3]) + unit.suffix + " [" + unit.number(summary[1]) + "–"
                + unit.number(summary[5]) + "]";
    }

    /** "+$1.23M [1.08 to 1.36]": a signed median difference and its signed band. */
    static String difference(double[] summary) {
        Unit unit = Unit.of(summary[3]);
        String median = unit.number(Math.abs(summary[3]));
        String sign = isZero(median) ? "±" : summary[3] < 0 ? "−" : "+";
        return sign + "$" + median + unit.suffix + " [" + signed(unit, summary[1]) + " to " + signed(unit, summary[5])
                + "]";
    }

    private static String signed(Unit unit, double value) {
        String number = unit.number(Math.abs(value));
        return (value < 0 && !isZero(number) ? "−" : "") + number;
    }

    private static boolean isZero(String number) {
        return number.chars().allMatch(c -> c == '0' || c == '.');
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.2f", p);
    }

    static String share(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private static String outOfSampleYears(HonestBackcast.Result result) {
        List<Integer> years = result.years().stream()
                .filter(y -> !y.calibration())
                .map(HonestBackcast.Year::year)
                .toList();
        return years.isEmpty() ? "no year" : years.get(0) + "–" + years.get(years.size() - 1);
    }

    private static String covered(HonestBackcast.Result result, boolean fifty) {
        long inside = result.years().stream()
                .filter(y -> !y.calibration() && (fifty ? y.inBand50() : y.inBand90()))
                .count();
        return inside + " of " + result.outOfSampleYears();
    }

    /** The rounding unit, chosen by the size of the median so a band reads in the median's unit. */
    private enum Unit {
        MILLION_2(1e6, "M", 2),
        MILLION_1(1e6, "M", 1),
        MILLION_0(1e6, "M", 0),
        BILLION_2(1e9, "B", 2);

        final double scale;
        final String suffix;
        final int decimals;

        Unit(double scale, String suffix, int decimals) {
            this.scale = scale;
            this.suffix = suffix;
            this.decimals = decimals;
        }

        static Unit of(double usd) {
            double size = Math.abs(usd);
            return size < 1e7 ? MILLION_2 : size < 1e8 ? MILLION_1 : size < 1e9 ? MILLION_0 : BILLION_2;
        }

        String number(double usd) {
            return String.format(Locale.ROOT, "%." + decimals + "f", usd / scale);
        }
    }
}
