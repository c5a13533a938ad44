package org.bilatsim.experiment.spark;

import org.bilatsim.experiment.Runner;

/**
 * The {@code spark} engine, found by {@link Runner#engine} through META-INF/services. One Spark
 * context per JVM (Spark allows no more): repeated experiments on the same master reuse it, another
 * master replaces it. Spark's own shutdown hook stops it when the JVM exits.
 */
public final class SparkEngine implements Runner.Engine {
    /** The embedded default: every core of this machine. */
    static final String DEFAULT_MASTER = "local[*]";

    private static SparkRunner current;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Runner open(String master) {
        String wanted = master == null ? System.getProperty("spark.master", DEFAULT_MASTER) : master;
        synchronized (SparkEngine.class) {
            if (current != null && !current.master().equals(wanted)) {
                current.stop();
                current = null;
            }
            if (current == null) {
                current = new SparkRunner(wanted);
            }
            return current;
        }
    }

    /** Stops the context, if one runs (tests do, before they stop their cluster). */
    @Override
    public void close() {
        synchronized (SparkEngine.class) {
            if (current != null) {
                current.stop();
                current = null;
            }
        }
    }
}
