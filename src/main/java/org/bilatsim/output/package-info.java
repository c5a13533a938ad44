/**
 * Files from result values: one writer per file kind, each declaring its header (Commons CSV,
 * {@link org.bilatsim.output.Numbers} for numbers), the manifest, and atomic run folders
 * ({@link org.bilatsim.output.RunFolder#write}: written as {@code .partial-}, renamed when complete,
 * removed on failure). {@link org.bilatsim.output.ScenarioRunFiles}, {@link org.bilatsim.output.ComparisonFiles},
 * {@link org.bilatsim.output.SweepFiles} and {@link org.bilatsim.output.AnalyticFiles} write the folder
 * of each experiment, charts through the chart package's entry points; timeseries.csv is streamed
 * per replication to part files while the experiment runs and joined in replication order.
 */
package org.bilatsim.output;
