package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** The answers of the searches in one sentence an adviser can read, with the numbers behind them. */
public final class Sentences {
    private Sentences() {}

    /** US$ with B/M/k, e.g. "US$2B", "US$312.4M". */
    public static String usd(double usd) {
        double a = Math.abs(usd);
        String sign = usd < 0 ? "-" : "";
        if (a >= 1e9) {
            return sign + "US$" + trim(a / 1e9) + "B";
        }
        if (a >= 1e6) {
            return sign + "US$" + trim(a / 1e6) + "M";
        }
        if (a >= 1e3) {
            return sign + "US$" + trim(a / 1e3) + "k";
        }
        return sign + "US$" + trim(a);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    static String p(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "P = 0.51 [0.44–0.58] on 200 replications". */
    public static String probability(ProbabilityInterval p) {
        return "P = " + p(p.estimate()) + " [" + p(p.lower()) + "–" + p(p.upper()) + "] on " + p.trials()
                + " replications";
    }

    private static String goal(double targetUsd, int year, double probability) {
        return "Reaching " + usd(targetUsd) + " by " + year + " with P ≥ " + trim(probability);
    }

    /**
     * The answer of a one-lever goal seek.
     *
     * @param format writes a lever value as the config does (a month as YYYY-MM)
     */
    public static String goalSeek(
            GoalSeek.Result r, double targetUsd, int year, double confidence, DoubleFunction<String> format) {
        String lever = r.lever().name();
        ProbabilityInterval p = r.answerProbability(confidence);
        switch (r.status()) {
            case ALREADY_REACHED:
                return goal(targetUsd, year, r.probability()) + " needs no change of " + lever + ": as it is ("
                        + format.apply(r.lever().current()) + ") " + probability(p) + ".";
            case FOUND: {
                String band = "";
                boolean bandIsTheAnswer =
                        r.optimisticValue() == r.requiredValue() && r.conservativeValue() == r.requiredValue();
                if (bandIsTheAnswer && !Double.isNaN(r.bracketValue())) {
                    band = "; P crosses " + trim(r.probability()) + " between " + format.apply(r.bracketValue())
                            + " (P = "
                            + p(curveAt(r, r.bracketValue())
                                    .probability(confidence)
                                    .estimate()) + ") and "
                            + format.apply(r.requiredValue())
                            + ", so steeply that the Monte Carlo error does not widen it";
                } else if (!Double.isNaN(r.optimisticValue()) || !Double.isNaN(r.conservativeValue())) {
                    band = "; allowing for the Monte Carlo error (" + pct(confidence)
                            + " Wilson interval) the value lies "
                            + "between " + (Double.isNaN(r.optimisticValue()) ? "?" : format.apply(r.optimisticValue()))
                            + " and "
                            + (Double.isNaN(r.conservativeValue())
                                    ? "beyond the range's end"
                                    : format.apply(r.conservativeValue()));
                }
                return goal(targetUsd, year, r.probability()) + " needs " + lever + " at "
                        + format.apply(r.requiredValue())
                        + " instead of " + format.apply(r.lever().current()) + " (a change of "
                        + signed(r.change(), r.lever())
                        + "); there " + probability(p) + band + ".";
            }
            default: {
                double median = r.answer().medianStatistic();
                boolean flat = r.curve().stream().allMatch(e -> e.medianStatistic() == median);
                String note = !flat
                        ? ""
                        : " The lever does not move the outcome at all: base tariff lines and base flows are "
                                + "calibrated to reproduce the base year, so only changes dated after it (events) move trade.";
                return "No value of " + lever + " within its range ["
                        + format.apply(r.lever().lower()) + ", "
                        + format.apply(r.lever().upper()) + "] reaches " + usd(targetUsd) + " by " + year + " with P ≥ "
                        + trim(r.probability()) + "; the closest is " + lever + " = " + format.apply(r.requiredValue())
                        + ", where " + probability(p) + " and the median two-way total reaches " + usd(median) + " ("
                        + pct(median / targetUsd) + " of the target)." + note;
            }
        }
    }

    private static Evaluation curveAt(GoalSeek.Result r, double value) {
        return r.curve().stream().filter(e -> e.point()[0] == value).findFirst().orElse(r.answer());
    }

    private static String signed(double change, LeverRange lever) {
        String s = lever.integer()
                ? Long.toString(Math.round(change))
                : new java.math.BigDecimal(change)
                        .round(new java.math.MathContext(4))
                        .stripTrailingZeros()
                        .toPlainString();
        return change > 0 ? "+" + s : s;
    }

    static String pct(double fraction) {
        double v = fraction * 100;
        return String.format(Locale.ROOT, v >= 10 || v == 0 ? "%.0f %%" : "%.1f %%", v);
    }

    /** "a = 0.05, b = 120" for a mix. */
    public static String mix(List<LeverRange> levers, double[] point, List<DoubleFunction<String>> formats) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            if (point[i] != levers.get(i).current()) {
                parts.add(levers.get(i).name() + " = " + formats.get(i).apply(point[i]) + " (from "
                        + formats.get(i).apply(levers.get(i).current()) + ")");
            }
        }
        return parts.isEmpty() ? "no lever moved" : String.join(", ", parts);
    }

    /** The answer of a cheapest-mix search. */
    public static String cheapestMix(
            CheapestMix.Result r,
            double targetUsd,
            int year,
            double confidence,
            double discountRate,
            List<DoubleFunction<String>> formats) {
        ProbabilityInterval fresh = r.fresh().probability(confidence);
        ProbabilityInterval sample = r.best().probability(confidence);
        String pv = "present value at " + pct(discountRate) + " a year";
        if (r.status() == CheapestMix.Status.FOUND) {
            return goal(targetUsd, year, r.probability()) + " costs at least "
                    + usd(r.best().costUsd()) + " (" + pv
                    + ") with " + mix(r.levers(), r.best().point(), formats) + "; on the search's replications "
                    + probability(sample) + ", re-estimated on fresh seeds " + probability(fresh) + "."
                    + (r.converged()
                            ? ""
                            : " The optimiser did not converge (" + r.stopReason() + "): a cheaper mix may exist.");
        }
        double median = r.best().medianStatistic();
        return "No mix within the bounds reaches " + usd(targetUsd) + " by " + year + " with P ≥ "
                + trim(r.probability())
                + "; the closest is " + mix(r.levers(), r.best().point(), formats) + ", where " + probability(fresh)
                + " (fresh seeds) and the median two-way total reaches " + usd(median) + " (" + pct(median / targetUsd)
                + " of the target), at a cost of " + usd(r.best().costUsd()) + " (" + pv + ").";
    }
}
