package org.bilatsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Metric;

/**
 * The rows every replication of an experiment holds: each series (a metric of a flow) in every year
 * (annual tables) or month (monthly tables) of the run. The engine records a flow only in the months
 * it moves (a contract's cargo, a delivery), so a run's own rows have gaps; the tables fill them with
 * 0, the value of a sum over no flow, so that every (replication, period, series) a table announces
 * is present and a mean over its rows is the mean over replications. Only flow metrics, all
 * {@link Metric.Annual#SUM sums}, have gaps: markets and projects record every metric every month.
 *
 * @param series the series in the order the engine records them (a series first seen later is
 *               placed after the one recorded just before it)
 * @param start  the run's first month
 * @param end    the run's last month
 */
public record Panel(List<Series> series, YearMonth start, YearMonth end) {
    /** A metric of one flow: what a row is of, without its period. */
    public record Series(String exporter, String importer, String product, Metric metric, String unit) {}

    public Panel {
        series = List.copyOf(series);
    }

    /** The panel of outcomes that share one run span (a scenario's replications). */
    public static Panel of(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("no outcomes");
        }
        ScenarioConfig config = outcomes.get(0).spec().config();
        Order order = new Order();
        Map<List<AnnualAggregator.Row>, Boolean> seen = new IdentityHashMap<>();
        for (Outcome outcome : outcomes) {
            if (seen.put(outcome.keys(), Boolean.TRUE) != null) {
                continue;
            }
            // Each year's keys are in record order; merging year by year keeps that order.
            List<Series> year = new ArrayList<>();
            int current = Integer.MIN_VALUE;
            for (AnnualAggregator.Row k : outcome.keys()) {
                if (k.year() != current) {
                    order.merge(year);
                    year.clear();
                    current = k.year();
                }
                year.add(series(k));
            }
            order.merge(year);
        }
        return new Panel(order.list(), config.start(), config.end());
    }

    public static Series series(AnnualAggregator.Row key) {
        return new Series(key.exporter(), key.importer(), key.product(), key.metric(), key.unit());
    }

    /** The calendar years of the run, first to last. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /** Months from the first to the last, inclusive. */
    public int months() {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end) + 1;
    }

    /**
     * The values of one outcome's annual rows on this panel, year-major ({@code [y * series + s]}),
     * 0 where the outcome has no row (no flow that year). Rows outside the panel's years or series
     * (a scenario of another span compared with a baseline) are left out.
     */
    public double[] annual(Outcome outcome, Map<List<AnnualAggregator.Row>, int[]> cache) {
        List<Integer> years = years();
        int[] slots = cache.computeIfAbsent(outcome.keys(), keys -> {
            Map<Series, Integer> index = new HashMap<>();
            for (int s = 0; s < series.size(); s++) {
                index.put(series.get(s), s);
            }
            int[] at = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                AnnualAggregator.Row k = keys.get(i);
                Integer s = index.get(series(k));
                boolean inside = s != null && k.year() >= start.getYear() && k.year() <= end.getYear();
                at[i] = inside ? (k.year() - start.getYear()) * series.size() + s : -1;
            }
            return at;
        });
        double[] values = new double[years.size() * series.size()];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] >= 0) {
                values[slots[i]] = outcome.value(i);
            }
        }
        return values;
    }

    /**
     * Merges ordered lists of series into one order: a series not yet known goes right after the
     * series that precedes it in the list it comes from (or first, if nothing does).
     */
    public static final class Order {
        private final List<Series> list = new ArrayList<>();
        private final Map<Series, Integer> index = new HashMap<>();

        public void merge(List<Series> more) {
            int previous = -1;
            for (Series s : more) {
                // Runs record the same series in the same order every year: the next series of the
                // order is then the one looked up, and its index would say so (positions are unique).
                if (previous + 1 < list.size() && list.get(previous + 1).equals(s)) {
                    previous++;
                    continue;
                }
                Integer at = index.get(s);
                if (at == null) {
                    at = previous + 1;
                    list.add(at, s);
                    if (at == list.size() - 1) {
                        index.put(s, at);
                    } else {
                        for (int i = at; i < list.size(); i++) {
                            index.put(list.get(i), i);
                        }
                    }
                }
                previous = at;
            }
        }

        public List<Series> list() {
            return List.copyOf(list);
        }
    }
}
