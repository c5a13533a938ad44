package org.bilatsim.engine;

/** Where a run's observations go (a CSV writer, an aggregator, a test's list). */
@FunctionalInterface
public interface ObservationSink {
    void accept(Observation observation);

    /** Called once after the last month; a sink that buffers flushes here. */
    default void finish() {}
}
