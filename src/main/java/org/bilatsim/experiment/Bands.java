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
        if (outcomes.size() == 1) {
            return ofOne(outcomes.get(0));
        }
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

    /**
     * One replication: its keys are distinct and in order, and every quantile of one value is that
     * value, so neither the map nor the sort of {@link #of} is needed. The arithmetic is that of
     * {@link Quantiles#summary} for one value (so an infinite value gives a NaN quantile there too).
     */
    private static List<Row> ofOne(Outcome outcome) {
        List<AnnualAggregator.Row> keys = outcome.keys();
        Row[] result = new Row[keys.size()];
        for (int i = 0; i < result.length; i++) {
            AnnualAggregator.Row row = keys.get(i);
            double v = outcome.value(i);
            double quantile = v + 0.0 * (v - v);
            double[] summary = {0.0 + v, quantile, quantile, quantile, quantile, quantile};
            result[i] = new Row(new Key(row.year(), row.exporter(), row.importer(), row.product(), row.metric(),
                    row.unit()), summary);
        }
        return List.of(result);
    }
}
