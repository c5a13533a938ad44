package org.bilatsim.economics;

/**
 * CES/Armington demand for an import composite made of several origins.
 *
 * <p>With share parameters {@code b_s}, consumer prices {@code p_s} and substitution elasticity
 * {@code sigma > 1}:
 * <pre>
 *   P   = ( sum_s b_s p_s^(1-sigma) )^(1/(1-sigma))     CES price index
 *   Q   = D P^Em                                          composite demand, Em &lt; 0
 *   q_s = b_s (p_s / P)^(-sigma) Q                        demand for origin s (units)
 * </pre>
 * (Armington 1969; the same system as GSIM, Francois and Hall 2003.) Share parameters are calibrated
 * so that the base-period price index is 1, which makes D the base-period expenditure.
 */
public final class Ces {
    private Ces() {}

    /**
     * The CES price index over the origins marked available.
     *
     * @return the index, or +infinity when no origin is available
     */
    public static double priceIndex(double[] shareParameters, double[] prices, boolean[] available, double sigma) {
        double sum = 0;
        for (int s = 0; s < prices.length; s++) {
            if (available == null || available[s]) {
                sum += shareParameters[s] * Math.pow(prices[s], 1 - sigma);
            }
        }
        return sum > 0 ? Math.pow(sum, 1 / (1 - sigma)) : Double.POSITIVE_INFINITY;
    }

    /** Composite demand {@code D P^Em}. */
    public static double compositeDemand(double demandLevel, double priceIndex, double importDemandElasticity) {
        return demandLevel * Math.pow(priceIndex, importDemandElasticity);
    }

    /** Demand for one origin, units: {@code b_s (p_s/P)^(-sigma) Q}. */
    public static double sourceDemand(
            double shareParameter, double price, double priceIndex, double sigma, double compositeQuantity) {
        return shareParameter * Math.pow(price / priceIndex, -sigma) * compositeQuantity;
    }

    /**
     * Fills {@code quantities} with the demand of one buyer for each origin and returns the total
     * value spent (at the given prices).
     */
    public static double demand(
            double[] shareParameters,
            double[] prices,
            boolean[] available,
            double sigma,
            double importDemandElasticity,
            double demandLevel,
            double[] quantities) {
        double index = priceIndex(shareParameters, prices, available, sigma);
        double spent = 0;
        if (Double.isInfinite(index)) {
            java.util.Arrays.fill(quantities, 0);
            return 0;
        }
        double composite = compositeDemand(demandLevel, index, importDemandElasticity);
        for (int s = 0; s < prices.length; s++) {
            boolean on = available == null || available[s];
            quantities[s] = on ? sourceDemand(shareParameters[s], prices[s], index, sigma, composite) : 0;
            spent += quantities[s] * prices[s];
        }
        return spent;
    }

    /**
     * Consumer surplus gained when the price index falls from {@code p0} to {@code p1}, for demand
     * {@code Q = D P^Em}: the integral of Q over P from p1 to p0.
     */
    public static double consumerSurplusChange(
            double demandLevel, double p0, double p1, double importDemandElasticity) {
        double e = importDemandElasticity + 1;
        if (Math.abs(e) < 1e-12) {
            return demandLevel * Math.log(p0 / p1);
        }
        return demandLevel * (Math.pow(p0, e) - Math.pow(p1, e)) / e;
    }
}
