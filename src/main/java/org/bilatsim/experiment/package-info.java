/**
 * Experiments: a thin layer of (config, seed) run specs over {@link org.bilatsim.engine.SingleRun}
 * that writes run folders, and the analytic comparison (SMART and exact CES) of a scenario's tariff
 * changes.
 */
package org.bilatsim.experiment;
