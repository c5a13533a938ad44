package org.bilatsim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Metric;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;

/**
 * Folds monthly observations into years as they arrive: flows (values, volumes, revenue) are summed;
 * prices, rates, shares and exporter counts are averaged over the months of the year; stocks (debt
 * outstanding) take the year's last month ({@link Metric#annual}). Memory holds one entry per (year, flow, metric), never the months.
 */
public final class AnnualAggregator implements ObservationSink {
    /** One year of one metric of one flow. */
    public record Row(int year, String exporter, String importer, String product, Metric metric, String unit,
            double value) {
    }

    private record Key(int year, String exporter, String importer, String product, Metric metric) {
    }

    private static final class Accumulator {
        final String unit;
        double sum;
        double last;
        int months;

        Accumulator(String unit) {
            this.unit = unit;
        }
    }

    private final Map<Key, Accumulator> years = new LinkedHashMap<>();

    @Override
    public void accept(Observation o) {
        Key key = new Key(o.period().getYear(), o.exporter(), o.importer(), o.product(), o.metric());
        Accumulator accumulator = years.computeIfAbsent(key, k -> new Accumulator(o.unit()));
        accumulator.sum += o.value();
        accumulator.last = o.value();
        accumulator.months++;
    }

    /** The years in the order their first month arrived. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(years.size());
        for (var entry : years.entrySet()) {
            Key k = entry.getKey();
            Accumulator a = entry.getValue();
            double value = switch (k.metric().annual) {
                case SUM -> a.sum;
                case MEAN -> a.sum / a.months;
                case LAST -> a.last;
            };
            rows.add(new Row(k.year(), k.exporter(), k.importer(), k.product(), k.metric(), a.unit, value));
        }
        return rows;
    }
}
