package org.bilatsim.economics;

import java.util.Arrays;

/**
 * Sorts uniform draws from [0, 1) in expected linear time: a bucket sort with as many buckets as
 * draws (a counting pass, a scatter, then each bucket sorted on its own), so a bucket holds one
 * draw on average whatever the population. Exporters' productivities are drawn by inverting the
 * Pareto distribution of uniform draws; sorting the draws and then inverting them gives the
 * productivities in exactly the order a sort of the productivities would (see
 * {@link Productivity#paretoQuantile}), in time linear in the draws where a radix sort of the
 * productivities grew faster than the population (docs/performance.md, item 7).
 */
public final class UniformSort {
    /**
     * Buckets up to this size are sorted by insertion; larger ones, not expected of uniform draws,
     * by {@link Arrays#sort}, which bounds the worst case at n log n.
     */
    private static final int INSERTION_LIMIT = 24;

    private UniformSort() {}

    /**
     * The draws in ascending order, as a new array.
     *
     * @param draws values in [0, 1); the array is left as it is
     * @throws IllegalArgumentException if a value lies outside [0, 1), is NaN or is -0.0
     */
    public static double[] sortedCopy(double[] draws) {
        int n = draws.length;
        // end[b + 1] counts bucket b; after the prefix sums end[b] is where bucket b starts.
        int[] end = new int[n + 1];
        for (double u : draws) {
            // Double.compare also turns away -0.0, which Arrays.sort orders before 0.0 and a bucket
            // would not; NaN passes it and fails u < 1.
            if (!(Double.compare(u, 0.0) >= 0 && u < 1)) {
                throw new IllegalArgumentException("a uniform draw must lie in [0, 1), got " + u);
            }
            end[bucket(u, n) + 1]++;
        }
        for (int b = 0; b < n; b++) {
            end[b + 1] += end[b];
        }
        double[] sorted = new double[n];
        for (double u : draws) {
            sorted[end[bucket(u, n)]++] = u;
        }
        // The scatter moved each start to its bucket's end: bucket b is [end[b - 1], end[b]).
        int from = 0;
        for (int b = 0; b < n; b++) {
            int to = end[b];
            if (to - from > INSERTION_LIMIT) {
                Arrays.sort(sorted, from, to);
            } else {
                insertionSort(sorted, from, to);
            }
            from = to;
        }
        return sorted;
    }

    /** Bucket of a draw among n: floor(u n), which rounding can lift to n for u just below 1. */
    private static int bucket(double u, int n) {
        return Math.min((int) (u * n), n - 1);
    }

    private static void insertionSort(double[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= from && a[j] > x) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
