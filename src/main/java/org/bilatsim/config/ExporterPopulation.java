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
 */
public record ExporterPopulation(int count, double paretoShape, double costShare, double fixedCostUsdPerMonth,
        int activeExporters, double withinOriginElasticity) {
    public ExporterPopulation {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1: " + count);
        }
        if (!(paretoShape > 0) || !(costShare > 0 && costShare < 1) || !(fixedCostUsdPerMonth >= 0)
                || activeExporters < 0 || activeExporters > count
                || !(Double.isNaN(withinOriginElasticity) || withinOriginElasticity > 1)) {
            throw new IllegalArgumentException("invalid exporter population");
        }
    }

    /** A population with a given fixed cost and one CES (sigmaF = sigma). */
    public ExporterPopulation(int count, double paretoShape, double costShare, double fixedCostUsdPerMonth) {
        this(count, paretoShape, costShare, fixedCostUsdPerMonth, 0, Double.NaN);
    }

    /** Whether the base-period number of active exporters is calibrated (and the fixed cost solved). */
    public boolean calibratedCount() {
        return activeExporters > 0;
    }

    /** The within-origin elasticity, given the market's Armington elasticity sigma. */
    public double withinOriginElasticity(double sigma) {
        return Double.isNaN(withinOriginElasticity) ? sigma : withinOriginElasticity;
    }
}
