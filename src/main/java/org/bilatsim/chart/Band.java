package org.bilatsim.chart;

/**
 * The median and the 5–95 % and 25–75 % quantile bands of one value across replications. With one
 * replication every field is that replication's value.
 */
public record Band(double p05, double p25, double median, double p75, double p95) {

    /** The band of the values (NaN entries are ignored; all NaN gives an all-NaN band). */
    public static Band of(double[] values) {
        return new Band(
                ChartData.quantile(values, 0.05),
                ChartData.quantile(values, 0.25),
                ChartData.quantile(values, 0.5),
                ChartData.quantile(values, 0.75),
                ChartData.quantile(values, 0.95));
    }

    /** The band with every value multiplied by the factor (e.g. 1e-6 for US$ million). */
    public Band scaled(double factor) {
        return new Band(p05 * factor, p25 * factor, median * factor, p75 * factor, p95 * factor);
    }
}
