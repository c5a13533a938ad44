package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The continuum closed form of the nested Melitz-Chaney model: Chaney's elasticity for a small
 * origin, and the exact finite-firm equilibrium approaches it with 10^5 potential firms.
 */
class MelitzChaneyTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** The rice market of the default scenario: Pakistan small next to the rest of the world. */
    private static ExactCes.Market rice(double sigma, double em, double ex) {
        return new ExactCes.Market(
                new double[] {1.8e6, 48.8e6}, new double[] {801, 912}, new double[] {ex, INF}, sigma, em, 0.18);
    }

    @Test
    void aSmallOriginsExportElasticityIsTheParetoShape() {
        // A tiny origin (so the market's index does not move), infinite Ex, sigmaF = sigma = 4.4, k = 5:
        // a 1% cut of its variable trade cost raises its exports by k = 5%, sigma-1 of which is intensive.
        ExactCes.Market market =
                new ExactCes.Market(new double[] {1, 1e12}, new double[] {1, 1}, new double[] {INF, INF}, 4.4, -1, 0);
        double[] t = {0, 0};
        MelitzChaney.Result r = MelitzChaney.compare(
                market, new MelitzChaney.Layer[] {new MelitzChaney.Layer(5, 4.4, 1), null}, t, t, new double[] {0.99, 1
                });
        double exports = r.margins()[0].exportRatio();
        assertEquals(5, -Math.log(exports) / Math.log(0.99), 1e-3, "Chaney: the elasticity is k");
        assertEquals(
                3.4 / 5,
                Math.log(r.margins()[0].intensiveRatio()) / Math.log(exports),
                1e-3,
                "intensive share (sigma-1)/k");
        assertEquals(exports, r.margins()[0].exportersRatio(), 1e-12, "N^ = R^/f^");
    }

    @Test
    void withoutALayerItIsTheExactCesEquilibrium() {
        ExactCes.Market market = rice(4.4, -1, 2);
        double[] t0 = {0.15, 0.15};
        double[] t1 = {0, 0.15};
        MelitzChaney.Result r = MelitzChaney.compare(market, new MelitzChaney.Layer[2], t0, t1, new double[] {1, 1});
        ExactCes.Change ces = ExactCes.compare(market, t0, t1);
        assertEquals(
                ces.after().values()[0],
                r.after().values()[0],
                1e-9 * ces.after().values()[0]);
    }

    /**
     * Potential firms, one per stratum of the Pareto distribution, largest first, each with its
     * stratum's mean sales weight: {@code N * integral of v^(-1/a) dv} over the stratum of
     * {@code v = 1 - u}, {@code a = k/(sigmaF-1)}. So the finite set carries the continuum's total
     * weight (the top stratum's too, which matters with heavy tails, a near 1).
     */
    private static double[] weights(int potential, double k, double sigmaF) {
        double a = k / (sigmaF - 1);
        double[] w = new double[potential];
        for (int j = 0; j < potential; j++) {
            double low = (double) j / potential;
            double high = (double) (j + 1) / potential;
            w[j] = potential * (Math.pow(high, 1 - 1 / a) - Math.pow(low, 1 - 1 / a)) / (1 - 1 / a);
        }
        return w;
    }

    @ParameterizedTest(name = "sigma {0}, sigmaF {1}, k {2}, duty {3} to {4}, Ex {5}")
    @CsvSource({
        "2, 2, 3, 0.15, 0, infinite",
        "2, 3, 3, 0.15, 0, infinite",
        "4.4, 4.4, 4, 0.15, 0, infinite",
        "4.4, 6, 8, 0.15, 0, infinite",
        "8, 8, 8, 0.15, 0, infinite",
        "4.4, 4.4, 5, 0.15, 0.05, infinite",
        "3, 4, 6, 0.15, 0.05, infinite",
        "4.4, 4.4, 4, 0, 0.15, infinite",
        "6, 6, 7, 0.05, 0.30, infinite",
        "4.4, 4.4, 4, 0.15, 0, 2",
        "2, 2.5, 3, 0.15, 0, 0.5",
        "8, 8, 8, 0.15, 0.05, 5"
    })
    void theFiniteFirmEquilibriumApproachesTheContinuumWithManyFirms(
            double sigma, double sigmaF, double k, double t0, double t1, String ex) {
        ExactCes.Market market = rice(sigma, -1, ex.equals("infinite") ? INF : Double.parseDouble(ex));
        double[] w = weights(100_000, k, sigmaF);
        double revenue = 1.8e6 / 12 / 1.1;
        double f = Productivity.calibratedFixedCost(w, 5_000, revenue, sigmaF);
        ExactCes.Firms firms = new ExactCes.Firms(w, f, sigmaF, 12);
        double[] before = {t0, 0.15};
        double[] after = {t1, 0.15};
        ExactCes.Change finite = ExactCes.compare(market, new ExactCes.Firms[] {firms, null}, before, after);
        MelitzChaney.Result continuum = MelitzChaney.compare(
                market,
                new MelitzChaney.Layer[] {new MelitzChaney.Layer(k, sigmaF, 1), null},
                before,
                after,
                new double[] {1, 1});
        double finiteRatio = finite.after().values()[0] / finite.before().values()[0];
        double continuumRatio = continuum.margins()[0].exportRatio();
        assertEquals(continuumRatio, finiteRatio, 0.02 * continuumRatio, "exports");
        double finiteExporters =
                (double) finite.after().servingFirms()[0] / finite.before().servingFirms()[0];
        assertEquals(
                continuum.margins()[0].exportersRatio(),
                finiteExporters,
                0.02 * continuum.margins()[0].exportersRatio(),
                "exporters");
        ExactCes.Change ces = ExactCes.compare(market, before, after);
        double cesRatio = ces.after().values()[0] / ces.before().values()[0];
        assertTrue(t1 < t0 ? continuumRatio > cesRatio : continuumRatio < cesRatio, "both margins move together");
    }
}
