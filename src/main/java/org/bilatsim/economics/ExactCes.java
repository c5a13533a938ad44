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
 *
 * <p>With a firm layer ({@link Firms}) an origin is a CES composite of the varieties of its serving
 * firms (see {@link Productivity}): its price is {@code w (W_n/W_0)^(1/(1-sigmaF))}, where the
 * serving set is the first n firms of the productivity ranking and n is the largest count whose
 * marginal firm's operating profit, {@code R w_n / W_n / sigmaF}, covers the fixed cost at the
 * origin's revenue R (customs value: iceberg trade costs). The exact finite-firm equilibrium is the fixed point of (serving counts ->
 * prices and revenues -> serving counts), iterated from the base counts: the same map the agent
 * model's months follow, so its long run is this fixed point. The supply curve of an origin with
 * finite Ex is one of inputs: {@code q_s (W_n/W_0)^(1/(1-sigmaF)) = X_s0 (w/w_0)^Ex}.
 */
public final class ExactCes {
    private ExactCes() {}

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
    public record Market(
            double[] baseValues,
            double[] basePrices,
            double[] exportSupplyElasticities,
            double sigma,
            double importDemandElasticity,
            double vatRate) {
        public int origins() {
            return baseValues.length;
        }
    }

    /**
     * The firms of one origin, for the exact finite-firm equilibrium.
     *
     * @param weightsDescending sales weights phi^(sigmaF-1) of the potential firms, largest first
     * @param fixedCostUsd      fixed cost of serving, US$ per month
     * @param sigmaF            within-origin elasticity
     * @param monthsPerPeriod   months in the period of the market's values (12 for annual values)
     */
    public record Firms(double[] weightsDescending, double fixedCostUsd, double sigmaF, double monthsPerPeriod) {
        /**
         * The serving count at revenue {@code revenueUsd} per month (customs value: with iceberg trade
         * costs the firms are paid the value sold, before duty): the sequential (prefix) rule.
         */
        public int servingAt(double revenueUsd) {
            double ahead = 0;
            double entry = sigmaF * fixedCostUsd;
            int n = 0;
            for (double w : weightsDescending) {
                if (revenueUsd * w / (ahead + w) >= entry) {
                    ahead += w;
                    n++;
                } else {
                    break;
                }
            }
            return n;
        }

        /** Sales weight of the first n firms. */
        public double weightOf(int n) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += weightsDescending[j];
            }
            return sum;
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
    public record Equilibrium(
            double[] volumes,
            double[] values,
            double[] customsPrices,
            double priceIndex,
            double tariffRevenue,
            int[] servingFirms) {
        public Equilibrium(
                double[] volumes, double[] values, double[] customsPrices, double priceIndex, double tariffRevenue) {
            this(volumes, values, customsPrices, priceIndex, tariffRevenue, new int[0]);
        }

        public double totalValue() {
            double sum = 0;
            for (double v : values) {
                sum += v;
            }
            return sum;
        }
    }

    /** Comparative statics from base duties {@code t0} to new duties {@code t1} (fractions per origin). */
    public record Change(
            Equilibrium before, Equilibrium after, double consumerSurplusChange, double[] exporterSurplusChange) {}

    public static Change compare(Market market, double[] t0, double[] t1) {
        return compare(market, new Firms[market.origins()], t0, t1);
    }

    /**
     * Comparative statics with a firm layer: {@code firms[s]} null means origin s has a fixed set of
     * varieties (as without firms).
     */
    public static Change compare(Market market, Firms[] firms, double[] t0, double[] t1) {
        double[] same = new double[market.origins()];
        java.util.Arrays.fill(same, 1.0);
        return compare(market, firms, firms, t0, t1, same);
    }

    /**
     * Comparative statics of a duty change together with a change of the firms' conditions (their
     * fixed costs, a lever's factor) and of trade costs: the base equilibrium has the firms
     * {@code before} and duties {@code t0}, the new one the firms {@code after}, duties {@code t1}
     * and trade costs multiplied by {@code tradeCostFactors} (the customs price of each origin moves
     * with its trade cost, the FOB price does not). The firms' weights must be the same in both.
     */
    public static Change compare(
            Market market, Firms[] before, Firms[] after, double[] t0, double[] t1, double[] tradeCostFactors) {
        return compare(market, before, after, t0, t1, tradeCostFactors, null);
    }

    /**
     * As {@link #compare(Market, Firms[], Firms[], double[], double[], double[])}, with the new
     * equilibrium's serving counts iterated from {@code startCounts} instead of the base counts
     * (null: the base counts). The counts map is monotone when an origin's revenue rises with its
     * varieties, so it can have several fixed points; a path that overshoots (a finite Ex whose cost
     * level adjusts slowly) can settle on a larger one, and this finds the one it settled on.
     */
    public static Change compare(
            Market market,
            Firms[] before,
            Firms[] after,
            double[] t0,
            double[] t1,
            double[] tradeCostFactors,
            int[] startCounts) {
        Firms[] firms = before;
        int n = market.origins();
        double[] volumes = new double[n];
        double[] consumerPrices = new double[n];
        for (int s = 0; s < n; s++) {
            volumes[s] = market.baseValues()[s] / market.basePrices()[s];
            consumerPrices[s] = market.basePrices()[s] * (1 + t0[s]) * (1 + market.vatRate());
        }
        boolean[][] everyone = {filled(n)};
        Calibration.Result calibration = Calibration.calibrate(
                new double[] {1}, everyone, consumerPrices, volumes, market.sigma(), market.importDemandElasticity());
        int[] baseCounts = new int[n];
        double[] baseWeights = new double[n];
        for (int s = 0; s < n; s++) {
            if (firms[s] != null) {
                Firms f = firms[s];
                baseCounts[s] = f.servingAt(market.baseValues()[s] / f.monthsPerPeriod());
                if (baseCounts[s] == 0) {
                    throw new IllegalArgumentException(
                            "origin " + s + ": no firm covers the fixed cost at base revenue");
                }
                baseWeights[s] = f.weightOf(baseCounts[s]);
            }
        }
        double[] same = new double[n];
        java.util.Arrays.fill(same, 1.0);
        Equilibrium base = solve(market, calibration, volumes, t0, before, baseCounts, baseWeights, same);
        Equilibrium changed = solve(
                market,
                calibration,
                volumes,
                t1,
                after,
                startCounts == null ? baseCounts : startCounts,
                baseWeights,
                tradeCostFactors);
        double cs = Ces.consumerSurplusChange(
                calibration.demandLevel(), base.priceIndex(), changed.priceIndex(), market.importDemandElasticity());
        double[] producer = new double[n];
        for (int s = 0; s < n; s++) {
            double ex = market.exportSupplyElasticities()[s];
            double p0 = market.basePrices()[s];
            double ratio = changed.customsPrices()[s] / p0;
            // Integral of X0 (w/w0)^Ex dw from w0 to w1 (price takers gain nothing on price).
            producer[s] = Double.isInfinite(ex) ? 0 : volumes[s] * p0 * (Math.pow(ratio, ex + 1) - 1) / (ex + 1);
        }
        return new Change(base, changed, cs, producer);
    }

    /**
     * The finite-firm equilibrium under duties {@code t}: serving counts iterated from the base counts
     * until they repeat (a fixed point of the counts map).
     */
    static Equilibrium solve(
            Market market,
            Calibration.Result calibration,
            double[] baseVolumes,
            double[] t,
            Firms[] firms,
            int[] startCounts,
            double[] baseWeights,
            double[] tradeCostFactors) {
        int n = market.origins();
        int[] counts = startCounts.clone();
        double[] variety = new double[n];
        for (int round = 0; round < 100_000; round++) {
            for (int s = 0; s < n; s++) {
                variety[s] = firms[s] == null
                        ? 1
                        : Productivity.originPriceIndex(
                                1, firms[s].weightOf(counts[s]), baseWeights[s], firms[s].sigmaF());
            }
            Equilibrium e = solve(market, calibration, baseVolumes, t, variety, tradeCostFactors);
            boolean same = true;
            int[] next = counts.clone();
            for (int s = 0; s < n; s++) {
                if (firms[s] != null) {
                    Firms f = firms[s];
                    next[s] = f.servingAt(e.values()[s] / f.monthsPerPeriod());
                    same &= next[s] == counts[s];
                }
            }
            if (same) {
                return new Equilibrium(
                        e.volumes(), e.values(), e.customsPrices(), e.priceIndex(), e.tariffRevenue(), counts);
            }
            counts = next;
        }
        throw new IllegalStateException("the serving counts did not settle in 100,000 rounds");
    }

    /**
     * The equilibrium under duties {@code t} for a calibrated market, with each origin's price
     * multiplied by its variety factor {@code (W/W_0)^(1/(1-sigmaF))} (1 without a firm layer).
     */
    static Equilibrium solve(
            Market market,
            Calibration.Result calibration,
            double[] baseVolumes,
            double[] t,
            double[] variety,
            double[] tradeCostFactors) {
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
                    demand(market, calibration, t, ratio, variety, tradeCostFactors, q);
                    double supplied = baseVolumes[s] * Math.pow(ratio[s], ex);
                    if (q[s] * variety[s] > supplied) {
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
        double index = demand(market, calibration, t, ratio, variety, tradeCostFactors, q);
        double[] values = new double[n];
        double[] prices = new double[n];
        double revenue = 0;
        for (int s = 0; s < n; s++) {
            prices[s] = market.basePrices()[s] * ratio[s] * variety[s] * tradeCostFactors[s];
            values[s] = prices[s] * q[s];
            revenue += Prices.dutyRevenue(t[s], values[s]);
        }
        return new Equilibrium(q.clone(), values, prices, index, revenue);
    }

    private static double demand(
            Market market,
            Calibration.Result calibration,
            double[] t,
            double[] ratio,
            double[] variety,
            double[] tradeCostFactors,
            double[] q) {
        int n = market.origins();
        double[] consumer = new double[n];
        for (int s = 0; s < n; s++) {
            consumer[s] = market.basePrices()[s]
                    * ratio[s]
                    * variety[s]
                    * tradeCostFactors[s]
                    * (1 + t[s])
                    * (1 + market.vatRate());
        }
        Ces.demand(
                calibration.shareParameters(),
                consumer,
                null,
                market.sigma(),
                market.importDemandElasticity(),
                calibration.demandLevel(),
                q);
        return Ces.priceIndex(calibration.shareParameters(), consumer, null, market.sigma());
    }

    private static boolean[] filled(int n) {
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        return all;
    }
}
