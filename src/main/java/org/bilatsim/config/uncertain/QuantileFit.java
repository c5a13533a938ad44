package org.bilatsim.config.uncertain;

import java.util.Locale;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Fits a distribution to the three numbers a source or an analyst usually states: the median and the
 * 5th and 95th percentiles. Two-parameter families (lognormal, normal, uniform) take the median (or
 * the mid-range) and the width; their fit must reproduce the stated p5 and p95 within
 * {@link #TOLERANCE} of the 90 % range, or the fit is refused (a lognormal cannot be skewed to the
 * left). Three-parameter families (triangular, beta-PERT) are solved for min, mode and max so that
 * all three stated quantiles are met (Nelder–Mead on the squared quantile errors).
 */
public final class QuantileFit {
    /** How far a fitted p5 or p95 may miss the stated one, as a share of p95 − p5. */
    public static final double TOLERANCE = 0.10;
    /** How close a three-parameter fit aims to come, as a share of p95 − p5. */
    static final double SOLVE_TOLERANCE = 1e-4;
    /**
     * How close a three-parameter fit must come to be accepted. The ratio (median − p5) / (p95 − median)
     * is at least about 0.55 for a triangular and 0.37 for a PERT (mode at the minimum), and at most the
     * inverse; beyond that the solver's best miss is far larger than this.
     */
    static final double SOLVE_ACCEPT = 0.01;

    private QuantileFit() {}

    /**
     * @param kind lognormal, normal, uniform, triangular or pert
     * @throws IllegalArgumentException naming what is wrong, when the numbers are out of order or the
     *                                  family cannot have these quantiles
     */
    public static ParameterDistribution fit(String kind, double median, double p5, double p95) {
        if (!(Double.isFinite(p5) && Double.isFinite(median) && Double.isFinite(p95) && p5 < median && median < p95)) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT, "needs p5 < median < p95, was p5 %s, median %s, p95 %s", p5, median, p95));
        }
        ParameterDistribution d = switch (kind) {
            case "lognormal" -> {
                if (!(p5 > 0)) {
                    throw new IllegalArgumentException("a lognormal needs p5 > 0, was " + p5);
                }
                yield ParameterDistribution.Lognormal.of(median, p5, p95);
            }
            case "normal" -> ParameterDistribution.Normal.of(median, p5, p95);
            case "uniform" -> ParameterDistribution.Uniform.of(p5, p95);
            case "triangular", "pert" -> solve(kind, median, p5, p95);
            default ->
                throw new IllegalArgumentException(
                        "distribution '" + kind
                                + "' cannot be fitted to median, p5 and p95; allowed: lognormal, normal, uniform, triangular, pert");
        };
        double span = p95 - p5;
        double missLow = Math.abs(d.quantile(0.05) - p5);
        double missMid = Math.abs(d.quantile(0.5) - median);
        double missHigh = Math.abs(d.quantile(0.95) - p95);
        double allowed = kind.equals("triangular") || kind.equals("pert") ? SOLVE_ACCEPT : TOLERANCE;
        if (Math.max(missLow, Math.max(missMid, missHigh)) > allowed * span) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "a %s cannot have median %s, p5 %s and p95 %s (the closest has %s, %s, %s); " + "%s",
                    kind,
                    g(median),
                    g(p5),
                    g(p95),
                    g(d.quantile(0.5)),
                    g(d.quantile(0.05)),
                    g(d.quantile(0.95)),
                    allowed == TOLERANCE
                            ? "use triangular or pert for a skewed range"
                            : "the median is too close to one end for this family; use a choice or a narrower range"));
        }
        return d;
    }

    private static String g(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * min = p5 − e^s1·span, max = p95 + e^s2·span, mode = min + (max − min)·logistic(t): every point of
     * (s1, s2, t) is a valid distribution, so the simplex search is unconstrained.
     */
    private static ParameterDistribution solve(String kind, double median, double p5, double p95) {
        double span = p95 - p5;
        MultivariateFunction error = x -> {
            ParameterDistribution d = build(kind, x, p5, p95, span);
            double a = (d.quantile(0.05) - p5) / span;
            double b = (d.quantile(0.5) - median) / span;
            double c = (d.quantile(0.95) - p95) / span;
            return a * a + b * b + c * c;
        };
        double skew = (median - p5) / span;
        double[] start = {Math.log(0.2), Math.log(0.2), Math.log(skew / (1 - skew))};
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-14, 1e-16);
        PointValuePair best = null;
        // Restarting from the best point escapes a simplex that collapsed early.
        for (int round = 0; round < 4; round++) {
            PointValuePair found = optimizer.optimize(
                    new MaxEval(20_000),
                    new ObjectiveFunction(error),
                    GoalType.MINIMIZE,
                    new InitialGuess(best == null ? start : best.getPoint()),
                    new NelderMeadSimplex(3, 0.5));
            if (best == null || found.getValue() < best.getValue()) {
                best = found;
            }
            if (Math.sqrt(best.getValue()) < SOLVE_TOLERANCE) {
                break;
            }
        }
        return build(kind, best.getPoint(), p5, p95, span);
    }

    private static ParameterDistribution build(String kind, double[] x, double p5, double p95, double span) {
        double min = p5 - Math.exp(clamp(x[0])) * span;
        double max = p95 + Math.exp(clamp(x[1])) * span;
        double mode = min + (max - min) / (1 + Math.exp(-clamp(x[2])));
        return kind.equals("pert")
                ? new ParameterDistribution.Pert(min, mode, max)
                : new ParameterDistribution.Triangular(min, mode, max);
    }

    /** Keeps the exponentials finite while the simplex explores. */
    private static double clamp(double v) {
        return Math.max(-30, Math.min(30, v));
    }
}
