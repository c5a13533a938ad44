package org.bilatsim.experiment;

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
    public record Row(
            int year, String exporter, String importer, String product, Metric metric, String unit, double value) {}

    private record Key(int year, String exporter, String importer, String product, Metric metric) {}

    private static final class Accumulator {
        final Key key;
        final String unit;
        double sum;
        double last;
        int months;

        Accumulator(Key key, String unit) {
            this.key = key;
            this.unit = unit;
        }
    }

    /**
     * The accumulators by year, then key. One map per year, made with room for as many keys as the
     * largest year so far, so that a year's keys do not rehash the map as they arrive (a single map
     * of every year's keys was rehashed eight times a replication: 3 % of the explorer's CPU).
     */
    private final Map<Integer, Map<Key, Accumulator>> byYear = new java.util.HashMap<>();

    private Map<Key, Accumulator> yearKeys;
    private int yearOfKeys;
    private int largestYear;
    private int count;
    /**
     * Each year's keys in the order the engine records them: a key first seen in a later month (a
     * contract's first cargo) goes right after the key recorded just before it, not at the end. The
     * lists hold the accumulators (one per key, each naming its key), so {@link #rows} looks none up.
     */
    private final Map<Integer, List<Accumulator>> order = new LinkedHashMap<>();
    /**
     * The accumulators in the order the last month's observations came. A run records the same
     * flows in the same order every month, so the n-th observation of a month almost always goes to
     * the n-th accumulator of the month before: checked field by field, that skips a hash lookup.
     */
    private final java.util.ArrayList<Accumulator> lastMonth = new java.util.ArrayList<>();

    private final java.util.ArrayList<Key> lastKeys = new java.util.ArrayList<>();
    private java.time.YearMonth currentMonth;
    private int position;

    @Override
    public void accept(Observation o) {
        if (!o.period().equals(currentMonth)) {
            currentMonth = o.period();
            position = 0;
        }
        int year = o.period().getYear();
        Accumulator accumulator = null;
        if (position < lastKeys.size()) {
            Key k = lastKeys.get(position);
            if (k.year() == year
                    && k.metric() == o.metric()
                    && k.product().equals(o.product())
                    && k.exporter().equals(o.exporter())
                    && k.importer().equals(o.importer())) {
                accumulator = lastMonth.get(position);
            }
        }
        if (accumulator == null) {
            Key key = new Key(year, o.exporter(), o.importer(), o.product(), o.metric());
            Map<Key, Accumulator> keysOfYear = keysOf(year);
            accumulator = keysOfYear.get(key);
            if (accumulator == null) {
                accumulator = new Accumulator(key, o.unit());
                keysOfYear.put(key, accumulator);
                count++;
                largestYear = Math.max(largestYear, keysOfYear.size());
                List<Accumulator> keys = order.computeIfAbsent(year, y -> new ArrayList<>());
                // The accumulator of the key recorded just before; one accumulator per key, so
                // comparing accumulators by identity is comparing their keys.
                Accumulator before = position == 0 ? null : lastMonth.get(position - 1);
                if (before != null && before.key.year() != year) {
                    before = null;
                }
                if (keys.isEmpty() || (before != null && keys.get(keys.size() - 1) == before)) {
                    keys.add(accumulator);
                } else {
                    keys.add(before == null ? 0 : keys.indexOf(before) + 1, accumulator);
                }
            }
            if (position < lastKeys.size()) {
                lastKeys.set(position, key);
                lastMonth.set(position, accumulator);
            } else {
                lastKeys.add(key);
                lastMonth.add(accumulator);
            }
        }
        position++;
        accumulator.sum += o.value();
        accumulator.last = o.value();
        accumulator.months++;
    }

    private Map<Key, Accumulator> keysOf(int year) {
        if (yearKeys == null || year != yearOfKeys) {
            int room = Math.max(16, (int) (largestYear / 0.75f) + 1);
            yearKeys = byYear.computeIfAbsent(year, y -> new java.util.HashMap<>(room));
            yearOfKeys = year;
        }
        return yearKeys;
    }

    /** The years in the order their first month arrived, each year's rows in record order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(count);
        for (List<Accumulator> year : order.values()) {
            for (Accumulator a : year) {
                rows.add(row(a));
            }
        }
        return rows;
    }

    /**
     * The rows of {@link #rows} with value 0: the keys an {@link Outcome} shares between runs. Made
     * straight from the accumulators, so a run's rows are not made twice (at HS6 scale, two million).
     */
    public List<Row> keys() {
        List<Row> keys = new ArrayList<>(count);
        for (List<Accumulator> year : order.values()) {
            for (Accumulator a : year) {
                Key k = a.key;
                keys.add(new Row(k.year(), k.exporter(), k.importer(), k.product(), k.metric(), a.unit, 0));
            }
        }
        return keys;
    }

    /** The values of {@link #rows}, in the same order. */
    public double[] values() {
        double[] values = new double[count];
        int i = 0;
        for (List<Accumulator> year : order.values()) {
            for (Accumulator a : year) {
                values[i++] = value(a);
            }
        }
        return values;
    }

    private static Row row(Accumulator a) {
        Key k = a.key;
        return new Row(k.year(), k.exporter(), k.importer(), k.product(), k.metric(), a.unit, value(a));
    }

    private static double value(Accumulator a) {
        return switch (a.key.metric().annual) {
            case SUM -> a.sum;
            case MEAN -> a.sum / a.months;
            case LAST -> a.last;
        };
    }
}
