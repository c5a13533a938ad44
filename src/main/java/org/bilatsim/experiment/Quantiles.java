package org.bilatsim.experiment;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7, the
 * default of R and NumPy).
 */
public final class Quantiles {
    /** The quantiles bands.csv reports. */
    public static final double[] BANDS = {0.05, 0.25, 0.50, 0.75, 0.95};

    private Quantiles() {}

    /** Quantile {@code p} of values already sorted ascending. */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Mean and the {@link #BANDS} quantiles of {@code values} (which is not modified). */
    public static double[] summary(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[1 + BANDS.length];
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        out[0] = sum / sorted.length;
        for (int i = 0; i < BANDS.length; i++) {
            out[i + 1] = ofSorted(sorted, BANDS[i]);
        }
        return out;
    }
}
