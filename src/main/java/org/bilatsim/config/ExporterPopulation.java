package org.bilatsim.config;

/**
 * The potential exporters of one origin for one product market: monopolistically competitive firms
 * (Melitz 2003; Chaney 2008) nested under the market's Armington demand.
 *
 * @param count                  number of firm agents that could serve the market; it sets the
 *                               resolution of the productivity distribution
 * @param paretoShape            shape k of the Pareto productivity distribution (minimum 1); larger k
 *                               means firms are more alike
 * @param costShare              retired: under monopolistic competition a firm's variable cost is
 *                               revenue times (sigmaF-1)/sigmaF, so the cost share follows from the
 *                               within-origin elasticity; still read so that older files load, and
 *                               without effect on results
 * @param fixedCostUsdPerMonth   fixed cost of serving this market for one month, US$; a firm serves
 *                               only while its operating profit (revenue / sigmaF) covers it. When
 *                               {@code activeExporters} is given it is solved from that instead
 * @param activeExporters        firms serving the market in the base period (calibrated input), or 0
 *                               when the fixed cost is given instead
 * @param withinOriginElasticity elasticity sigmaF between the varieties of this origin's firms, at
 *                               least the market's sigma; NaN means equal to sigma (one CES)
 * @param sunkCostUsd            one-off cost of starting to serve the market, US$ (Dixit 1989; Baldwin
 *                               and Krugman 1989); 0 = none
 * @param discountRatePerYear    the rate at which a firm annualises the sunk cost: it enters when its
 *                               monthly profit net of the fixed cost covers the sunk cost times the
 *                               monthly rate (fraction per year)
 * @param productivityShockSd    s.d. of the monthly innovation of each firm's log productivity, an
 *                               AR(1) around its permanent draw; 0 = no shocks (firms keep their ranking)
 * @param productivityShockPersistence monthly AR(1) coefficient of that shock, in [0, 1)
 */
public record ExporterPopulation(
        int count,
        double paretoShape,
        double costShare,
        double fixedCostUsdPerMonth,
        int activeExporters,
        double withinOriginElasticity,
        double sunkCostUsd,
        double discountRatePerYear,
        double productivityShockSd,
        double productivityShockPersistence) {
    public ExporterPopulation {
        // The loader's rules (ConfigSchema), so that a population built elsewhere obeys them too.
        ConfigSchema.EXPORTER_COUNT.require(count);
        ConfigSchema.PARETO_SHAPE.require(paretoShape);
        ConfigSchema.COST_SHARE.require(costShare);
        ConfigSchema.FIXED_COST.require(fixedCostUsdPerMonth);
        if (activeExporters != 0) {
            ConfigSchema.ACTIVE_EXPORTERS.require(activeExporters);
            if (activeExporters > count) {
                throw new IllegalArgumentException("activeExporters " + activeExporters + " exceeds count " + count);
            }
        }
        if (!Double.isNaN(withinOriginElasticity)) {
            ConfigSchema.WITHIN_ORIGIN_ELASTICITY.require(withinOriginElasticity);
        }
        ConfigSchema.SUNK_COST.require(sunkCostUsd);
        ConfigSchema.DISCOUNT_RATE.require(discountRatePerYear);
        ConfigSchema.PRODUCTIVITY_SHOCK_SD.require(productivityShockSd);
        ConfigSchema.PRODUCTIVITY_SHOCK_PERSISTENCE.require(productivityShockPersistence);
    }

    /** The default annual rate at which firms annualise a sunk cost (ASSUMPTION: a 10% cost of capital). */
    public static final double DEFAULT_DISCOUNT_RATE = 0.10;

    /** A population with a given fixed cost, one CES (sigmaF = sigma) and no sunk cost. */
    public ExporterPopulation(int count, double paretoShape, double costShare, double fixedCostUsdPerMonth) {
        this(count, paretoShape, costShare, fixedCostUsdPerMonth, 0, Double.NaN, 0, DEFAULT_DISCOUNT_RATE, 0, 0);
    }

    /** Whether the base-period number of active exporters is calibrated (and the fixed cost solved). */
    public boolean calibratedCount() {
        return activeExporters > 0;
    }

    /** The monthly rate that annualises the sunk cost, {@code (1+r)^(1/12) - 1}. */
    public double monthlyDiscountRate() {
        return Math.pow(1 + discountRatePerYear, 1.0 / 12) - 1;
    }

    /** Whether firms' productivities move over time (idiosyncratic AR(1) shocks). */
    public boolean productivityShocks() {
        return productivityShockSd > 0;
    }

    /** The within-origin elasticity, given the market's Armington elasticity sigma. */
    public double withinOriginElasticity(double sigma) {
        return Double.isNaN(withinOriginElasticity) ? sigma : withinOriginElasticity;
    }
}
