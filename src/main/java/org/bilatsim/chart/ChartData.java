package org.bilatsim.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.bilatsim.engine.Metric;
import org.bilatsim.experiment.Quantiles;

/**
 * The chart data logic as plain functions: quantiles and bands across replications, sums of tidy
 * rows by period and replication, the log-scale decision, and the year a target is reached.
 *
 * <p>Values "across replications" are arrays indexed by replication position (the sorted distinct
 * replication numbers); a replication without a value for a period holds NaN, which the quantiles
 * ignore.
 */
public final class ChartData {
    /** Log scale when the target exceeds the largest simulated total by more than this factor. */
    public static final double LOG_SCALE_GAP = 10.0;

    private ChartData() {}

    /**
     * The p-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics (Hyndman–Fan type
     * 7, the default of R and NumPy). NaN values are ignored; no values give NaN.
     */
    public static double quantile(double[] values, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile p must be in [0, 1]: " + p);
        }
        return Quantiles.ofSorted(
                Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray(), p);
    }

    /** The median and bands of each period's values, in period order. */
    public static SortedMap<Integer, Band> bands(Map<Integer, double[]> valuesByPeriod) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        valuesByPeriod.forEach((period, values) -> out.put(period, Band.of(values)));
        return out;
    }

    /** The median of each period's values, in period order. */
    public static SortedMap<Integer, Double> medians(Map<Integer, double[]> valuesByPeriod) {
        SortedMap<Integer, Double> out = new TreeMap<>();
        valuesByPeriod.forEach((period, values) -> out.put(period, quantile(values, 0.5)));
        return out;
    }

    /**
     * Sums the values of the rows that pass the filter, by period key and replication.
     *
     * @param replications the replication numbers, defining the array positions
     * @param periodKey the period of a row (e.g. {@link TidyRow#year()} or {@link TidyRow#monthIndex()})
     */
    public static SortedMap<Integer, double[]> sumByPeriod(
            Collection<TidyRow> rows,
            List<Integer> replications,
            Predicate<TidyRow> filter,
            ToIntFunction<TidyRow> periodKey) {
        Map<Boolean, SortedMap<Integer, double[]>> sums =
                sumByPeriodAndGroup(rows, replications, r -> filter.test(r) ? Boolean.TRUE : null, periodKey);
        return sums.getOrDefault(Boolean.TRUE, new TreeMap<>());
    }

    /**
     * {@link #sumByPeriod(Collection, List, Predicate, ToIntFunction)} of each group of rows, in one
     * pass: the rows of each group are added in the same order, so each group's sums are those of a
     * pass that keeps only that group. A group is left out when it has no row.
     *
     * @param group the group of a row, or null to leave the row out
     */
    public static <K> Map<K, SortedMap<Integer, double[]>> sumByPeriodAndGroup(
            Collection<TidyRow> rows,
            List<Integer> replications,
            java.util.function.Function<TidyRow, K> group,
            ToIntFunction<TidyRow> periodKey) {
        Map<Integer, Integer> position = positions(replications);
        // Replication numbers are usually 0..n-1, or a run of consecutive numbers: their position is
        // then an offset, with no boxed lookup per row.
        int firstReplication = replications.isEmpty() ? 0 : replications.get(0);
        boolean consecutive = true;
        for (int i = 0; i < replications.size() && consecutive; i++) {
            consecutive = replications.get(i) == firstReplication + i;
        }
        Map<K, SortedMap<Integer, double[]>> out = new HashMap<>();
        for (TidyRow r : rows) {
            int pos;
            if (consecutive) {
                pos = r.replication() - firstReplication;
                if (pos < 0 || pos >= replications.size()) {
                    continue;
                }
            } else {
                Integer at = position.get(r.replication());
                if (at == null) {
                    continue;
                }
                pos = at;
            }
            K key = group.apply(r);
            if (key == null) {
                continue;
            }
            double[] values = out.computeIfAbsent(key, k -> new TreeMap<>())
                    .computeIfAbsent(periodKey.applyAsInt(r), k -> nanArray(replications.size()));
            values[pos] = Double.isNaN(values[pos]) ? r.value() : values[pos] + r.value();
        }
        return out;
    }

    /**
     * True when the target is more than {@link #LOG_SCALE_GAP} times the largest simulated total, so
     * that a linear axis would squash the simulated path against zero. A non-positive maximum
     * (nothing to show on a log axis) gives false.
     */
    public static boolean useLogScale(double targetUsd, double maxTotalUsd) {
        return maxTotalUsd > 0 && targetUsd > 0 && targetUsd / maxTotalUsd > LOG_SCALE_GAP;
    }

    /** The first period whose value is at least the target, if any (NaN never reaches it). */
    public static OptionalInt firstPeriodReaching(SortedMap<Integer, Double> valueByPeriod, double target) {
        for (Map.Entry<Integer, Double> e : valueByPeriod.entrySet()) {
            if (e.getValue() != null && e.getValue() >= target) {
                return OptionalInt.of(e.getKey());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The share of replications whose value reaches the target in some period up to and including
     * {@code lastPeriod}: the probability of reaching the target by then. NaN when there are none.
     */
    public static double shareReaching(Map<Integer, double[]> valuesByPeriod, double target, int lastPeriod) {
        int n = valuesByPeriod.values().stream().findFirst().map(v -> v.length).orElse(0);
        if (n == 0) {
            return Double.NaN;
        }
        int reached = 0;
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, double[]> e : valuesByPeriod.entrySet()) {
                if (e.getKey() <= lastPeriod && e.getValue()[i] >= target) {
                    reached++;
                    break;
                }
            }
        }
        return reached / (double) n;
    }

    /** The largest finite value in the table (NaN if none). */
    public static double max(Map<Integer, double[]> valuesByPeriod) {
        double max = Double.NaN;
        for (double[] values : valuesByPeriod.values()) {
            for (double v : values) {
                if (!Double.isNaN(v) && !(v <= max)) {
                    max = v;
                }
            }
        }
        return max;
    }

    /**
     * Differences from a baseline, by period: paired replication by replication when both have the
     * same number of replications (common random numbers: same seeds, same positions), else each
     * replication minus the baseline median.
     */
    public static SortedMap<Integer, double[]> differences(
            Map<Integer, double[]> scenario, Map<Integer, double[]> baseline) {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        for (Map.Entry<Integer, double[]> e : scenario.entrySet()) {
            double[] base = baseline.get(e.getKey());
            if (base == null) {
                continue;
            }
            double[] s = e.getValue();
            double[] d = new double[s.length];
            boolean paired = base.length == s.length;
            double baseMedian = quantile(base, 0.5);
            for (int i = 0; i < s.length; i++) {
                d[i] = s[i] - (paired ? base[i] : baseMedian);
            }
            out.put(e.getKey(), d);
        }
        return out;
    }

    /**
     * The number of times a monthly series changes value (by more than a relative 1e-9), counted per
     * series and summed: used to find the product whose tariffs change most.
     */
    public static int changes(Map<String, SortedMap<Integer, Double>> seriesByKey) {
        int count = 0;
        for (SortedMap<Integer, Double> series : seriesByKey.values()) {
            Double previous = null;
            for (Double v : series.values()) {
                if (previous != null && Math.abs(v - previous) > 1e-9 * Math.max(1.0, Math.abs(previous))) {
                    count++;
                }
                previous = v;
            }
        }
        return count;
    }

    /**
     * The product whose {@code tariff_rate} series (first replication, every origin) change most
     * often; ties and no changes at all give the earliest product in {@code productOrder}.
     */
    public static String mostTariffChanges(Collection<TidyRow> monthlyRows, List<String> productOrder) {
        Map<String, Map<String, SortedMap<Integer, Double>>> byProduct = new HashMap<>();
        int firstReplication =
                monthlyRows.stream().mapToInt(TidyRow::replication).min().orElse(0);
        for (TidyRow r : monthlyRows) {
            if (r.replication() == firstReplication && r.is(Metric.TARIFF_RATE)) {
                byProduct
                        .computeIfAbsent(r.product(), k -> new HashMap<>())
                        .computeIfAbsent(r.exporter() + ">" + r.importer(), k -> new TreeMap<>())
                        .put(r.monthIndex(), r.value());
            }
        }
        List<String> order = new ArrayList<>(productOrder);
        byProduct.keySet().stream().filter(p -> !order.contains(p)).sorted().forEach(order::add);
        String best = null;
        int bestChanges = -1;
        for (String product : order) {
            int c = changes(byProduct.getOrDefault(product, Map.of()));
            if (c > bestChanges) {
                best = product;
                bestChanges = c;
            }
        }
        return best;
    }

    /** The positions of replication numbers in the sorted list. */
    static Map<Integer, Integer> positions(List<Integer> replications) {
        Map<Integer, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < replications.size(); i++) {
            position.put(replications.get(i), i);
        }
        return position;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The smallest 1, 2 or 5 × 10^k that is at least the raw step (positive; else 1). */
    public static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
