package org.bilatsim.economics;

/**
 * The exact (non-linearised) CES/Armington partial equilibrium of one import market, GSIM-style
 * (Francois and Hall 2003), for comparative statics of a duty change.
 *
 * <p>A representative importer has the demand system of {@link Ces}, calibrated to base flows. Each
 * origin supplies {@code X_s(w) = X_s0 (w/w_s0)^Ex_s}; an infinite Ex means a fixed world price.
 * The new equilibrium solves, for every origin with finite Ex, {@code q_s(w) = X_s(w_s)} exactly
 * (Gauss-Seidel over origins, bisection on each log price: excess demand falls in an origin's own
 * price because demand falls and supply rises).
 */
public final class ExactCes {
    private ExactCes() {
    }

    /**
     * One market.
     *
     * @param baseValues   base imports by origin at customs value, US$ per period
     * @param basePrices   base customs unit values, US$ per unit
     * @param exportSupplyElasticities Ex per origin (infinite = price taker)
     * @param sigma        substitution elasticity
     * @param importDemandElasticity Em (&lt; 0)
     * @param vatRate      VAT on (customs value + duty)
     */
    public record Market(double[] baseValues, double[] basePrices, double[] exportSupplyElasticities, double sigma,
            double importDemandElasticity, double vatRate) {
        public int origins() {
            return baseValues.length;
        }
    }

    /**
     * The equilibrium under one tariff vector.
     *
     * @param volumes       imports by origin, units per period
     * @param values        imports by origin at the new customs value, US$ per period
     * @param customsPrices new customs unit values (base price times the world price change)
     * @param priceIndex    the CES price index (1 in the base)
     * @param tariffRevenue sum over origins of duty rate times customs value, US$ per period
     */
    public record Equilibrium(double[] volumes, double[] values, double[] customsPrices, double priceIndex,
            double tariffRevenue) {
        public double totalValue() {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum;
        }
    }

    /** Comparative statics from base duties {@code t0} to new duties {@code t1} (fractions per origin). */
    public record Change(Equilibrium before, Equilibrium after, double consumerSurplusChange,
            double[] exporterSurplusChange) {
    }

    public static Change compare(Market market, double[] t0, double[] t1) {
        int n = market.origins();
        double[] volumes = new double[n];
        double[] consumerPrices = new double[n];
        for (int s = 0; s < n; s++) {
            volumes[s] = market.baseValues()[s] / market.basePrices()[s];
            consumerPrices[s] = market.basePrices()[s] * (1 + t0[s]) * (1 + market.vatRate());
        }
        boolean[][] everyone = {filled(n)};
        Calibration.Result calibration = Calibration.calibrate(new double[] {1}, everyone, consumerPrices, volumes,
                market.sigma(), market.importDemandElasticity());
        Equilibrium before = solve(market, calibration, volumes, t0);
        Equilibrium after = solve(market, calibration, volumes, t1);
        double cs = Ces.consumerSurplusChange(calibration.demandLevel(), before.priceIndex(), after.priceIndex(),
                market.importDemandElasticity());
        double[] producer = new double[n];
        for (int s = 0; s < n; s++) {
            double ex = market.exportSupplyElasticities()[s];
            double p0 = market.basePrices()[s];
            double ratio = after.customsPrices()[s] / p0;
            // Integral of X0 (w/w0)^Ex dw from w0 to w1 (price takers gain nothing on price).
            producer[s] = Double.isInfinite(ex) ? 0 : volumes[s] * p0 * (Math.pow(ratio, ex + 1) - 1) / (ex + 1);
        }
        return new Change(before, after, cs, producer);
    }

    /** The equilibrium under duties {@code t} for a calibrated market. */
    static Equilibrium solve(Market market, Calibration.Result calibration, double[] baseVolumes, double[] t) {
        int n = market.origins();
        double[] ratio = new double[n];
        java.util.Arrays.fill(ratio, 1.0);
        double[] q = new double[n];
        boolean converged = false;
        for (int sweep = 0; sweep < 10_000 && !converged; sweep++) {
            double largestMove = 0;
            for (int s = 0; s < n; s++) {
                double ex = market.exportSupplyElasticities()[s];
                if (Double.isInfinite(ex)) {
                    continue;
                }
                double previous = ratio[s];
                double low = Math.log(1e-6);
                double high = Math.log(1e6);
                for (int i = 0; i < 200 && high - low > 1e-15; i++) {
                    double mid = 0.5 * (low + high);
                    ratio[s] = Math.exp(mid);
                    demand(market, calibration, t, ratio, q);
                    double supplied = baseVolumes[s] * Math.pow(ratio[s], ex);
                    if (q[s] > supplied) {
                        low = mid;
                    } else {
                        high = mid;
                    }
                }
                double updated = Math.exp(0.5 * (low + high));
                largestMove = Math.max(largestMove, Math.abs(updated / previous - 1));
                ratio[s] = updated;
            }
            converged = largestMove < 1e-12;
        }
        if (!converged) {
            throw new IllegalStateException("the exact CES equilibrium did not converge in 10,000 sweeps");
        }
        double index = demand(market, calibration, t, ratio, q);
        double[] values = new double[n];
        double[] prices = new double[n];
        double revenue = 0;
        for (int s = 0; s < n; s++) {
            prices[s] = market.basePrices()[s] * ratio[s];
            values[s] = prices[s] * q[s];
            revenue += Prices.dutyRevenue(t[s], values[s]);
        }
        return new Equilibrium(q.clone(), values, prices, index, revenue);
    }

    private static double demand(Market market, Calibration.Result calibration, double[] t, double[] ratio, double[] q) {
        int n = market.origins();
        double[] consumer = new double[n];
        for (int s = 0; s < n; s++) {
            consumer[s] = market.basePrices()[s] * ratio[s] * (1 + t[s]) * (1 + market.vatRate());
        }
        Ces.demand(calibration.shareParameters(), consumer, null, market.sigma(), market.importDemandElasticity(),
                calibration.demandLevel(), q);
        return Ces.priceIndex(calibration.shareParameters(), consumer, null, market.sigma());
    }

    private static boolean[] filled(int n) {
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        return all;
    }
}
