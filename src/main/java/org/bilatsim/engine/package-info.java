/**
 * The simulation engine: the MASON {@code SimState} subclass {@link org.bilatsim.engine.TradeModel},
 * the {@link org.bilatsim.engine.Phase} order of a month, seed derivation, and one complete run.
 * Knows nothing of files or charts: results leave through an {@link org.bilatsim.engine.ObservationSink}.
 */
package org.bilatsim.engine;
