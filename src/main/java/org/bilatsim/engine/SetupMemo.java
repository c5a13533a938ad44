package org.bilatsim.engine;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run's set-up makes from a seed alone, kept for a caller that runs the same seeds again and
 * again. The explorer runs replication k of every change with the seeds of its baseline's replication
 * k (common random numbers, as {@code compare} does), so without this each change would seed the
 * same Mersenne Twisters again (about 75 a replication of the default scenario, each a few
 * microseconds: 624 words set up and mixed with the seed) and draw the same 15,760 firm
 * productivities. Both are functions of the seed (and, for the draws, the number of firms and the
 * Pareto shape), so keeping them changes no result:
 *
 * <ul>
 *   <li>a generator is kept as one that is never drawn from, and each run gets a clone of it: the
 *       same state as {@link Seeds#generator} of the seed makes (the test draws both side by side);
 *   <li>a sample of productivities ({@code RandomSource#paretoStrata}) is kept as its array, which
 *       the firms only read.
 * </ul>
 *
 * Bounded: the least recently used entries go once the kept bytes pass the limit (a generator is
 * about 2.5 kB, a sample 8 bytes a firm). Thread-safe: workers share one; two that miss the same key
 * at once both compute it, with the same result. A run without a memo (every CLI command: each seed
 * is used once) seeds and draws as before.
 */
public final class SetupMemo {
    /** A generator's kept size: 624 ints of state, the object and its small arrays. */
    static final long GENERATOR_BYTES = 624 * 4 + 64;

    private record Draws(long seed, int n, double shape) {}

    private record Entry(Object value, long bytes) {}

    private final long maxBytes;
    private long bytes;
    private final Map<Object, Entry> kept = new LinkedHashMap<>(1024, 0.75f, true);

    /** @param maxBytes the most bytes kept (generators and samples together) */
    public SetupMemo(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** A generator in the state {@link Seeds#generator} gives for {@code seed}. */
    public MersenneTwisterFast generator(long seed) {
        Object template = get(seed);
        if (template == null) {
            MersenneTwisterFast fresh = Seeds.generator(seed);
            put(seed, fresh, GENERATOR_BYTES);
            template = fresh;
        }
        return (MersenneTwisterFast) ((MersenneTwisterFast) template).clone();
    }

    /** The sample {@code draw} makes from stream {@code seed}, with {@code n} firms of the given shape. */
    double[] paretoStrata(long seed, int n, double shape, Supplier<double[]> draw) {
        Draws key = new Draws(seed, n, shape);
        Object sample = get(key);
        if (sample == null) {
            double[] fresh = draw.get();
            put(key, fresh, 16L + 8L * fresh.length);
            return fresh;
        }
        return (double[]) sample;
    }

    /** Bytes kept now (tests). */
    synchronized long bytes() {
        return bytes;
    }

    private synchronized Object get(Object key) {
        Entry e = kept.get(key);
        return e == null ? null : e.value();
    }

    private synchronized void put(Object key, Object value, long size) {
        if (size > maxBytes) {
            return;
        }
        Entry before = kept.put(key, new Entry(value, size));
        bytes += size - (before == null ? 0 : before.bytes());
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }
}
