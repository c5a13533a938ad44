package org.bilatsim.experiment;

import java.util.List;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.output.AnnualAggregator;
import org.bilatsim.output.BilateralTotals;

/** What one run leaves once it is done: its annual rows and bilateral totals (not its months). */
public record Outcome(RunSpec spec, List<AnnualAggregator.Row> annual, List<BilateralTotals.Year> totals,
        SingleRun.Summary summary) {

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
