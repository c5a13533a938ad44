package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Target;
import org.bilatsim.engine.Metric;

/**
 * Two-way trade between the target's pair of countries, per year, and its gap to the target. The
 * totals count the kinds of flow the target counts ({@link Target#counts()}: customs goods by
 * default); the all-flows totals add every other kind (services such as travel, G2G contracts), so
 * the two can be shown side by side.
 */
public final class BilateralTotals {
    private BilateralTotals() {}

    /**
     * @param forward         counted trade from the first country of the pair to the second, US$
     * @param backward        counted trade from the second to the first, US$
     * @param allFlowsForward every flow from the first to the second, whatever its kind, US$
     * @param allFlowsBackward every flow from the second to the first, US$
     */
    public record Year(
            int year,
            double forward,
            double backward,
            double targetUsd,
            double allFlowsForward,
            double allFlowsBackward) {
        /** A year whose flows are all of counted kinds. */
        public Year(int year, double forward, double backward, double targetUsd) {
            this(year, forward, backward, targetUsd, forward, backward);
        }

        public double total() {
            return forward + backward;
        }

        /** Two-way trade of every kind of flow. */
        public double allFlowsTotal() {
            return allFlowsForward + allFlowsBackward;
        }

        public double gap() {
            return targetUsd - total();
        }
    }

    public static List<Year> of(List<AnnualAggregator.Row> rows, ScenarioConfig config) {
        Target target = config.target();
        String a = target.between().get(0);
        String b = target.between().get(1);
        // forward, backward, all flows forward, all flows backward
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        Map<String, Boolean> counted = new HashMap<>();
        for (AnnualAggregator.Row row : rows) {
            if (row.metric() != Metric.TRADE_VALUE) {
                continue;
            }
            double[] pair = byYear.computeIfAbsent(row.year(), y -> new double[4]);
            int direction = row.exporter().equals(a) && row.importer().equals(b)
                    ? 0
                    : row.exporter().equals(b) && row.importer().equals(a) ? 1 : -1;
            if (direction < 0) {
                continue;
            }
            pair[2 + direction] += row.value();
            if (counted.computeIfAbsent(row.product(), p -> target.counts(config.flowKind(p)))) {
                pair[direction] += row.value();
            }
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach(
                (year, pair) -> years.add(new Year(year, pair[0], pair[1], target.valueUsd(), pair[2], pair[3])));
        return List.copyOf(years);
    }
}
