package org.bilatsim.economics;

/**
 * Welfare accounting of one import market, the same definitions as the agent model's monthly
 * metrics, for an exact equilibrium (values per period, US$).
 *
 * <ul>
 *   <li>consumer surplus change: compensating variation of the import composite's CES price index
 *       from the base (P0) to the new (P1) equilibrium, {@code D (P0^(1+Em) - P1^(1+Em)) / (1+Em)}
 *       ({@link Ces#consumerSurplusChange}); relative to the base.</li>
 *   <li>tariff revenue {@code sum_s t_s v_s} and VAT revenue {@code vat sum_s (1+t_s) v_s}, with
 *       v_s the customs value; levels.</li>
 *   <li>producer surplus of origin s: operating profit {@code v_s / sigmaF_s} less the fixed costs of
 *       its serving firms (a level), plus the change of the factor owners' rent on its supply curve
 *       {@code X_s0 w0 ((w/w0)^(Ex+1) - 1)/(Ex+1)} (relative to the base; 0 with infinite Ex).</li>
 * </ul>
 * The importing country's net welfare is its consumer surplus change plus tariff and VAT revenue
 * (plus its own exporters' producer surplus where it exports); each exporting country's is its
 * exporters' producer surplus.
 */
public final class Welfare {
    private Welfare() {}

    /**
     * One market's welfare under one equilibrium.
     *
     * @param producerSurplus by origin, US$ per period
     */
    public record Accounts(
            double consumerSurplusChange, double tariffRevenue, double vatRevenue, double[] producerSurplus) {
        /** The importer's net welfare from this market, without producer surplus of its own exporters. */
        public double importerNet() {
            return consumerSurplusChange + tariffRevenue + vatRevenue;
        }
    }

    /**
     * The accounts of an equilibrium.
     *
     * @param consumerSurplusChange CS change from the base equilibrium to {@code e} (0 for the base)
     * @param rentChange            change of the factor owners' rent by origin since the base
     * @param t                     duty rates by origin
     * @param sigmaF                within-origin elasticity by origin
     * @param fixedCosts            fixed costs of the serving firms by origin, US$ per period
     */
    public static Accounts of(
            ExactCes.Market market,
            ExactCes.Equilibrium e,
            double consumerSurplusChange,
            double[] rentChange,
            double[] t,
            double[] sigmaF,
            double[] fixedCosts) {
        int n = market.origins();
        double vat = 0;
        double[] producer = new double[n];
        for (int s = 0; s < n; s++) {
            vat += market.vatRate() * (1 + t[s]) * e.values()[s];
            producer[s] = e.values()[s] / sigmaF[s] - fixedCosts[s] + rentChange[s];
        }
        return new Accounts(consumerSurplusChange, e.tariffRevenue(), vat, producer);
    }
}
