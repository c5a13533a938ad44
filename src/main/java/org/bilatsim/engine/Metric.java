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
    SOURCE_SHARE("source_share", "fraction", Annual.MEAN);

    /** How a year is made of months. */
    public enum Annual { SUM, MEAN }

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
