package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.bilatsim.config.Target;
import org.bilatsim.engine.Metric;

/** Two-way trade between the target's pair of countries, per year, and its gap to the target. */
public final class BilateralTotals {
    private BilateralTotals() {}

    /**
     * @param forward  trade value from the first country of the pair to the second, US$
     * @param backward trade value from the second to the first, US$
     */
    public record Year(int year, double forward, double backward, double targetUsd) {
        public double total() {
            return forward + backward;
        }

        public double gap() {
            return targetUsd - total();
        }
    }

    public static List<Year> of(List<AnnualAggregator.Row> rows, Target target) {
        String a = target.between().get(0);
        String b = target.between().get(1);
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        for (AnnualAggregator.Row row : rows) {
            if (row.metric() != Metric.TRADE_VALUE) {
                continue;
            }
            double[] pair = byYear.computeIfAbsent(row.year(), y -> new double[2]);
            if (row.exporter().equals(a) && row.importer().equals(b)) {
                pair[0] += row.value();
            } else if (row.exporter().equals(b) && row.importer().equals(a)) {
                pair[1] += row.value();
            }
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, pair) -> years.add(new Year(year, pair[0], pair[1], target.valueUsd())));
        return List.copyOf(years);
    }
}
