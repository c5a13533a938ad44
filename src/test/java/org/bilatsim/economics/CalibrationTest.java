package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void fullKnowledgeGivesBaseSharesAndUnitPriceIndex() {
        double[] prices = {801 * 1.18, 912 * 1.15 * 1.18};
        double[] volumes = {2247, 53509};
        Calibration.Result r =
                Calibration.calibrate(new double[] {1}, new boolean[][] {{true, true}}, prices, volumes, 4.4, -1);
        assertEquals(1.0, Ces.priceIndex(r.shareParameters(), prices, null, 4.4), 1e-12);
        double[] q = new double[2];
        Ces.demand(r.shareParameters(), prices, null, 4.4, -1, r.demandLevel(), q);
        assertEquals(volumes[0], q[0], volumes[0] * 1e-12);
        assertEquals(volumes[1], q[1], volumes[1] * 1e-12);
    }

    @Test
    void buyersWhoDoNotKnowAnOriginStillAddUpToObservedVolumes() {
        double[] prices = {945, 1237};
        double[] volumes = {2247, 53509};
        double[] weights = {0.3, 0.7};
        boolean[][] groups = {{true, true}, {false, true}};
        Calibration.Result r = Calibration.calibrate(weights, groups, prices, volumes, 4.4, -1.5);
        double[] total = new double[2];
        double[] q = new double[2];
        for (int g = 0; g < 2; g++) {
            Ces.demand(r.shareParameters(), prices, groups[g], 4.4, -1.5, r.demandLevel() * weights[g], q);
            total[0] += q[0];
            total[1] += q[1];
        }
        assertEquals(volumes[0], total[0], volumes[0] * 1e-9);
        assertEquals(volumes[1], total[1], volumes[1] * 1e-9);
    }

    @Test
    void anOriginKnownByBuyersSmallerThanItsShareCannotBeCalibrated() {
        var e = assertThrows(
                Calibration.Infeasible.class,
                () -> Calibration.calibrate(
                        new double[] {0.03, 0.97},
                        new boolean[][] {{true, true}, {false, true}},
                        new double[] {1, 1},
                        new double[] {5, 95},
                        4,
                        -1));
        assertEquals(
                "origin 0: the buyers who know it hold 3.0% of demand, not more than its base share of 5.0%",
                e.getMessage());
    }

    @Test
    void anOriginNobodyKnowsCannotBeCalibrated() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> Calibration.calibrate(
                        new double[] {1},
                        new boolean[][] {{false, true}},
                        new double[] {1, 1},
                        new double[] {1, 1},
                        2,
                        -1));
        assertEquals(
                "origin 0: the buyers who know it hold 0.0% of demand, not more than its base share of 50.0%",
                e.getMessage());
    }
}
