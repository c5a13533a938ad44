package org.bilatsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A sink in front of another that hands each month's observations, in order, to one thread of its
 * own, which passes them to the other sink while the model steps the next month. A run of ten
 * thousand markets records 160,000 observations a month, and folding them into years (or writing
 * them) was a fifth of the run, on the run's one thread while a second core stood idle.
 *
 * <p>The other sink gets exactly the calls it would get without the hand-off, in the same order
 * (one thread takes the months in the order they were recorded and a month's observations in the
 * order they came), so every result is the same; only the thread that makes the calls differs, and
 * the calls of a run happen before {@link #close} returns. A small run (fewer than {@link #THRESHOLD}
 * observations in its first month) or a machine of one core does not start the thread: its months
 * go straight through.
 */
final class MonthlyHandOff implements ObservationSink {
    /** Observations a month from which the hand-off pays for itself (a month of the bundled scenarios has about 200). */
    static final int THRESHOLD = 20_000;

    private static final List<Observation> END = List.of();

    private final ObservationSink sink;
    /** Observations in the first month from which months are handed off. */
    private final int threshold;

    private List<Observation> month = new ArrayList<>();
    /** Null until the first month is complete; then whether months go to the thread. */
    private Boolean handingOff;

    private BlockingQueue<List<Observation>> months;
    private Thread thread;
    /** The first failure of the other sink, rethrown on the model's thread. */
    private volatile Throwable failure;

    MonthlyHandOff(ObservationSink sink) {
        this(sink, Runtime.getRuntime().availableProcessors() > 1 ? THRESHOLD : Integer.MAX_VALUE);
    }

    /** @param threshold observations in the first month from which months are handed off (tests: 1, always) */
    MonthlyHandOff(ObservationSink sink, int threshold) {
        this.sink = sink;
        this.threshold = threshold;
    }

    @Override
    public void accept(Observation observation) {
        if (handingOff == Boolean.FALSE) {
            sink.accept(observation);
        } else {
            month.add(observation);
        }
    }

    @Override
    public java.util.Set<Metric> metrics() {
        return sink.metrics();
    }

    /** The month's observations are all in: hands them on (called after each month is stepped). */
    void endOfMonth() {
        if (handingOff == null) {
            handingOff = month.size() >= threshold;
            if (handingOff) {
                start();
            } else {
                month.forEach(sink::accept);
                month = null;
                return;
            }
        }
        if (!handingOff) {
            return;
        }
        rethrow();
        int size = month.size();
        put(month);
        month = new ArrayList<>(size);
    }

    /**
     * Hands on what is left and waits until the other sink has had every observation; rethrows its
     * failure. Does not call the other sink's {@link ObservationSink#finish}.
     */
    void close() {
        if (handingOff == null) {
            handingOff = false;
            month.forEach(sink::accept);
            month = null;
            return;
        }
        if (!handingOff) {
            return;
        }
        if (!month.isEmpty()) {
            put(month);
        }
        stop();
        rethrow();
    }

    /**
     * After a failure of the model: the other sink still gets every observation made before it (as
     * it would have without the hand-off), and the thread ends; a failure of the sink is not
     * rethrown, the model's is the one to report.
     */
    void abandon() {
        if (handingOff == null) {
            handingOff = false;
            try {
                month.forEach(sink::accept);
            } catch (RuntimeException sinkFailure) {
                // The model's failure is the one to report (its exception is already on its way).
            }
            month = null;
        } else if (handingOff && thread.isAlive()) {
            if (!month.isEmpty()) {
                put(month);
            }
            stop();
        }
    }

    private void start() {
        months = new ArrayBlockingQueue<>(2);
        thread = new Thread(this::drain, "bilatsim-record");
        thread.setDaemon(true);
        thread.start();
    }

    /** The thread's loop: every month in order; after a failure the rest are taken and dropped. */
    private void drain() {
        while (true) {
            List<Observation> next;
            try {
                next = months.take();
            } catch (InterruptedException e) {
                // Nothing here is to be cancelled: the model's thread ends the loop with END.
                continue;
            }
            if (next == END) {
                return;
            }
            if (failure == null) {
                try {
                    for (Observation o : next) {
                        sink.accept(o);
                    }
                } catch (Throwable t) {
                    failure = t;
                }
            }
        }
    }

    private void stop() {
        put(END);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // The model does not poll interrupts (a replication ends); neither does its hand-off.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<Observation> next) {
        boolean interrupted = false;
        while (true) {
            try {
                months.put(next);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("recording the run's observations failed", t);
    }
}
