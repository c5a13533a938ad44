package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bilatsim.economics.Productivity;
import org.junit.jupiter.api.Test;

/**
 * The one-pass month of {@link FirmShocks} (firms passed over in log space, only the candidates
 * weighed) gives bit for bit what drawing every firm, weighing every firm and deciding over all of
 * them with {@link Productivity#servingSet} gives: the same serving set, serving weight, entrants and
 * shipments, month after month, through jumps of revenue that make the cut fall below the floor,
 * months with no fixed cost and a band of inaction.
 */
class FirmShocksTest {
    private static final double SIGMA_F = 4.4;
    private static final double RHO = 0.9;
    private static final double SD = 0.1;

    @Test
    void theOnePassMonthIsTheMonthOverEveryFirmBitForBit() {
        int n = 3000;
        MersenneTwisterFast setup = new MersenneTwisterFast(7);
        double[] w0 = new double[n];
        for (int i = 0; i < n; i++) {
            w0[i] = Productivity.salesWeight(Productivity.paretoQuantile(setup.nextDouble(), 4), SIGMA_F);
        }
        FirmShocks shocks = new FirmShocks(w0.clone(), SIGMA_F, RHO, SD, new MersenneTwisterFast(11));
        // The same firms the long way, from the same stream.
        ZigguratSampler.NormalizedGaussian normal =
                ZigguratSampler.NormalizedGaussian.of(new MersenneTwisterFast(11)::nextLong);
        double stationary = Productivity.stationaryShockSd(RHO, SD);
        double[] z = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = stationary * normal.sample();
            w[i] = w0[i] * Math.exp((SIGMA_F - 1) * z[i]);
        }
        boolean[] serving = new boolean[n];
        boolean[] incumbent = new boolean[n];
        double[][] scratch = new double[3][n];
        double lastCut = Double.NaN;
        MersenneTwisterFast path = new MersenneTwisterFast(5);
        int lowered = 0;
        int noFixedCost = 0;
        for (int month = 0; month < 400; month++) {
            // Revenue mostly near 10^6 with occasional jumps (the cut then falls below half of
            // last month's, and the floor is lowered), a fixed cost that is sometimes zero, and a
            // sunk cost on top for outsiders.
            double revenue =
                    1e6 * (path.nextDouble() < 0.05 ? 10 + 20 * path.nextDouble() : 0.8 + 0.4 * path.nextDouble());
            boolean free = path.nextDouble() < 0.03;
            double stay = free ? 0 : SIGMA_F * 2000;
            double entry = stay + SIGMA_F * 300;
            int count =
                    month == 0 ? shocks.decide(revenue, stay, entry) : shocks.advanceAndDecide(revenue, stay, entry);
            if (month > 0) {
                for (int i = 0; i < n; i++) {
                    z[i] = Productivity.nextLogShock(z[i], RHO, SD, normal.sample());
                    w[i] = w0[i] * Math.exp((SIGMA_F - 1) * z[i]);
                }
            }
            System.arraycopy(serving, 0, incumbent, 0, n);
            double floor =
                    Double.isNaN(lastCut) || lastCut <= 0 || Double.isInfinite(lastCut) ? Double.NaN : lastCut / 2;
            double cut = Productivity.servingSet(w, incumbent, revenue, stay, entry, floor, serving, scratch);
            lowered += !Double.isNaN(floor) && cut < floor ? 1 : 0;
            noFixedCost += free ? 1 : 0;
            lastCut = cut;
            double weight = 0;
            double booked = 0;
            int expectedCount = 0;
            int entrants = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(serving[i], shocks.serving(i), "month " + month + ", firm " + i);
                if (serving[i]) {
                    weight += w[i];
                    expectedCount++;
                    entrants += incumbent[i] ? 0 : 1;
                }
            }
            for (int i = 0; i < n; i++) {
                booked += serving[i] ? 1234.5 * w[i] / weight : 0;
            }
            assertEquals(expectedCount, count, "month " + month);
            assertEquals(Double.doubleToLongBits(weight), Double.doubleToLongBits(shocks.servingWeight()));
            assertEquals(entrants, shocks.entrants(), "month " + month);
            assertEquals(
                    Double.doubleToLongBits(booked),
                    Double.doubleToLongBits(shocks.ship(1234.5, shocks.servingWeight())));
            assertEquals(Double.doubleToLongBits(w[month % n]), Double.doubleToLongBits(shocks.weight(month % n)));
        }
        assertTrue(lowered > 5, "months whose cut fell below the first floor: " + lowered);
        assertTrue(noFixedCost > 3, "months without a fixed cost: " + noFixedCost);
    }
}
