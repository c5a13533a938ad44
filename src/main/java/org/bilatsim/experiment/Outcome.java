package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.SingleRun;

/**
 * What one run leaves once it is done: its annual values and bilateral totals (not its months). The
 * row keys (year, flow, metric, unit) are shared by every run of an experiment that has the same rows,
 * so a replication costs one {@code double} per annual row, not a record. Immutable: the values are
 * copied in and out.
 */
public record Outcome(
        RunSpec spec,
        List<AnnualAggregator.Row> keys,
        double[] values,
        List<BilateralTotals.Year> totals,
        SingleRun.Summary summary) {

    public Outcome {
        keys = List.copyOf(keys);
        values = values.clone();
        totals = List.copyOf(totals);
    }

    /**
     * Runs one spec and folds its months into years: the whole of one evaluation, and the unit of
     * work a {@link Runner} hands to a thread or a remote worker.
     *
     * @param observer also receives every monthly observation (null for none); finished with the run
     */
    public static Outcome of(RunSpec spec, ObservationSink observer) {
        AnnualAggregator annual = new AnnualAggregator();
        ObservationSink sink = observer == null
                ? annual
                : new ObservationSink() {
                    @Override
                    public void accept(Observation observation) {
                        observer.accept(observation);
                        annual.accept(observation);
                    }

                    @Override
                    public void finish() {
                        observer.finish();
                    }
                };
        SingleRun.Summary summary = SingleRun.run(spec.config(), sink);
        List<AnnualAggregator.Row> keys = annual.keys();
        double[] values = annual.values();
        return new Outcome(spec, keys, values, BilateralTotals.of(rows(keys, values), spec.config()), summary);
    }

    /** The rows of keys and values, each made when read (the totals read each once). */
    private static List<AnnualAggregator.Row> rows(List<AnnualAggregator.Row> keys, double[] values) {
        return new java.util.AbstractList<>() {
            @Override
            public AnnualAggregator.Row get(int i) {
                return withValue(keys.get(i), values[i]);
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }

    /** This outcome with its key list replaced by an equal one from {@code shared}, if there is one. */
    Outcome sharingKeys(Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> shared) {
        List<AnnualAggregator.Row> common = shared.computeIfAbsent(keys, k -> k);
        return common == keys ? this : new Outcome(spec, common, values, totals, summary);
    }

    /** A copy of the annual values, in key order. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value of annual row {@code index} (the row of {@code keys().get(index)}). */
    public double value(int index) {
        return values[index];
    }

    /** The annual rows, rebuilt from the shared keys and this run's values. */
    public List<AnnualAggregator.Row> annual() {
        List<AnnualAggregator.Row> rows = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            rows.add(withValue(keys.get(i), values[i]));
        }
        return rows;
    }

    /** A shared key row (value 0) with a run's value. */
    private static AnnualAggregator.Row withValue(AnnualAggregator.Row k, double value) {
        return new AnnualAggregator.Row(k.year(), k.exporter(), k.importer(), k.product(), k.metric(), k.unit(), value);
    }

    /** Two-way total in {@code year}, or NaN when the run does not cover it. */
    public double total(int year) {
        return inYear(year, BilateralTotals.Year::total);
    }

    /** Two-way trade of every kind of flow in {@code year}, or NaN when the run does not cover it. */
    public double allFlowsTotal(int year) {
        return inYear(year, BilateralTotals.Year::allFlowsTotal);
    }

    private double inYear(int year, java.util.function.ToDoubleFunction<BilateralTotals.Year> total) {
        return totals.stream()
                .filter(t -> t.year() == year)
                .mapToDouble(total)
                .findFirst()
                .orElse(Double.NaN);
    }

    /** The first year in which two-way trade reaches the target, or null. */
    public Integer firstYearReached() {
        return totals.stream()
                .filter(t -> t.total() >= t.targetUsd())
                .map(BilateralTotals.Year::year)
                .findFirst()
                .orElse(null);
    }
}
