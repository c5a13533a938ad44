package org.bilatsim.config;

/**
 * The potential exporters of one origin for one product market (Melitz-style heterogeneity).
 *
 * @param count                 number of firm agents that could serve the market
 * @param paretoShape           shape k of the Pareto productivity distribution (minimum 1); larger k
 *                              means firms are more alike
 * @param costShare             unit cost of the least productive firm as a fraction of the base FOB
 *                              price; a firm of productivity phi has unit cost costShare * fob0 / phi
 * @param fixedCostUsdPerMonth  fixed cost of serving this market for one month (US$); a firm serves
 *                              only while its operating profit covers it
 */
public record ExporterPopulation(int count, double paretoShape, double costShare, double fixedCostUsdPerMonth) {
    public ExporterPopulation {
        // The loader's rules (ConfigSchema), so that a population built elsewhere obeys them too.
        ConfigSchema.EXPORTER_COUNT.require(count);
        ConfigSchema.PARETO_SHAPE.require(paretoShape);
        ConfigSchema.COST_SHARE.require(costShare);
        ConfigSchema.FIXED_COST.require(fixedCostUsdPerMonth);
    }
}
