package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Metric;

/**
 * The distribution over replications of every annual row (written as bands.csv). Replications can
 * differ in which rows they have (a declined cargo, a delivery in another year): a row missing from a
 * replication counts as 0 there.
 */
public final class Bands {
    private Bands() {
    }

    /** One annual row's key. */
    public record Key(int year, String exporter, String importer, String product, Metric metric, String unit) {
    }

    /**
     * @param summary mean and the {@link Quantiles#BANDS} quantiles over replications
     */
    public record Row(Key key, double[] summary) {
        public Row {
            summary = summary.clone();
        }

        @Override
        public double[] summary() {
            return summary.clone();
        }
    }

    /** The rows in the order their keys first appear, replication by replication. */
    public static List<Row> of(List<Outcome> outcomes) {
        Map<Key, double[]> rows = new LinkedHashMap<>();
        // Replications share key lists; map each distinct list to its columns once.
        Map<List<AnnualAggregator.Row>, double[][]> columns = new IdentityHashMap<>();
        for (int r = 0; r < outcomes.size(); r++) {
            Outcome outcome = outcomes.get(r);
            double[][] target = columns.computeIfAbsent(outcome.keys(), keys -> {
                double[][] cols = new double[keys.size()][];
                for (int i = 0; i < keys.size(); i++) {
                    AnnualAggregator.Row row = keys.get(i);
                    Key key = new Key(row.year(), row.exporter(), row.importer(), row.product(), row.metric(),
                            row.unit());
                    cols[i] = rows.computeIfAbsent(key, k -> new double[outcomes.size()]);
                }
                return cols;
            });
            for (int i = 0; i < target.length; i++) {
                target[i][r] = outcome.value(i);
            }
        }
        List<Row> result = new ArrayList<>(rows.size());
        rows.forEach((key, values) -> result.add(new Row(key, Quantiles.summary(values))));
        return List.copyOf(result);
    }
}
