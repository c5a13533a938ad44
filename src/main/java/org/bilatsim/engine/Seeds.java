package org.bilatsim.engine;

/**
 * Seed derivation. Replication k of a run with base seed s uses {@code replication(s, k)}; within a
 * run, set-up draws and monthly shocks come from separate streams so that adding a shock does not
 * change the agents drawn at set-up.
 */
public final class Seeds {
    /** Stream numbers within one run. */
    public static final long SETUP_STREAM = 1;
    public static final long SHOCK_STREAM = 2;
    /** Draws of policy levers (who discovers an origin at an exhibition), kept apart from shocks so that a
     * scenario with an exhibition shares the baseline's shocks (common random numbers). */
    public static final long POLICY_STREAM = 3;

    private Seeds() {
    }

    /** The seed of replication {@code k} (k = 0 is the base seed itself). */
    public static long replication(long baseSeed, int k) {
        return k == 0 ? baseSeed : mix(baseSeed ^ mix(0x9E3779B97F4A7C15L * k));
    }

    /** The seed of a stream within one run. */
    public static long stream(long runSeed, long stream) {
        return mix(runSeed + 0x9E3779B97F4A7C15L * stream);
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
