package org.bilatsim.engine;

import java.util.EnumSet;
import java.util.Set;

/** Where a run's observations go (a CSV writer, an aggregator, a test's list). */
@FunctionalInterface
public interface ObservationSink {
    void accept(Observation observation);

    /** Called once after the last month; a sink that buffers flushes here. */
    default void finish() {}

    /**
     * The metrics this sink keeps, asked once before the first month: the model reads and sends only
     * these. Every metric unless a sink says otherwise; one that needs a few (the explorer keeps trade
     * values and duty revenue) spares the model reading the rest. Readings only read the agents, so
     * the metrics kept have the same values either way. Never null.
     */
    default Set<Metric> metrics() {
        return EnumSet.allOf(Metric.class);
    }
}
