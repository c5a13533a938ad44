package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;
import org.bilatsim.economics.Productivity;

/**
 * Where agents get their random numbers: one generator per purpose ("setup", "shocks", "policy")
 * and key (a product, contract or project name), so no part of a run shares a stream with another.
 */
@FunctionalInterface
public interface RandomSource {
    MersenneTwisterFast generator(String purpose, String key);

    /**
     * A stratified sample of {@code n} Pareto productivities with the given shape, in ascending
     * order, from the whole of stream ({@code purpose}, {@code key}): firm j's uniform draw lies in
     * its own stratum [j/n, (j+1)/n), so the top of the ranking has the same shape whatever n (the
     * number of potential firms only sets the resolution), and the draws come out sorted in time
     * linear in n. The stream is used for nothing else, so the sample depends on its seed, n and
     * the shape alone, and a source that runs the same seeds again may keep it ({@code SetupMemo});
     * callers must not change the array.
     */
    default double[] paretoStrata(String purpose, String key, int n, double shape) {
        return paretoStrata(generator(purpose, key), n, shape);
    }

    /** The sample of {@link #paretoStrata(String, String, int, double)}, drawn from {@code setup}. */
    static double[] paretoStrata(MersenneTwisterFast setup, int n, double shape) {
        double[] productivity = new double[n];
        for (int j = 0; j < n; j++) {
            double u = (j + setup.nextDouble()) / n;
            productivity[j] = Productivity.paretoQuantile(Math.min(u, Math.nextDown(1.0)), shape);
        }
        return productivity;
    }
}
