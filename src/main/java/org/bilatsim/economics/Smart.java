package org.bilatsim.economics;

/**
 * The SMART partial-equilibrium model (Laird and Yeats 1986, as implemented in the World Bank's
 * WITS), for one importer, one product, a partner P whose duty changes and the rest of the world R.
 * Values are in US$ (SMART treats trade values as quantities at a world price of 1).
 * <pre>
 *   trade creation   TC_s = Em * M_s * (t1_s - t0_s) / (1 + t0_s) / (1 - Em/Ex)
 *   relative price   rho  = ((1+t1_P)/(1+t0_P)) / ((1+t1_R)/(1+t0_R)) - 1
 *   trade diversion  TD_P = M_P M_R sigma (-rho) / (M_P + M_R + M_P sigma (-rho)),  at most M_R
 *                    (mirrored when the partner becomes dearer), TD_R = -TD_P
 *   world price      dw/w = (TC_P / M_P) / Ex
 *   revenue          R0 = t0_P M_P + t0_R M_R
 *                    R1 = t1_P (1 + dw/w) (M_P + TC_P + TD_P) + t1_R (M_R + TC_R - TD_P)
 *   welfare          W  = 0.5 * sum_s |t1_s - t0_s| * TC_s       (the triangle: a gain for a cut, a loss for a rise)
 * </pre>
 * Em is negative here (WITS shows its magnitude); an infinite Ex drops the {@code (1 - Em/Ex)} term.
 * Sources: Laird and Yeats (1986), "The UNCTAD trade policy simulation model", UNCTAD Discussion
 * Paper 19; Jammes and Olarreaga (2005), "Explaining SMART and GSIM", World Bank; WITS online help
 * (SMART: trade creation, trade diversion, revenue, welfare).
 */
public final class Smart {
    private Smart() {}

    /** The SMART effects, US$ per period (TD: positive = towards the partner). */
    public record Result(
            double tradeCreationPartner,
            double tradeCreationRest,
            double tradeDiversion,
            double worldPriceChange,
            double revenueBefore,
            double revenueAfter,
            double welfare) {
        public double totalPartnerChange() {
            return tradeCreationPartner + tradeDiversion;
        }

        public double revenueChange() {
            return revenueAfter - revenueBefore;
        }
    }

    /** SMART with the same export supply elasticity for the partner and the rest of the world. */
    public static Result evaluate(
            double importsPartner,
            double importsRest,
            double t0Partner,
            double t1Partner,
            double t0Rest,
            double t1Rest,
            double importDemandElasticity,
            double sigma,
            double exportSupplyElasticity) {
        return evaluate(
                importsPartner,
                importsRest,
                t0Partner,
                t1Partner,
                t0Rest,
                t1Rest,
                importDemandElasticity,
                sigma,
                exportSupplyElasticity,
                exportSupplyElasticity);
    }

    /** SMART with the partner's and the rest of the world's own export supply elasticities. */
    public static Result evaluate(
            double importsPartner,
            double importsRest,
            double t0Partner,
            double t1Partner,
            double t0Rest,
            double t1Rest,
            double importDemandElasticity,
            double sigma,
            double exportSupplyElasticity,
            double restSupplyElasticity) {
        double tcPartner = importDemandElasticity
                * importsPartner
                * (t1Partner - t0Partner)
                / (1 + t0Partner)
                / supplyTerm(importDemandElasticity, exportSupplyElasticity);
        double tcRest = importDemandElasticity
                * importsRest
                * (t1Rest - t0Rest)
                / (1 + t0Rest)
                / supplyTerm(importDemandElasticity, restSupplyElasticity);
        double rho = ((1 + t1Partner) / (1 + t0Partner)) / ((1 + t1Rest) / (1 + t0Rest)) - 1;
        double diversion = diversion(rho, importsPartner, importsRest, sigma);
        double priceChange = Double.isInfinite(exportSupplyElasticity) || importsPartner == 0
                ? 0
                : tcPartner / importsPartner / exportSupplyElasticity;
        double revenueBefore = t0Partner * importsPartner + t0Rest * importsRest;
        double revenueAfter = t1Partner * (1 + priceChange) * (importsPartner + tcPartner + diversion)
                + t1Rest * (importsRest + tcRest - diversion);
        // TC has the sign of (t0 - t1), so a cut gains the triangle and a rise loses it.
        double welfare = 0.5 * (Math.abs(t0Partner - t1Partner) * tcPartner + Math.abs(t0Rest - t1Rest) * tcRest);
        return new Result(tcPartner, tcRest, diversion, priceChange, revenueBefore, revenueAfter, welfare);
    }

    /**
     * SMART with a finite partner supply elasticity read consistently (issue 14): creation, diversion
     * and the partner's world price change {@code w^} are solved jointly so that the partner stays on
     * its supply curve, {@code Ex w^ = (TC + TD) / M_P}. The partner's consumer price moves by
     * {@code (1+t1)/(1+t0) (1+w^) - 1}; creation is {@code Em M_P} times that, diversion is SMART's
     * formula at the relative price including {@code w^}; the rest of the world is a price taker
     * here (as SMART's diversion assumes). WITS documents the price effect but not how it is solved;
     * this reading puts the partner on its supply curve, which the published closed form
     * ({@link #evaluate}: Laird-Yeats creation with {@code 1 - Em/Ex}, price change {@code TC/(M_P Ex)},
     * diversion ignoring Ex) does not. With infinite Ex, {@code w^ = 0} and the result is
     * {@link #evaluate}'s exactly.
     */
    public static Result consistent(
            double importsPartner,
            double importsRest,
            double t0Partner,
            double t1Partner,
            double t0Rest,
            double t1Rest,
            double importDemandElasticity,
            double sigma,
            double exportSupplyElasticity) {
        if (Double.isInfinite(exportSupplyElasticity) || importsPartner == 0) {
            return evaluate(
                    importsPartner,
                    importsRest,
                    t0Partner,
                    t1Partner,
                    t0Rest,
                    t1Rest,
                    importDemandElasticity,
                    sigma,
                    exportSupplyElasticity,
                    Double.POSITIVE_INFINITY);
        }
        // Excess of supply over demand on the partner's curve rises in w^: bisection on (-1, 10).
        double low = -1 + 1e-12;
        double high = 10;
        for (int i = 0; i < 200 && high - low > 1e-15; i++) {
            double mid = 0.5 * (low + high);
            double[] effects = partnerEffects(
                    mid,
                    importsPartner,
                    importsRest,
                    t0Partner,
                    t1Partner,
                    t0Rest,
                    t1Rest,
                    importDemandElasticity,
                    sigma);
            if (exportSupplyElasticity * mid - (effects[0] + effects[1]) / importsPartner > 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double priceChange = 0.5 * (low + high);
        double[] effects = partnerEffects(
                priceChange,
                importsPartner,
                importsRest,
                t0Partner,
                t1Partner,
                t0Rest,
                t1Rest,
                importDemandElasticity,
                sigma);
        double tcPartner = effects[0];
        double diversion = effects[1];
        double tcRest = importDemandElasticity * importsRest * (t1Rest - t0Rest) / (1 + t0Rest);
        double revenueBefore = t0Partner * importsPartner + t0Rest * importsRest;
        double revenueAfter = t1Partner * (1 + priceChange) * (importsPartner + tcPartner + diversion)
                + t1Rest * (importsRest + tcRest - diversion);
        double welfare = 0.5 * (Math.abs(t0Partner - t1Partner) * tcPartner + Math.abs(t0Rest - t1Rest) * tcRest);
        return new Result(tcPartner, tcRest, diversion, priceChange, revenueBefore, revenueAfter, welfare);
    }

    /** Creation and diversion towards the partner when its world price changes by {@code w^}. */
    private static double[] partnerEffects(
            double priceChange,
            double importsPartner,
            double importsRest,
            double t0Partner,
            double t1Partner,
            double t0Rest,
            double t1Rest,
            double importDemandElasticity,
            double sigma) {
        double partnerPrice = (1 + t1Partner) / (1 + t0Partner) * (1 + priceChange) - 1;
        double tc = importDemandElasticity * importsPartner * partnerPrice;
        double rho = (1 + partnerPrice) / ((1 + t1Rest) / (1 + t0Rest)) - 1;
        double diversion = diversion(rho, importsPartner, importsRest, sigma);
        return new double[] {tc, diversion};
    }

    private static double supplyTerm(double importDemandElasticity, double exportSupplyElasticity) {
        return Double.isInfinite(exportSupplyElasticity) ? 1 : 1 - importDemandElasticity / exportSupplyElasticity;
    }

    /**
     * Trade diversion (US$) for a relative change {@code rho} of the partner's price against the rest
     * of the world's: from the rest to the partner when the partner became cheaper, the other way when
     * it became dearer, at most the imports of the side that loses (Jammes and Olarreaga 2005).
     */
    private static double diversion(double rho, double importsPartner, double importsRest, double sigma) {
        if (rho < 0) {
            double x = -rho;
            return Math.min(
                    importsRest,
                    importsPartner
                            * importsRest
                            * sigma
                            * x
                            / (importsPartner + importsRest + importsPartner * sigma * x));
        }
        if (rho > 0) {
            double x = 1 - 1 / (1 + rho);
            return -Math.min(
                    importsPartner,
                    importsRest
                            * importsPartner
                            * sigma
                            * x
                            / (importsRest + importsPartner + importsRest * sigma * x));
        }
        return 0;
    }
}
