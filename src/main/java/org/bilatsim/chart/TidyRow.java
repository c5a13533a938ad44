package org.bilatsim.chart;

import org.bilatsim.engine.Metric;

/**
 * One row of {@code annual.csv} or {@code timeseries.csv}:
 * {@code scenario,replication,seed,period,exporter,importer,product,metric,value,unit}.
 *
 * @param period {@code YYYY} in annual.csv, {@code YYYY-MM} in timeseries.csv
 */
public record TidyRow(
        String scenario,
        int replication,
        long seed,
        String period,
        String exporter,
        String importer,
        String product,
        String metric,
        double value,
        String unit) {

    /** Whether the row is of the metric. */
    public boolean is(Metric metric) {
        return this.metric.equals(metric.key());
    }

    /** The year of the period ({@code YYYY} or {@code YYYY-MM}). */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** The month index of a {@code YYYY-MM} period: year × 12 + month − 1. */
    public int monthIndex() {
        return year() * 12 + Integer.parseInt(period.substring(5, 7)) - 1;
    }
}
