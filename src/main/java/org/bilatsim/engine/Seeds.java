package org.bilatsim.engine;

/**
 * Seed derivation. Replication k of a run with base seed s uses {@code replication(s, k)}; within a
 * run, every product market, contract and project draws from its own streams, one per purpose
 * (set-up, shocks, policy), keyed by its name: adding a shock does not change the agents drawn at
 * set-up, and neither the order of products nor adding one changes another's draws.
 */
public final class Seeds {
    /** The stream of MASON's own generator, which the model does not draw from. */
    public static final long SHOCK_STREAM = 2;

    private Seeds() {}

    /** Seeds are below 2^53: R, JavaScript and spreadsheets read integers as doubles, exact only up to 2^53. */
    public static final long MAX_SEED = (1L << 53) - 1;

    /**
     * The seed of replication {@code k} (k = 0 is the base seed itself): the top 53 bits of a 64-bit
     * mix, so that a seed read back from annual.csv as a double still reproduces its replication.
     */
    public static long replication(long baseSeed, int k) {
        return k == 0 ? baseSeed : mix(baseSeed ^ mix(0x9E3779B97F4A7C15L * k)) >>> 11;
    }

    /** The seed of a stream within one run. */
    public static long stream(long runSeed, long stream) {
        return mix(runSeed + 0x9E3779B97F4A7C15L * stream);
    }

    /**
     * The seed of a named stream of one keyed part of a run (the set-up draws of product "rice",
     * the shocks of contract "lng"). Keyed streams make results independent of the order in which
     * products and contracts are listed, and adding a product leaves the others' draws unchanged.
     */
    public static long forKey(long runSeed, String purpose, String key) {
        return mix(stream(runSeed, fnv1a(purpose)) ^ mix(fnv1a(key)));
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes: a stable hash (String.hashCode is only 32 bits). */
    static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * A generator seeded with all 64 bits: MASON's {@code MersenneTwisterFast(long)} keeps only the
     * low 32, so the seed goes in as two ints.
     */
    public static ec.util.MersenneTwisterFast generator(long seed) {
        return new ec.util.MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijective avalanche of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
