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
        double infinite =
                Smart.evaluate(1e6, 1e7, 0.15, 0, 0.15, 0.15, -1.2, 4, INF).tradeCreationPartner();
        assertEquals(-1.2 * 1e6 * -0.15 / 1.15, infinite, 1e-6);
        double finite =
                Smart.evaluate(1e6, 1e7, 0.15, 0, 0.15, 0.15, -1.2, 4, 2).tradeCreationPartner();
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

    @Test
    void theConsistentReadingIsTheClosedFormWithInfiniteSupplyElasticity() {
        Smart.Result published = Smart.evaluate(1.8e6, 48.8e6, 0.15, 0, 0.15, 0.15, -1, 4.4, INF, INF);
        Smart.Result consistent = Smart.consistent(1.8e6, 48.8e6, 0.15, 0, 0.15, 0.15, -1, 4.4, INF);
        assertEquals(published, consistent);
    }

    /**
     * Issue 14's example: Pakistan removes a 10% duty on Azerbaijani oil products (US$0.56 M a year
     * against US$5 bn from the rest of the world, sigma 3.23, Em -0.5) with the partner's Ex = 1. The
     * published closed form gives 2.8 times the exact CES change and is off its own supply curve; the
     * consistent reading stays on it and comes close to the exact value.
     */
    @Test
    void theConsistentReadingKeepsThePartnerOnItsSupplyCurve() {
        double mp = 0.56e6;
        double mr = 5e9;
        Smart.Result published = Smart.evaluate(mp, mr, 0.10, 0, 0.10, 0.10, -0.5, 3.23, 1, INF);
        Smart.Result consistent = Smart.consistent(mp, mr, 0.10, 0, 0.10, 0.10, -0.5, 3.23, 1);
        assertEquals(
                consistent.worldPriceChange(),
                consistent.totalPartnerChange() / mp,
                1e-9,
                "Ex w^ = (TC + TD) / M_P with Ex = 1");
        ExactCes.Change exact = ExactCes.compare(
                new ExactCes.Market(new double[] {mp, mr}, new double[] {1, 1}, new double[] {1, INF}, 3.23, -0.5, 0),
                new double[] {0.10, 0.10},
                new double[] {0, 0.10});
        // SMART reports volumes at base prices; the exact model's volume change of the partner:
        double exactVolume = exact.after().volumes()[0] - exact.before().volumes()[0];
        double publishedGap = published.totalPartnerChange() / exactVolume;
        double consistentGap = consistent.totalPartnerChange() / exactVolume;
        assertTrue(publishedGap > 2.5, "the closed form overshoots: " + publishedGap);
        assertTrue(Math.abs(consistentGap - 1) < 0.15, "the consistent reading is close to exact: " + consistentGap);
    }
}
