package org.bilatsim.engine;

/**
 * The order of work within one simulated month. Each phase is one MASON {@code Sequence}
 * scheduled with the phase's ordinal as its ordering, so the whole tick order is this enum.
 */
public enum Phase {
    /** Governments apply the policy events of the month and let preferences expire. */
    POLICY,
    /** Origins with a finite supply elasticity move their price; exporters decide whether to serve. */
    PRICING,
    /** Markets post landed prices; importers choose how much to buy from each origin. */
    SOURCING,
    /** Orders are shipped by the serving exporters; duties are declared to the governments. */
    SHIPPING,
    /** Governments book revenue; the accounting identities are checked. */
    ACCOUNTING,
    /** The month's observations are handed to the sink. */
    RECORDING
}
