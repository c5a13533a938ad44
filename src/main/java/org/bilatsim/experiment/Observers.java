package org.bilatsim.experiment;

import org.bilatsim.engine.ObservationSink;

/**
 * Where the monthly observations of each run go besides the runner's own annual aggregation, e.g.
 * a writer of that run's part of timeseries.csv. A sink streams: months are never kept.
 */
@FunctionalInterface
public interface Observers {
    /** No monthly observer: a run keeps only its {@link Outcome}. */
    Observers NONE = (index, spec) -> null;

    /**
     * The sink of run {@code index} of the spec list, or null for none; it is told
     * {@link ObservationSink#finish()} when the run ends. Called on the thread that runs the spec.
     */
    ObservationSink open(int index, RunSpec spec);
}
