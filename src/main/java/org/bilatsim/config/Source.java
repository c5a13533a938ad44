package org.bilatsim.config;

import java.util.Objects;

/**
 * One supplying origin of a product market, with its base-period flow.
 *
 * @param exporter                ISO3 of the origin (or ROW)
 * @param baseValueUsd            annual imports from this origin in the base period, at customs
 *                                (CIF) value, US$ per year
 * @param basePriceUsd            customs (CIF) unit value in the base period, US$ per product unit
 * @param tradeCost               CIF/FOB ratio (iceberg trade cost, >= 1): the FOB export price is
 *                                basePriceUsd / tradeCost
 * @param exportSupplyElasticity  elasticity Ex of this origin's supply to the market; infinite means
 *                                exporters are price takers at a fixed world price
 * @param awareness               share of importers that know this origin in the base period (0, 1]
 * @param exporters               the firm population of this origin
 */
public record Source(
        String exporter,
        double baseValueUsd,
        double basePriceUsd,
        double tradeCost,
        double exportSupplyElasticity,
        double awareness,
        ExporterPopulation exporters) {
    public Source {
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(exporters, "exporters");
        // The loader's rules (ConfigSchema), so that a source built elsewhere obeys them too.
        ConfigSchema.BASE_VALUE.require(baseValueUsd);
        ConfigSchema.BASE_PRICE.require(basePriceUsd);
        ConfigSchema.TRADE_COST.require(tradeCost);
        ConfigSchema.EXPORT_SUPPLY.require(exportSupplyElasticity);
        ConfigSchema.AWARENESS.require(awareness);
    }

    /** Base-period FOB export price, US$ per unit. */
    public double baseFobPriceUsd() {
        return basePriceUsd / tradeCost;
    }

    /** Base-period annual volume, product units per year. */
    public double baseVolume() {
        return baseValueUsd / basePriceUsd;
    }

    public boolean priceTaker() {
        return Double.isInfinite(exportSupplyElasticity);
    }
}
