package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Metric;

/**
 * The distribution over replications of every annual row (written as bands.csv). Replications can
 * differ in which rows they have (a declined cargo, a delivery in another year): a row missing from a
 * replication counts as 0 there, and annual.csv writes it as 0 ({@link Panel}).
 */
public final class Bands {
    private Bands() {}

    /** One annual row's key. */
    public record Key(int year, String exporter, String importer, String product, Metric metric, String unit) {}

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

    /**
     * The rows of the {@link Panel} of the outcomes, year by year in the panel's series order: every
     * series in every year of the run, a replication without the row (no flow that year) counting as
     * 0, as in annual.csv.
     */
    public static List<Row> of(List<Outcome> outcomes) {
        Panel panel = Panel.of(outcomes);
        List<Panel.Series> series = panel.series();
        List<Integer> years = panel.years();
        double[][] columns = new double[years.size() * series.size()][outcomes.size()];
        Map<List<AnnualAggregator.Row>, int[]> cache = new IdentityHashMap<>();
        for (int r = 0; r < outcomes.size(); r++) {
            double[] values = panel.annual(outcomes.get(r), cache);
            for (int i = 0; i < values.length; i++) {
                columns[i][r] = values[i];
            }
        }
        List<Row> result = new ArrayList<>(columns.length);
        for (int y = 0; y < years.size(); y++) {
            for (int s = 0; s < series.size(); s++) {
                Panel.Series k = series.get(s);
                result.add(new Row(
                        new Key(years.get(y), k.exporter(), k.importer(), k.product(), k.metric(), k.unit()),
                        summary(columns[y * series.size() + s])));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The summary of one key's values. With one replication every quantile of one value is that
     * value, so the sort of {@link Quantiles#summary} is skipped; the arithmetic is the same (an
     * infinite value gives a NaN quantile there too), so the numbers are identical.
     */
    private static double[] summary(double[] values) {
        if (values.length != 1) {
            return Quantiles.summary(values);
        }
        double v = values[0];
        double quantile = v + 0.0 * (v - v);
        return new double[] {0.0 + v, quantile, quantile, quantile, quantile, quantile};
    }
}
