package org.bilatsim.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-way trade of the target's pair, month by month (markets plus the flows that count toward the
 * target), kept for the adaptive rules. Written in the accounting phase.
 */
public final class BilateralLedger {
    private final String first;
    private final String second;
    private final List<Double> monthly = new ArrayList<>();

    BilateralLedger(String first, String second) {
        this.first = first;
        this.second = second;
    }

    boolean between(String exporter, String importer) {
        return exporter.equals(first) && importer.equals(second) || exporter.equals(second) && importer.equals(first);
    }

    void record(double totalUsd) {
        monthly.add(totalUsd);
    }

    /** Two-way trade of the first 12 months, US$ (NaN before a year has passed). */
    public double firstYearTotalUsd() {
        return monthly.size() < 12 ? Double.NaN : sum(0, 12);
    }

    /** Two-way trade of the last 12 months, US$ (NaN before a year has passed). */
    public double trailingYearTotalUsd() {
        return monthly.size() < 12 ? Double.NaN : sum(monthly.size() - 12, monthly.size());
    }

    private double sum(int from, int to) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += monthly.get(i);
        }
        return total;
    }
}
