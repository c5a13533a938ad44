/**
 * Uncertain config values: the distributions a numeric key may be given instead of a number
 * (lognormal, normal, uniform, triangular, beta-PERT, discrete choice), as immutable values with
 * quantile functions, and their fit to a stated median, 5th and 95th percentile. Pure: no I/O, no
 * random generator (draws are made by pushing a design coordinate through the quantile function).
 */
package org.bilatsim.config.uncertain;
