package org.bilatsim.economics;

/**
 * Calibrates CES share parameters to observed base-period flows, as CGE models do.
 *
 * <p>Buyers fall into groups that know different sets of origins (a buyer that has not discovered an
 * origin cannot buy from it). The share parameters {@code b_s} and the demand level D are chosen so
 * that the groups' aggregate demand at base prices equals the observed volume of every origin.
 * When every buyer knows every origin the solution is closed-form: {@code b_s = theta_s p_s^(sigma-1)}
 * with theta the base value shares, which sets the base price index to 1 and D to base expenditure.
 * Otherwise a fixed-point iteration scales each {@code b_s} by observed/predicted volume, keeps the
 * full-knowledge price index at 1 and rescales D to base expenditure.
 */
public final class Calibration {
    /** Relative error at which the iteration stops (far below the 0.1% the model promises). */
    static final double TOLERANCE = 1e-12;

    static final int MAX_ITERATIONS = 100_000;

    private Calibration() {}

    /**
     * The buyers who know an origin hold no more of the market's demand than the origin's observed
     * share: no share parameter can reproduce the flow.
     */
    public static final class Infeasible extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final int origin;
        public final double knowingShare;
        public final double valueShare;

        Infeasible(int origin, double knowingShare, double valueShare) {
            super(String.format(
                    java.util.Locale.ROOT,
                    "origin %d: the buyers who know it hold %.1f%% of demand, not "
                            + "more than its base share of %.1f%%",
                    origin,
                    100 * knowingShare,
                    100 * valueShare));
            this.origin = origin;
            this.knowingShare = knowingShare;
            this.valueShare = valueShare;
        }
    }

    /** Calibrated parameters: share parameters per origin and the demand level (base expenditure). */
    public record Result(double[] shareParameters, double demandLevel) {}

    /**
     * @param groupWeights    share of total demand in each buyer group (sums to 1)
     * @param available       available[g][s]: whether group g knows origin s
     * @param prices          base consumer prices per origin, US$ per unit
     * @param volumes         observed base volumes per origin, units
     * @param sigma           substitution elasticity
     * @param importDemandElasticity Em
     * @throws Infeasible if the buyers who know an origin hold no more demand than its share
     * @throws IllegalArgumentException if the iteration fails
     */
    public static Result calibrate(
            double[] groupWeights,
            boolean[][] available,
            double[] prices,
            double[] volumes,
            double sigma,
            double importDemandElasticity) {
        int n = prices.length;
        double expenditure = 0;
        for (int s = 0; s < n; s++) {
            expenditure += prices[s] * volumes[s];
        }
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            b[s] = prices[s] * volumes[s] / expenditure * Math.pow(prices[s], sigma - 1);
        }
        for (int s = 0; s < n; s++) {
            double knowing = 0;
            for (int g = 0; g < groupWeights.length; g++) {
                knowing += available[g][s] ? groupWeights[g] : 0;
            }
            double share = prices[s] * volumes[s] / expenditure;
            if (knowing <= share) {
                throw new Infeasible(s, knowing, share);
            }
        }
        double demandLevel = expenditure;
        double[] predicted = new double[n];
        double[] buffer = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            aggregate(
                    groupWeights, available, b, prices, sigma, importDemandElasticity, demandLevel, predicted, buffer);
            double worst = 0;
            for (int s = 0; s < n; s++) {
                if (!(predicted[s] > 0) || !Double.isFinite(predicted[s])) {
                    throw new IllegalArgumentException("share-parameter calibration failed for origin " + s);
                }
                worst = Math.max(worst, Math.abs(predicted[s] / volumes[s] - 1));
            }
            if (worst < TOLERANCE) {
                return new Result(b, demandLevel);
            }
            for (int s = 0; s < n; s++) {
                b[s] *= volumes[s] / predicted[s];
            }
            double full = 0;
            for (int s = 0; s < n; s++) {
                full += b[s] * Math.pow(prices[s], 1 - sigma);
            }
            for (int s = 0; s < n; s++) {
                b[s] /= full;
            }
            aggregate(
                    groupWeights, available, b, prices, sigma, importDemandElasticity, demandLevel, predicted, buffer);
            double spent = 0;
            for (int s = 0; s < n; s++) {
                spent += prices[s] * predicted[s];
            }
            demandLevel *= expenditure / spent;
        }
        throw new IllegalArgumentException("share-parameter calibration did not converge");
    }

    private static void aggregate(
            double[] groupWeights,
            boolean[][] available,
            double[] b,
            double[] prices,
            double sigma,
            double em,
            double demandLevel,
            double[] out,
            double[] buffer) {
        java.util.Arrays.fill(out, 0);
        for (int g = 0; g < groupWeights.length; g++) {
            Ces.demand(b, prices, available[g], sigma, em, demandLevel * groupWeights[g], buffer);
            for (int s = 0; s < out.length; s++) {
                out[s] += buffer[s];
            }
        }
    }
}
