package org.bilatsim.experiment.goalseek;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Latin hypercube sample of the unit cube (McKay, Beckman and Conover 1979): each of the d
 * dimensions is cut into n equal strata and each stratum holds exactly one of the n points, at a
 * uniform position within it; the strata are paired across dimensions by independent random
 * permutations. Every one-dimensional margin is thus covered evenly, which is what PRIM's quantile
 * peels read.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /**
     * @return n rows of d coordinates in [0, 1), a function of (n, d, seed) only
     */
    public static double[][] sample(int n, int d, long seed) {
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least one point and one dimension");
        }
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[n][d];
        int[] strata = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int other = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[other];
                strata[other] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][j] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** Scales a unit-cube sample to the ranges [lower_j, upper_j]. */
    public static double[][] scale(double[][] unit, double[] lower, double[] upper) {
        double[][] scaled = new double[unit.length][];
        for (int i = 0; i < unit.length; i++) {
            scaled[i] = new double[unit[i].length];
            for (int j = 0; j < unit[i].length; j++) {
                scaled[i][j] = lower[j] + unit[i][j] * (upper[j] - lower[j]);
            }
        }
        return scaled;
    }
}
