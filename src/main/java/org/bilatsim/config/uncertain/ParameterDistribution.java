package org.bilatsim.config.uncertain;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * The distribution of one uncertain config value, as an immutable value with a quantile function.
 * A replication draws a value by pushing a design coordinate u in (0, 1) through
 * {@link #quantile(double)} (inverse-transform sampling), so a Latin hypercube or Sobol design over
 * u carries over to the parameters unchanged. Values are in the unit of the config key they replace
 * (a tariff is a fraction, an elasticity is dimensionless).
 */
public sealed interface ParameterDistribution {
    /** The standard normal's 95th percentile: p5 and p95 lie this many standard deviations from the median. */
    double Z95 = 1.6448536269514715;

    /** The value at cumulative probability {@code p}, 0 < p < 1. */
    double quantile(double p);

    /** The distribution's name as written in a config ({@code lognormal}, {@code pert}, ...). */
    String kind();

    default double median() {
        return quantile(0.5);
    }

    /** One line for a report: the kind, the median and the 90 % range. */
    default String describe() {
        return String.format(
                Locale.ROOT,
                "%s, median %s, 90%% range %s to %s",
                kind(),
                number(median()),
                number(quantile(0.05)),
                number(quantile(0.95)));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * Lognormal: ln X ~ N(mu, sigma²). The natural choice for a positive quantity whose uncertainty is a
     * factor (an elasticity "between 2.5 and 7.5").
     */
    record Lognormal(double mu, double sigma) implements ParameterDistribution {
        public Lognormal {
            requireFinite(mu, "mu");
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("sigma must be > 0, was " + sigma);
            }
        }

        /** mu = ln median; sigma from the log-distance between p5 and p95 (each Z95 from the median). */
        public static Lognormal of(double median, double p5, double p95) {
            if (!(p5 > 0)) {
                throw new IllegalArgumentException("a lognormal needs p5 > 0, was " + p5);
            }
            return new Lognormal(Math.log(median), (Math.log(p95) - Math.log(p5)) / (2 * Z95));
        }

        @Override
        public double quantile(double p) {
            return LogNormalDistribution.of(mu, sigma).inverseCumulativeProbability(checkProbability(p));
        }

        @Override
        public String kind() {
            return "lognormal";
        }
    }

    /** Normal with mean {@code mean} and standard deviation {@code sd}. */
    record Normal(double mean, double sd) implements ParameterDistribution {
        public Normal {
            requireFinite(mean, "mean");
            if (!(sd > 0) || !Double.isFinite(sd)) {
                throw new IllegalArgumentException("sd must be > 0, was " + sd);
            }
        }

        public static Normal of(double median, double p5, double p95) {
            return new Normal(median, (p95 - p5) / (2 * Z95));
        }

        @Override
        public double quantile(double p) {
            return NormalDistribution.of(mean, sd).inverseCumulativeProbability(checkProbability(p));
        }

        @Override
        public String kind() {
            return "normal";
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements ParameterDistribution {
        public Uniform {
            requireOrdered(min, max);
        }

        /** The uniform whose 5th and 95th percentiles are p5 and p95. */
        public static Uniform of(double p5, double p95) {
            double width = (p95 - p5) / 0.9;
            return new Uniform(p5 - 0.05 * width, p95 + 0.05 * width);
        }

        @Override
        public double quantile(double p) {
            return min + checkProbability(p) * (max - min);
        }

        @Override
        public String kind() {
            return "uniform";
        }
    }

    /** Triangular on [min, max] with its mode at {@code mode}. */
    record Triangular(double min, double mode, double max) implements ParameterDistribution {
        public Triangular {
            requireOrdered(min, max);
            if (!(mode >= min && mode <= max)) {
                throw new IllegalArgumentException("mode must lie in [min, max], was " + mode);
            }
        }

        @Override
        public double quantile(double p) {
            return TriangularDistribution.of(min, mode, max).inverseCumulativeProbability(checkProbability(p));
        }

        @Override
        public String kind() {
            return "triangular";
        }
    }

    /**
     * Beta-PERT on [min, max] with mode {@code mode} (Vose 2008, ch. 9): a beta with shape parameters
     * 1 + 4(mode − min)/(max − min) and 1 + 4(max − mode)/(max − min); smoother at its ends than a
     * triangular with the same three points.
     */
    record Pert(double min, double mode, double max) implements ParameterDistribution {
        public Pert {
            requireOrdered(min, max);
            if (!(mode >= min && mode <= max)) {
                throw new IllegalArgumentException("mode must lie in [min, max], was " + mode);
            }
        }

        @Override
        public double quantile(double p) {
            double range = max - min;
            double alpha = 1 + 4 * (mode - min) / range;
            double beta = 1 + 4 * (max - mode) / range;
            return min + range * BetaDistribution.of(alpha, beta).inverseCumulativeProbability(checkProbability(p));
        }

        @Override
        public String kind() {
            return "pert";
        }
    }

    /**
     * A discrete choice among listed values with weights (which need not sum to 1; they are
     * normalised). The quantile is the smallest value whose cumulative weight reaches p, in the order
     * the values are listed.
     */
    record Choice(double[] values, double[] weights) implements ParameterDistribution {
        public Choice {
            if (values.length == 0 || values.length != weights.length) {
                throw new IllegalArgumentException("a choice needs as many weights as values, and at least one");
            }
            values = values.clone();
            weights = weights.clone();
            for (double v : values) {
                requireFinite(v, "value");
            }
            for (double w : weights) {
                if (!(w > 0) || !Double.isFinite(w)) {
                    throw new IllegalArgumentException("weights must be > 0, was " + w);
                }
            }
        }

        /** Equal weights. */
        public static Choice of(double... values) {
            double[] weights = new double[values.length];
            Arrays.fill(weights, 1);
            return new Choice(values, weights);
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public double quantile(double p) {
            checkProbability(p);
            double total = Arrays.stream(weights).sum();
            double cumulative = 0;
            for (int i = 0; i < values.length; i++) {
                cumulative += weights[i] / total;
                if (p < cumulative) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        @Override
        public String kind() {
            return "choice";
        }

        @Override
        public String describe() {
            return "choice of " + Arrays.toString(values) + " weighted " + Arrays.toString(weights);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Choice c && Arrays.equals(values, c.values) && Arrays.equals(weights, c.weights);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    private static double checkProbability(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must lie in (0, 1), was " + p);
        }
        return p;
    }

    private static void requireFinite(double v, String name) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
    }

    private static void requireOrdered(double min, double max) {
        requireFinite(min, "min");
        requireFinite(max, "max");
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be > min, was min " + min + ", max " + max);
        }
    }
}
