package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmartTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void textbookTariffOfTwentyFivePercentCutsHalfAMillionUnitsTo425000AndRaises2125000() {
        // 500,000 units at a world price of US$20; duty 0 -> 25%; Em = -0.6; price takers.
        double price = 20;
        Smart.Result r = Smart.evaluate(500_000 * price, 0, 0, 0.25, 0, 0, -0.6, 1.5, INF);
        double units = (500_000 * price + r.tradeCreationPartner()) / price;
        assertEquals(425_000, units, 1e-6);
        assertEquals(2_125_000, r.revenueAfter(), 1e-6);
        assertEquals(0, r.revenueBefore());
        assertTrue(r.welfare() < 0, "a tariff rise is a welfare loss");
    }

    @Test
    void tradeCreationFollowsLairdYeatsAndShrinksWithFiniteSupplyElasticity() {
        double infinite = Smart.evaluate(1e6, 1e7, 0.15, 0, 0.15, 0.15, -1.2, 4, INF).tradeCreationPartner();
        assertEquals(-1.2 * 1e6 * -0.15 / 1.15, infinite, 1e-6);
        double finite = Smart.evaluate(1e6, 1e7, 0.15, 0, 0.15, 0.15, -1.2, 4, 2).tradeCreationPartner();
        assertEquals(infinite / (1 + 1.2 / 2), finite, 1e-6);
    }

    @Test
    void diversionNeverExceedsRestOfWorldImports() {
        Smart.Result r = Smart.evaluate(1e6, 2e5, 0.5, 0, 0, 0, -1, 50, INF);
        assertTrue(r.tradeDiversion() > 0);
        assertTrue(r.tradeDiversion() <= 2e5);
    }

    @Test
    void diversionMatchesTheLairdYeatsFormulaForAPartnerCut() {
        double mp = 1.8e6;
        double mr = 48.8e6;
        double sigma = 4.4;
        double x = 0.15 / 1.15;
        Smart.Result r = Smart.evaluate(mp, mr, 0.15, 0, 0.15, 0.15, -1, sigma, INF);
        assertEquals(mp * mr * sigma * x / (mp + mr + mp * sigma * x), r.tradeDiversion(), 1e-6);
    }

    @Test
    void aPartnerDutyRiseDivertsTradeAwayFromThePartner() {
        Smart.Result r = Smart.evaluate(1.8e6, 48.8e6, 0, 0.15, 0.15, 0.15, -1, 4.4, INF);
        assertTrue(r.tradeDiversion() < 0);
        assertTrue(r.tradeCreationPartner() < 0);
    }
}
