package org.bilatsim.experiment.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.bilatsim.engine.Seeds;

/**
 * Where each replication sits in the unit cube of the uncertain parameters: u[k][j] in (0, 1) for
 * replication k and parameter j, which the parameter's quantile function turns into its value.
 *
 * <p>A few hundred replications should cover the space, so draws are spread across replications:
 * <ul>
 * <li>{@link Kind#LATIN_HYPERCUBE} (the default; McKay, Beckman and Conover 1979): each parameter's
 * range is cut into n strata of equal probability and every stratum is used by exactly one
 * replication. Parameter p's assignment of strata to replications is a permutation drawn from the
 * stream keyed "parameter-design"/p of the base seed; replication k's position inside its stratum is
 * drawn from its own stream, keyed "parameter-draw"/p of replication k's seed. Keys are parameter
 * names, so adding, removing or reordering a parameter leaves every other parameter's draws as they
 * were.
 * <li>{@link Kind#SOBOL}: point k + 1 of a Sobol sequence over the parameters sorted by name, each
 * coordinate shifted modulo 1 by an amount keyed on the parameter's name (a Cranley–Patterson
 * rotation), so the points are not the same for every seed. Adding a parameter changes the dimension
 * the others get.
 * </ul>
 * Both are pure functions of (kind, names, n, base seed): replication k gets the same values whatever
 * the thread count, and every scenario of a {@code compare} run with the same seed, n and parameter
 * names gets the same draws in replication k (common random numbers).
 */
public final class ParameterDesign {
    /** Stream purposes, part of the seed derivation: changing them changes every draw. */
    static final String PERMUTATION = "parameter-design";

    static final String DRAW = "parameter-draw";
    static final String SHIFT = "parameter-sobol-shift";

    /** How the replications are spread over the parameter space. */
    public enum Kind {
        LATIN_HYPERCUBE("lhs"),
        SOBOL("sobol");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name in a config or on the command line. */
        public String key() {
            return key;
        }

        public static Kind of(String key) {
            for (Kind k : values()) {
                if (k.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown design '" + key + "'; allowed: lhs, sobol");
        }
    }

    private ParameterDesign() {}

    /** u[k][j]: replication k's coordinate for parameter {@code names.get(j)}. */
    public static double[][] of(Kind kind, List<String> names, int replications, long baseSeed) {
        if (replications < 1) {
            throw new IllegalArgumentException("needs at least one replication, was " + replications);
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("parameter names must be distinct: " + names);
        }
        double[][] u = new double[replications][names.size()];
        if (names.isEmpty()) {
            return u;
        }
        if (kind == Kind.LATIN_HYPERCUBE) {
            for (int j = 0; j < names.size(); j++) {
                int[] strata = permutation(replications, Seeds.forKey(baseSeed, PERMUTATION, names.get(j)));
                for (int k = 0; k < replications; k++) {
                    SplittableRandom draw =
                            new SplittableRandom(Seeds.forKey(Seeds.replication(baseSeed, k), DRAW, names.get(j)));
                    u[k][j] = (strata[k] + open(draw)) / replications;
                }
            }
        } else {
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            if (sorted.size() > 1000) {
                throw new IllegalArgumentException("a Sobol design takes at most 1000 parameters");
            }
            SobolSequenceGenerator sobol = new SobolSequenceGenerator(sorted.size());
            sobol.skipTo(1);
            double[] shift = new double[names.size()];
            int[] dimension = new int[names.size()];
            for (int j = 0; j < names.size(); j++) {
                shift[j] = open(new SplittableRandom(Seeds.forKey(baseSeed, SHIFT, names.get(j))));
                dimension[j] = sorted.indexOf(names.get(j));
            }
            for (int k = 0; k < replications; k++) {
                double[] point = sobol.nextVector();
                for (int j = 0; j < names.size(); j++) {
                    double x = point[dimension[j]] + shift[j];
                    x -= Math.floor(x);
                    u[k][j] = x > 0 ? x : 0x1p-53;
                }
            }
        }
        return u;
    }

    /** A uniform draw in the open interval (0, 1): 53 random bits plus half a unit of the last. */
    static double open(SplittableRandom random) {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1p-53;
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
    private static int[] permutation(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
