package org.bilatsim.economics;

/**
 * The continuum closed form of the nested model (Melitz 2003; Chaney 2008) with Pareto productivity:
 * each origin with a firm layer has a continuum of potential firms, productivity Pareto with shape
 * {@code k > sigmaF - 1}, and serves while a firm's operating profit covers the fixed cost f.
 *
 * <p>With an origin's revenue R (customs value, before duty: with iceberg trade costs the firms are
 * paid the value sold), the cutoff productivity satisfies {@code R phi*^(sigmaF-1) /
 * (W sigmaF) = f} with {@code W = M k/(k-sigmaF+1) phi*^(sigmaF-1-k)}, so (hats are ratios to the base)
 * <pre>
 *   N^   = R^ / f^                                   number of exporters (Chaney 2008, eq. 9)
 *   W^   = N^^((k-sigmaF+1)/k)                       serving sales weight
 *   P_o^ = w^ W^^(1/(1-sigmaF)) = w^ N^^(-eta),       eta = (k-sigmaF+1)/(k (sigmaF-1))
 *   r_i^ = R^ / W^                                   an incumbent's sales: the intensive margin
 * </pre>
 * and the origin's revenue solves the Armington equilibrium of {@link ExactCes} with its price
 * multiplied by {@code N^^(-eta)}: a fixed point in R^, found by damped iteration in logs. For a
 * small origin facing a fixed market index with infinite Ex and sigmaF = sigma, the export
 * elasticity with respect to variable trade costs is k (Chaney's result): sigma-1 at the intensive
 * margin and k-sigma+1 at the extensive one. Needs {@code k > sigmaF - 1} (finite mean sales).
 */
public final class MelitzChaney {
    private MelitzChaney() {}

    /**
     * One origin's continuum of firms.
     *
     * @param paretoShape     k, above sigmaF - 1
     * @param sigmaF          within-origin elasticity
     * @param fixedCostFactor f^, the new fixed cost over the base one
     */
    public record Layer(double paretoShape, double sigmaF, double fixedCostFactor) {
        public Layer {
            if (!(paretoShape > sigmaF - 1) || !(sigmaF > 1) || !(fixedCostFactor > 0)) {
                throw new IllegalArgumentException("the continuum needs k > sigmaF - 1 > 0 and a positive fixed cost");
            }
        }

        /** eta: the fall of the origin's price index per log point of more exporters. */
        public double varietyElasticity() {
            return (paretoShape - sigmaF + 1) / (paretoShape * (sigmaF - 1));
        }
    }

    /**
     * One origin's margins.
     *
     * @param exportRatio      R^ = new over base exports at customs value
     * @param exportersRatio   N^, new over base number of exporters
     * @param intensiveRatio   r_i^, an incumbent's sales (customs value) new over base
     */
    public record Margins(double exportRatio, double exportersRatio, double intensiveRatio) {
        /** Log-point share of the export change at the extensive margin (new exporters). */
        public double extensiveShare() {
            double total = Math.log(exportRatio);
            return total == 0 ? 0 : 1 - Math.log(intensiveRatio) / total;
        }
    }

    /** The comparative statics: the new equilibrium and, per origin with a layer, its margins. */
    public record Result(ExactCes.Equilibrium before, ExactCes.Equilibrium after, Margins[] margins) {}

    /**
     * From duties {@code t0} (the base, where the flows are observed) to {@code t1}, with trade costs
     * multiplied by {@code tradeCostFactors}; {@code layers[s]} null means a fixed set of varieties.
     */
    public static Result compare(
            ExactCes.Market market, Layer[] layers, double[] t0, double[] t1, double[] tradeCostFactors) {
        int n = market.origins();
        double[] volumes = new double[n];
        double[] consumerPrices = new double[n];
        for (int s = 0; s < n; s++) {
            volumes[s] = market.baseValues()[s] / market.basePrices()[s];
            consumerPrices[s] = market.basePrices()[s] * (1 + t0[s]) * (1 + market.vatRate());
        }
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        Calibration.Result calibration = Calibration.calibrate(
                new double[] {1},
                new boolean[][] {all},
                consumerPrices,
                volumes,
                market.sigma(),
                market.importDemandElasticity());
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        ExactCes.Equilibrium before = ExactCes.solve(market, calibration, volumes, t0, ones, ones);
        double[] variety = ones.clone();
        double[] exporters = ones.clone();
        ExactCes.Equilibrium after = null;
        boolean converged = false;
        for (int round = 0; round < 100_000 && !converged; round++) {
            after = ExactCes.solve(market, calibration, volumes, t1, variety, tradeCostFactors);
            double largest = 0;
            for (int s = 0; s < n; s++) {
                if (layers[s] == null) {
                    continue;
                }
                // Revenue at customs value (iceberg trade costs: the firms are paid the value sold).
                double revenue = after.values()[s] / before.values()[s];
                double target = Math.pow(revenue / layers[s].fixedCostFactor(), -layers[s].varietyElasticity());
                // Damped in logs: the map from the variety factor to itself can have slope below -1.
                double updated = Math.exp(0.5 * Math.log(variety[s]) + 0.5 * Math.log(target));
                largest = Math.max(largest, Math.abs(Math.log(updated / variety[s])));
                variety[s] = updated;
                exporters[s] = revenue / layers[s].fixedCostFactor();
            }
            converged = largest < 1e-13;
        }
        if (!converged) {
            throw new IllegalStateException("the continuum equilibrium did not converge in 100,000 rounds");
        }
        Margins[] margins = new Margins[n];
        for (int s = 0; s < n; s++) {
            if (layers[s] != null) {
                Layer layer = layers[s];
                double exportRatio = after.values()[s] / before.values()[s];
                double weightRatio =
                        Math.pow(exporters[s], (layer.paretoShape() - layer.sigmaF() + 1) / layer.paretoShape());
                margins[s] = new Margins(exportRatio, exporters[s], exportRatio / weightRatio);
            }
        }
        return new Result(before, after, margins);
    }
}
