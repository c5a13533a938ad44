package org.bilatsim.experiment.goalseek;

import org.bilatsim.engine.Seeds;

/**
 * Which replications a point is evaluated with: replication k runs with
 * {@link Seeds#replication}{@code (baseSeed, k)}, the seeds of {@code run -n}. Evaluating every point
 * of a search with the same plan gives common random numbers: two points differ only by their levers,
 * so a comparison between them is not blurred by sampling noise, and a search over them optimises one
 * fixed sample-average function.
 *
 * @param baseSeed     the base seed (the scenario's {@code seed} for the search)
 * @param replications number of replications, at least 1
 */
public record SeedPlan(long baseSeed, int replications) {
    public SeedPlan {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, not " + replications);
        }
    }

    /** The seed of replication {@code k}. */
    public long seed(int k) {
        return Seeds.replication(baseSeed, k);
    }

    /**
     * A plan with other seeds, for re-estimating a chosen point on replications the search never saw
     * (its optimum is otherwise biased upwards by the search having picked it on those seeds). The new
     * base seed is a SplitMix64 finalisation of the old one, so it is fixed given the old.
     */
    public SeedPlan fresh(int freshReplications) {
        long z = baseSeed ^ 0x5DEECE66DL * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SeedPlan(z ^ (z >>> 31), freshReplications);
    }
}
