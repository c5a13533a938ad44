package org.bilatsim.economics;

/**
 * Price adjustment of an origin with a finite export supply elasticity Ex.
 *
 * <p>Supply is {@code S(w) = X0 (w/w0)^Ex}. A naive cobweb update (set today's price so that
 * supply meets last month's demand) diverges when supply is inelastic relative to demand. Instead
 * the price takes a damped Newton step on the log excess demand:
 * <pre>
 *   ln w' = ln w + lambda * (ln D - ln S(w)) / (Ex + eta)
 * </pre>
 * where eta is an upper bound of the magnitude of the own-price elasticity of demand: the own-price
 * elasticity of a CES origin lies between -sigma and Em, so max(sigma, -Em) is one. With {@code 0 < lambda <= 1} each step
 * moves less than the full Newton step, so the price approaches the market-clearing price without
 * overshooting.
 */
public final class SupplyPrice {
    private SupplyPrice() {}

    public static double supply(double baseVolume, double basePrice, double price, double exportSupplyElasticity) {
        return baseVolume * Math.pow(price / basePrice, exportSupplyElasticity);
    }

    public static double dampedUpdate(
            double price,
            double demand,
            double supply,
            double exportSupplyElasticity,
            double demandElasticityBound,
            double damping) {
        if (!(demand > 0) || !(supply > 0)) {
            return price;
        }
        double step = damping * Math.log(demand / supply) / (exportSupplyElasticity + demandElasticityBound);
        return price * Math.exp(step);
    }
}
