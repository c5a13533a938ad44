package org.bilatsim.experiment;

import java.util.AbstractList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
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
        return of(Panel.of(outcomes), outcomes);
    }

    /**
     * The rows of {@code panel} (the panel of the outcomes), as {@link #of(List)}: an immutable list
     * that makes each row when it is read. The rows are a function of the outcomes' values, which
     * are immutable, so a row read twice is the same; at HS6 scale there are about two million, and
     * made all at once (a key and two arrays each) they were held for the whole writing of the run's
     * files, copied by every collection until written.
     */
    public static List<Row> of(Panel panel, List<Outcome> outcomes) {
        int size = panel.years().size() * panel.series().size();
        Map<List<AnnualAggregator.Row>, int[]> cache = new IdentityHashMap<>();
        double[][] byReplication = new double[outcomes.size()][];
        for (int r = 0; r < outcomes.size(); r++) {
            byReplication[r] = panel.annual(outcomes.get(r), cache);
        }
        return new Table(panel, size, byReplication);
    }

    /** The rows of a panel, each made when read from the values of every replication. */
    private static final class Table extends AbstractList<Row> implements RandomAccess {
        private final List<Panel.Series> series;
        private final List<Integer> years;
        private final int size;
        /** Each replication's values on the panel, year-major ({@link Panel#annual}). */
        private final double[][] byReplication;

        Table(Panel panel, int size, double[][] byReplication) {
            this.series = panel.series();
            this.years = panel.years();
            this.size = size;
            this.byReplication = byReplication;
        }

        @Override
        public Row get(int index) {
            Objects.checkIndex(index, size);
            Panel.Series k = series.get(index % series.size());
            double[] values = new double[byReplication.length];
            for (int r = 0; r < values.length; r++) {
                values[r] = byReplication[r][index];
            }
            return new Row(
                    new Key(
                            years.get(index / series.size()),
                            k.exporter(),
                            k.importer(),
                            k.product(),
                            k.metric(),
                            k.unit()),
                    summary(values));
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Whether {@code rows} is a list {@link #of} made (immutable, rows made when read): no copy is needed. */
    static boolean isTable(List<Row> rows) {
        return rows instanceof Table;
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
