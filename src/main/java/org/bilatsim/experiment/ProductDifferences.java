package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison by product and direction: for every scenario but the baseline, every series (a metric
 * of one exporter, importer and product) in every year, the baseline's and the scenario's mean over
 * replications and the distribution of (scenario − baseline) per replication. Replication k of each
 * runs with the same seed (common random numbers), so the differences measure the policy. Rows are
 * those of the {@link Panel} of the two scenarios' outcomes (a flow only one of them has counts as 0
 * in the other).
 */
public final class ProductDifferences {
    private ProductDifferences() {}

    /**
     * @param baselineMean mean over replications of the baseline's value
     * @param scenarioMean mean over replications of the scenario's value
     * @param difference   mean and {@link Quantiles#BANDS} quantiles of the per-replication difference
     */
    public record Row(
            String scenario,
            int year,
            Panel.Series series,
            double baselineMean,
            double scenarioMean,
            double[] difference) {
        public Row {
            difference = difference.clone();
        }

        @Override
        public double[] difference() {
            return difference.clone();
        }
    }

    public static List<Row> of(Comparison.Result result) {
        List<Outcome> baseline = result.outcomes().get(0);
        List<Row> rows = new ArrayList<>();
        for (int s = 1; s < result.scenarios().size(); s++) {
            List<Outcome> scenario = result.outcomes().get(s);
            List<Outcome> both = new ArrayList<>(baseline);
            both.addAll(scenario);
            Panel panel = Panel.of(both);
            Map<List<AnnualAggregator.Row>, int[]> cache = new IdentityHashMap<>();
            int n = baseline.size();
            double[][] base = new double[n][];
            double[][] policy = new double[n][];
            for (int k = 0; k < n; k++) {
                base[k] = panel.annual(baseline.get(k), cache);
                policy[k] = panel.annual(scenario.get(k), cache);
            }
            List<Panel.Series> series = panel.series();
            List<Integer> years = panel.years();
            for (int y = 0; y < years.size(); y++) {
                for (int i = 0; i < series.size(); i++) {
                    int cell = y * series.size() + i;
                    double baseSum = 0;
                    double policySum = 0;
                    double[] difference = new double[n];
                    for (int k = 0; k < n; k++) {
                        baseSum += base[k][cell];
                        policySum += policy[k][cell];
                        difference[k] = policy[k][cell] - base[k][cell];
                    }
                    rows.add(new Row(
                            result.scenarios().get(s),
                            years.get(y),
                            series.get(i),
                            baseSum / n,
                            policySum / n,
                            Quantiles.summary(difference)));
                }
            }
        }
        return List.copyOf(rows);
    }
}
