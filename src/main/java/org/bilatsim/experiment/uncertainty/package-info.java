/**
 * Uncertainty and sensitivity over a scenario's uncertain parameters: the design that places each
 * replication in the parameter space (Latin hypercube or Sobol, keyed streams), the Saltelli design
 * and the Sobol first-order and total indices with bootstrap intervals, and the honest backcast
 * statistics (calibration year excluded, median not replication 0, band coverage). Pure functions of
 * their inputs; the runner evaluates the model.
 */
package org.bilatsim.experiment.uncertainty;
