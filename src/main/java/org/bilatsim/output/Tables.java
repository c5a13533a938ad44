package org.bilatsim.output;

import static org.bilatsim.output.Table.Type.DOUBLE;
import static org.bilatsim.output.Table.Type.INT32;
import static org.bilatsim.output.Table.Type.INT64;
import static org.bilatsim.output.Table.Type.STRING;

/**
 * The tidy tables of a run folder, declared once (README, "Output schema"). The time column is
 * {@code month} (text {@code YYYY-MM}) in monthly tables and {@code year} (an integer) in annual
 * ones.
 */
public final class Tables {
    /** Every metric of every flow in every month of every replication, zeros included. */
    public static final Table TIMESERIES = Table.of(
            "timeseries",
            "scenario",
            STRING,
            "replication",
            INT32,
            "seed",
            INT64,
            "month",
            STRING,
            "exporter",
            STRING,
            "importer",
            STRING,
            "product",
            STRING,
            "metric",
            STRING,
            "value",
            DOUBLE,
            "unit",
            STRING);
    /** Every metric of every flow in every year of every replication, zeros included. */
    public static final Table ANNUAL = Table.of(
            "annual",
            "scenario",
            STRING,
            "replication",
            INT32,
            "seed",
            INT64,
            "year",
            INT32,
            "exporter",
            STRING,
            "importer",
            STRING,
            "product",
            STRING,
            "metric",
            STRING,
            "value",
            DOUBLE,
            "unit",
            STRING);
    /** The distribution over replications of every annual row; its rows are those of annual, one per (year, series). */
    public static final Table BANDS = Table.of(
            "bands",
            "scenario",
            STRING,
            "year",
            INT32,
            "exporter",
            STRING,
            "importer",
            STRING,
            "product",
            STRING,
            "metric",
            STRING,
            "unit",
            STRING,
            "mean",
            DOUBLE,
            "p5",
            DOUBLE,
            "p25",
            DOUBLE,
            "p50",
            DOUBLE,
            "p75",
            DOUBLE,
            "p95",
            DOUBLE);
    /** What each key of the {@code product} column is. */
    public static final Table PRODUCTS = Table.of(
            "products",
            "product",
            STRING,
            "name",
            STRING,
            "unit",
            STRING,
            "hs_code",
            STRING,
            "importer",
            STRING,
            "kind",
            STRING,
            "flow_kind",
            STRING);
    /**
     * One row per replication: its seed (below 2^53, so exact when read as a double). Experiments
     * that draw parameters per replication add one column per parameter after these.
     */
    public static final Table REPLICATIONS =
            Table.of("replications", "scenario", STRING, "replication", INT32, "seed", INT64);

    /**
     * compare: per scenario other than the baseline, year and series, both means over replications
     * and the distribution of the per-replication difference (scenario − baseline).
     */
    public static final Table COMPARE_PRODUCTS = Table.of(
            "compare-products",
            "scenario",
            STRING,
            "year",
            INT32,
            "exporter",
            STRING,
            "importer",
            STRING,
            "product",
            STRING,
            "metric",
            STRING,
            "unit",
            STRING,
            "baseline_mean",
            DOUBLE,
            "scenario_mean",
            DOUBLE,
            "difference_mean",
            DOUBLE,
            "difference_p5",
            DOUBLE,
            "difference_p25",
            DOUBLE,
            "difference_p50",
            DOUBLE,
            "difference_p75",
            DOUBLE,
            "difference_p95",
            DOUBLE);

    private Tables() {}
}
