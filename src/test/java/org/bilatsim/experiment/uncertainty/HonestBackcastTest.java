package org.bilatsim.experiment.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bilatsim.config.Observed;
import org.junit.jupiter.api.Test;

class HonestBackcastTest {
    /** 101 replications valued base·(0.90, 0.902, ..., 1.10): median = base, p5 = 0.91 base, p25 = 0.95 base. */
    private static double[] spread(double base) {
        double[] v = new double[101];
        for (int i = 0; i < v.length; i++) {
            // Listed in reverse, so replication 0 is the highest: the statistics must not use it.
            v[i] = base * (1.10 - 0.002 * i);
        }
        return v;
    }

    @Test
    void theCalibrationYearIsShownButLeftOutOfErrorAndCoverage() {
        List<Observed> observed = List.of(
                new Observed(2020, 100, "s"),
                new Observed(2021, 110, "s"),
                new Observed(2022, 200, "s"),
                new Observed(2023, 96, "s"));
        Map<Integer, double[]> simulated =
                Map.of(2020, spread(100), 2021, spread(100), 2022, spread(100), 2023, spread(100));
        HonestBackcast.Result r = HonestBackcast.of(observed, simulated, 2020);
        assertEquals(4, r.years().size());
        assertTrue(r.years().get(0).calibration());
        assertEquals(3, r.outOfSampleYears());
        assertEquals(101, r.replications());
        HonestBackcast.Year y2021 = r.years().get(1);
        assertEquals(100, y2021.medianUsd(), 1e-9, "the median, not replication 0 (110)");
        assertEquals(100.0 / 110 - 1, y2021.errorShare(), 1e-12);
        assertEquals(91, y2021.p5Usd(), 1e-9);
        assertEquals(95, y2021.p25Usd(), 1e-9);
        assertEquals(105, y2021.p75Usd(), 1e-9);
        assertEquals(109, y2021.p95Usd(), 1e-9);
        // 2021: 110 is outside both bands; 2022: 200 far outside; 2023: 96 inside both.
        assertFalse(y2021.inBand90());
        assertFalse(r.years().get(2).inBand90());
        assertTrue(r.years().get(3).inBand50());
        assertTrue(r.years().get(3).inBand90());
        double mae = (Math.abs(100.0 / 110 - 1) + Math.abs(100.0 / 200 - 1) + Math.abs(100.0 / 96 - 1)) / 3;
        assertEquals(mae, r.outOfSampleError(), 1e-12);
        assertEquals(1.0 / 3, r.coverage50(), 1e-12);
        assertEquals(1.0 / 3, r.coverage90(), 1e-12);
    }

    @Test
    void withOnlyTheCalibrationYearObservedThereIsNoOutOfSampleError() {
        HonestBackcast.Result r =
                HonestBackcast.of(List.of(new Observed(2020, 100, "s")), Map.of(2020, spread(100)), 2020);
        assertEquals(0, r.outOfSampleYears());
        assertTrue(Double.isNaN(r.outOfSampleError()));
    }
}
