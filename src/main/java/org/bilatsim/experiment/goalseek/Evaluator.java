package org.bilatsim.experiment.goalseek;

/**
 * Evaluates one point of lever values on the replications of a seed plan. The searches call it
 * sequentially and give every point of one search the same plan (common random numbers); an
 * implementation may run the replications of one point in parallel but must return the same
 * statistics whatever its thread count.
 */
@FunctionalInterface
public interface Evaluator {
    /**
     * @param point lever values in the searcher's order and units
     * @param seeds the replications to run
     * @throws RuntimeException (e.g. the config loader's exception) when the point is not a valid
     *     scenario; the searches pass it on
     */
    Evaluation evaluate(double[] point, SeedPlan seeds);
}
