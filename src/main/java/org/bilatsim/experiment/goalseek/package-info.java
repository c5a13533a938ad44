/**
 * "What would it take?": searches over a scenario's levers for the US$ target.
 *
 * <ul>
 *   <li>{@link org.bilatsim.experiment.goalseek.GoalSeek}: the smallest change of one lever at which
 *       P(two-way total reaches the target by a year) reaches a probability, by a monotone bracketing
 *       search on the Monte Carlo estimate with common random numbers, reported with its Wilson
 *       interval and the lever values at which the interval's ends cross the probability.</li>
 *   <li>{@link org.bilatsim.experiment.goalseek.CheapestMix}: the mix of several levers of least present
 *       value of cost subject to the probability constraint, by CMA-ES (Apache Commons Math 3.6.1) on the
 *       sample-average problem, re-evaluated with fresh seeds, and the frontier of cost against
 *       probability over several budgets.</li>
 *   <li>{@link org.bilatsim.experiment.goalseek.Prim}: scenario discovery, the patient rule induction
 *       method of Friedman and Fisher (1999) as the EMA Workbench implements it, over a
 *       {@link org.bilatsim.experiment.goalseek.LatinHypercube} sample.</li>
 * </ul>
 *
 * <p>The searches see the model only through {@link org.bilatsim.experiment.goalseek.Evaluator}: a point
 * of lever values and a {@link org.bilatsim.experiment.goalseek.SeedPlan} in, one statistic per
 * replication out. The adapter for scenarios runs them through the same experiment runner as
 * {@code run} and {@code compare}; the tests drive the same searches with synthetic functions whose
 * answers are known in closed form. Everything here is deterministic given the seeds: the searches are
 * sequential, and only the replications of one point run in parallel, each in its own slot.
 */
package org.bilatsim.experiment.goalseek;
