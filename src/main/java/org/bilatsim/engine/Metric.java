package org.bilatsim.engine;

/**
 * What the engine records per month, origin and product market. The unit column of the output is
 * {@link #unit(String)}; {@link #annual} says how months become a year in annual.csv.
 */
public enum Metric {
    /** Imports at customs (CIF) value; equal to the exporter's recorded exports. */
    TRADE_VALUE("trade_value", "USD", Annual.SUM),
    /** Imports in the product's unit (e.g. tonnes). */
    TRADE_VOLUME("trade_volume", null, Annual.SUM),
    /** FOB price received by exporters. */
    EXPORT_PRICE("export_price", "USD/", Annual.MEAN),
    /** Duty-paid price at the importer's border (before VAT). */
    LANDED_PRICE("landed_price", "USD/", Annual.MEAN),
    /** Sum of the duty layers applied to this origin. */
    TARIFF_RATE("tariff_rate", "fraction", Annual.MEAN),
    /** Duty collected by the importer's government on this origin's goods. */
    TARIFF_REVENUE("tariff_revenue", "USD", Annual.SUM),
    /** Exporters of the origin that served the market in the month. */
    ACTIVE_EXPORTERS("active_exporters", "firms", Annual.MEAN),
    /** The origin's share of the market's import value. */
    SOURCE_SHARE("source_share", "fraction", Annual.MEAN),
    /** A flow outside customs goods trade that does not count toward the target (e.g. third-party LNG). */
    FLOW_VALUE_NOT_COUNTED("flow_value_not_counted", "USD", Annual.SUM),
    /** A project's output of a commodity (in the commodity's unit). */
    PROJECT_OUTPUT("project_output", null, Annual.SUM),
    /** The world price of a project's commodity. */
    COMMODITY_PRICE("commodity_price", "USD/", Annual.MEAN),
    /** A project's capital expenditure. */
    PROJECT_CAPEX("project_capex", "USD", Annual.SUM),
    /** A project's interest and principal paid. */
    DEBT_SERVICE("debt_service", "USD", Annual.SUM),
    /** A project's debt outstanding at the end of the month (annual: at the end of the year). */
    DEBT_OUTSTANDING("debt_outstanding", "USD", Annual.LAST),
    /** People employed by a project. */
    JOBS("jobs", "jobs", Annual.MEAN),
    /** 1 in a month a security incident stopped the project (annual: share of months). */
    DISRUPTED("disrupted", "fraction", Annual.MEAN);

    /** The metrics of a product market's origin, in the order they are recorded. */
    public static final java.util.List<Metric> MARKET = java.util.List.of(TRADE_VALUE, TRADE_VOLUME, EXPORT_PRICE,
            LANDED_PRICE, TARIFF_RATE, TARIFF_REVENUE, ACTIVE_EXPORTERS, SOURCE_SHARE);

    /** How a year is made of months. */
    public enum Annual { SUM, MEAN, LAST }

    /** The metric with this output key. */
    public static Metric ofKey(String key) {
        for (Metric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("no metric " + key);
    }

    private final String key;
    private final String unit;
    public final Annual annual;

    Metric(String key, String unit, Annual annual) {
        this.key = key;
        this.unit = unit;
        this.annual = annual;
    }

    public String key() {
        return key;
    }

    /** The unit, given the product's volume unit (e.g. "USD/tonnes"). */
    public String unit(String productUnit) {
        if (unit == null) {
            return productUnit;
        }
        return unit.endsWith("/") ? unit + productUnit : unit;
    }
}
