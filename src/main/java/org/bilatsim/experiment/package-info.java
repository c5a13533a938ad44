/**
 * Experiments: a thin layer of (config, seed) run specs over {@link org.bilatsim.engine.SingleRun},
 * each returning an immutable result value. Nothing here writes a file or prints; {@code output}
 * writes every file from these values and {@code cli} prints them.
 *
 * <h2>The API every experiment uses</h2>
 * <ul>
 *   <li>{@link org.bilatsim.experiment.RunSpec}: one run, a config whose seed is the run's seed, and
 *       its replication number. {@link org.bilatsim.experiment.RunSpec#replications} makes the specs
 *       of N replications from a base seed; giving every variant the same base seed gives common
 *       random numbers. A design (replications, scenarios, sweep points, a search's candidates) is
 *       just a list of specs.</li>
 *   <li>{@link org.bilatsim.experiment.Runner}: evaluates a list of specs and returns their
 *       {@link org.bilatsim.experiment.Outcome}s in list order.
 *       {@link org.bilatsim.experiment.Runner#local(int)} runs them on a thread pool; results do not
 *       depend on the thread count. {@link org.bilatsim.experiment.Runner#replicateEach} evaluates N
 *       replications of each of many configs in one batch, grouped per config. Another executor
 *       (e.g. a cluster engine distributing replications or design points) implements
 *       {@code run} by calling {@link org.bilatsim.experiment.Outcome#of} on each spec wherever it
 *       likes and returning the outcomes in spec order.</li>
 *   <li>{@link org.bilatsim.experiment.Observers}: an optional per-run sink of monthly observations,
 *       for streaming (output's timeseries.csv); months are never kept in a result.</li>
 *   <li>{@link org.bilatsim.experiment.Outcome}: what a run leaves, its annual rows and two-way
 *       totals; summaries over outcomes are {@link org.bilatsim.experiment.TargetAnalysis},
 *       {@link org.bilatsim.experiment.Bands}, {@link org.bilatsim.experiment.Backcast} and
 *       {@link org.bilatsim.experiment.Quantiles}.</li>
 * </ul>
 *
 * <h2>The experiments</h2>
 * {@link org.bilatsim.experiment.ScenarioRun} (replications, bands, target analysis, backcast),
 * {@link org.bilatsim.experiment.Comparison} (scenarios against a baseline),
 * {@link org.bilatsim.experiment.Sweep} (full factorial or Latin hypercube, sensitivity ranking),
 * {@link org.bilatsim.experiment.AnalyticComparison} (SMART and exact CES, no simulation) and
 * {@link org.bilatsim.experiment.Validation} (load and set up without running). Default report
 * years come from the run's span and target ({@link org.bilatsim.experiment.Years}), never literals.
 *
 * <h2>Adding an experiment</h2>
 * Write a class here whose static {@code run(..., Runner runner, IntConsumer progress)} builds its
 * specs (or configs for {@code replicateEach}), evaluates them through the runner it is given and
 * returns a record of immutable values; add its writer to {@code output} (one method per file kind,
 * headers declared there, the folder through {@code RunFolder.write}); add a picocli command in
 * {@code cli} that parses options, calls the two and prints.
 */
package org.bilatsim.experiment;
