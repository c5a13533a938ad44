package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExactCesTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static ExactCes.Market rice(double sigma, double em, double partnerEx) {
        return new ExactCes.Market(
                new double[] {1.8e6, 48.8e6}, new double[] {801, 912}, new double[] {partnerEx, INF}, sigma, em, 0.18);
    }

    @Test
    void unchangedDutiesReproduceBaseFlows() {
        ExactCes.Change c = ExactCes.compare(rice(4.4, -1, INF), new double[] {0.15, 0.15}, new double[] {0.15, 0.15});
        assertEquals(1.8e6, c.before().values()[0], 1e-3);
        assertEquals(48.8e6, c.before().values()[1], 1e-3);
        assertEquals(1.0, c.before().priceIndex(), 1e-12);
        assertEquals(0, c.consumerSurplusChange(), 1e-6);
    }

    @Test
    void priceTakerCutMatchesTheClosedFormCesSolution() {
        double sigma = 4.4;
        double em = -1.3;
        ExactCes.Change c = ExactCes.compare(rice(sigma, em, INF), new double[] {0.15, 0.15}, new double[] {0, 0.15});
        // Closed form with base price index 1: P1^(1-sigma) = theta_P (1/1.15)^(1-sigma) + theta_R,
        // q_s1/q_s0 = (p_s1/p_s0)^(-sigma) P1^(sigma+Em).
        double thetaP = 1.8 / 50.6;
        double relative = 1 / 1.15;
        double p1 = Math.pow(thetaP * Math.pow(relative, 1 - sigma) + (1 - thetaP), 1 / (1 - sigma));
        double partner = 1.8e6 * Math.pow(relative, -sigma) * Math.pow(p1, sigma + em);
        double rest = 48.8e6 * Math.pow(p1, sigma + em);
        assertEquals(partner, c.after().values()[0], partner * 1e-9);
        assertEquals(rest, c.after().values()[1], rest * 1e-9);
        assertEquals(p1, c.after().priceIndex(), 1e-12);
        assertTrue(c.consumerSurplusChange() > 0);
    }

    @Test
    void finiteSupplyElasticityClearsTheMarketAndRaisesThePartnersWorldPrice() {
        double ex = 2;
        ExactCes.Change c = ExactCes.compare(rice(4.4, -1, ex), new double[] {0.15, 0.15}, new double[] {0, 0.15});
        double priceRatio = c.after().customsPrices()[0] / 801;
        double supplied = 1.8e6 / 801 * Math.pow(priceRatio, ex);
        assertEquals(supplied, c.after().volumes()[0], supplied * 1e-9);
        assertTrue(priceRatio > 1, "a cut raises demand, so an upward-sloping supply raises the price");
        ExactCes.Change elastic =
                ExactCes.compare(rice(4.4, -1, INF), new double[] {0.15, 0.15}, new double[] {0, 0.15});
        assertTrue(c.after().volumes()[0] < elastic.after().volumes()[0]);
    }

    @Test
    void revenueIsRateTimesDutiableValue() {
        ExactCes.Change c = ExactCes.compare(rice(3, -2, 1.5), new double[] {0.15, 0.15}, new double[] {0.05, 0.15});
        double expected = 0.05 * c.after().values()[0] + 0.15 * c.after().values()[1];
        assertEquals(expected, c.after().tariffRevenue(), 1e-6);
    }
}
