package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.bilatsim.config.Observed;

/** Simulated against observed two-way totals, year by year (written as backcast.csv). */
public final class Backcast {
    private Backcast() {
    }

    /**
     * @param errorShare (simulated - observed) / observed
     */
    public record Year(int year, double simulatedUsd, double observedUsd, double errorShare, String source) {
    }

    public static List<Year> compare(List<BilateralTotals.Year> totals, List<Observed> observed) {
        List<Year> years = new ArrayList<>();
        for (Observed o : observed) {
            for (BilateralTotals.Year t : totals) {
                if (t.year() == o.year()) {
                    years.add(new Year(o.year(), t.total(), o.totalUsd(), t.total() / o.totalUsd() - 1, o.source()));
                }
            }
        }
        return List.copyOf(years);
    }

    /** Mean absolute percentage error, as a share. */
    public static double meanAbsoluteError(List<Year> years) {
        return years.stream().mapToDouble(y -> Math.abs(y.errorShare())).average().orElse(Double.NaN);
    }
}
