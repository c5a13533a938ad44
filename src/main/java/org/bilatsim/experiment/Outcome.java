package org.bilatsim.experiment;

import java.util.List;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.output.AnnualAggregator;
import org.bilatsim.output.BilateralTotals;

/**
 * What one run leaves once it is done: its annual values and bilateral totals (not its months). The
 * row keys (year, flow, metric, unit) are shared by every run of an experiment that has the same rows,
 * so a replication costs one {@code double} per annual row, not a record.
 */
public record Outcome(RunSpec spec, List<AnnualAggregator.Row> keys, double[] values,
        List<BilateralTotals.Year> totals, SingleRun.Summary summary) {

    /** The annual rows, rebuilt from the shared keys and this run's values. */
    public List<AnnualAggregator.Row> annual() {
        java.util.ArrayList<AnnualAggregator.Row> rows = new java.util.ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            AnnualAggregator.Row k = keys.get(i);
            rows.add(new AnnualAggregator.Row(k.year(), k.exporter(), k.importer(), k.product(), k.metric(), k.unit(),
                    values[i]));
        }
        return rows;
    }

    /** Two-way total in {@code year}, or NaN when the run does not cover it. */
    public double total(int year) {
        return totals.stream().filter(t -> t.year() == year).mapToDouble(BilateralTotals.Year::total).findFirst()
                .orElse(Double.NaN);
    }

    /** The first year in which two-way trade reaches the target, or null. */
    public Integer firstYearReached() {
        return totals.stream().filter(t -> t.total() >= t.targetUsd()).map(BilateralTotals.Year::year).findFirst()
                .orElse(null);
    }
}
