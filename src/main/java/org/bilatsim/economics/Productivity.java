package org.bilatsim.economics;

/**
 * Heterogeneous exporters (Melitz 2003). Productivity phi is Pareto with minimum 1 and shape k;
 * a firm's unit cost is {@code costShare * fob0 / phi}; within an origin, demand is split among active
 * firms in proportion to {@code phi^(sigma-1)}, the Melitz sales weight of a firm with CES demand.
 */
public final class Productivity {
    private Productivity() {
    }

    /**
     * The Pareto quantile: productivity for a uniform draw {@code u} in [0, 1). Non-decreasing in
     * {@code u} ({@code 1 - u} rounds monotonically and {@link Math#pow} is semi-monotonic), so the
     * quantiles of sorted draws come out sorted.
     */
    public static double paretoQuantile(double u, double shape) {
        return Math.pow(1 - u, -1 / shape);
    }

    /** A firm's sales weight {@code phi^(sigma-1)}. */
    public static double salesWeight(double productivity, double sigma) {
        return Math.pow(productivity, sigma - 1);
    }

    /** Unit cost at FOB, US$ per unit. */
    public static double unitCost(double baseFobPrice, double costShare, double productivity) {
        return costShare * baseFobPrice / productivity;
    }

    /**
     * Monthly operating profit minus the fixed cost of serving the market, US$.
     *
     * @param fobPrice  price received, US$ per unit
     * @param unitCost  US$ per unit
     * @param quantity  units sold in the month
     * @param fixedCost US$ per month
     */
    public static double profit(double fobPrice, double unitCost, double quantity, double fixedCost) {
        return (fobPrice - unitCost) * quantity - fixedCost;
    }
}
