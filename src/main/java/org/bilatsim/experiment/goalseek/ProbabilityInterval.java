package org.bilatsim.experiment.goalseek;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A Monte Carlo estimate of a probability with its Wilson score interval (Wilson 1927; the interval
 * Brown, Cai and DasGupta 2001 recommend for a binomial proportion: unlike the normal approximation it
 * stays inside [0, 1] and keeps its coverage at 0 and n successes, which is where a target far out of
 * reach puts every estimate).
 *
 * @param successes  replications that reached the target
 * @param trials     replications
 * @param lower      lower end of the interval
 * @param upper      upper end of the interval
 * @param confidence confidence level of the interval, e.g. 0.95
 */
public record ProbabilityInterval(int successes, int trials, double lower, double upper, double confidence) {
    /** The estimate successes / trials. */
    public double estimate() {
        return (double) successes / trials;
    }

    /** The estimate and the Wilson interval of {@code successes} out of {@code trials}. */
    public static ProbabilityInterval wilson(int successes, int trials, double confidence) {
        ConfidenceInterval interval = new WilsonScoreInterval().createInterval(trials, successes, confidence);
        // Commons Math's ends for 0 and n successes are off 0 and 1 by rounding (1e-17): snap them.
        double lower = successes == 0 ? 0 : Math.max(0, interval.getLowerBound());
        double upper = successes == trials ? 1 : Math.min(1, interval.getUpperBound());
        return new ProbabilityInterval(successes, trials, lower, upper, confidence);
    }

    /** The least number of successes out of {@code trials} whose interval's lower end reaches p, or -1. */
    public static int successesForLower(double p, int trials, double confidence) {
        for (int k = 0; k <= trials; k++) {
            if (wilson(k, trials, confidence).lower() >= p) {
                return k;
            }
        }
        return -1;
    }

    /** The least number of successes out of {@code trials} whose interval's upper end reaches p. */
    public static int successesForUpper(double p, int trials, double confidence) {
        for (int k = 0; k <= trials; k++) {
            if (wilson(k, trials, confidence).upper() >= p) {
                return k;
            }
        }
        return trials;
    }

    /** The least number of successes out of {@code trials} for an estimate of at least p. */
    public static int successesForEstimate(double p, int trials) {
        int k = (int) Math.ceil(p * trials - 1e-9);
        return Math.max(0, Math.min(trials, k));
    }
}
