package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The serving set of firms in any order (productivity shocks): the same as firms deciding one by one
 * in the order of weight over the revenue they need, each given those before it that serve; without
 * shocks and sunk cost, the prefix rule of the productivity ranking.
 */
class ServingSetTest {

    /** Firms decide one by one in the order of w/T, each serving if R w / (W + w) >= T. */
    private static boolean[] oneByOne(double[] w, boolean[] incumbent, double revenue, double stay, double entry) {
        Integer[] order = IntStream.range(0, w.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -w[i] / (incumbent[i] ? stay : entry)));
        boolean[] serving = new boolean[w.length];
        double total = 0;
        for (int i : order) {
            double needed = incumbent[i] ? stay : entry;
            if (revenue * w[i] / (total + w[i]) >= needed) {
                serving[i] = true;
                total += w[i];
            } else {
                break;
            }
        }
        return serving;
    }

    private static boolean[] servingSet(double[] w, boolean[] incumbent, double revenue, double stay, double entry) {
        return servingSet(w, incumbent, revenue, stay, entry, Double.NEGATIVE_INFINITY);
    }

    private static boolean[] servingSet(
            double[] w, boolean[] incumbent, double revenue, double stay, double entry, double floor) {
        boolean[] serving = new boolean[w.length];
        double cut =
                Productivity.servingSet(w, incumbent, revenue, stay, entry, floor, serving, new double[3][w.length]);
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i] / (incumbent[i] ? stay : entry) > cut, serving[i], "the cut returned, firm " + i);
        }
        return serving;
    }

    @Property(tries = 300)
    void itIsTheSetOfFirmsDecidingOneByOneInOrderOfWeightOverNeededRevenue(
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll @DoubleRange(min = 10, max = 1e6) double revenue,
            @ForAll @DoubleRange(min = 0.1, max = 1000) double stay,
            @ForAll @DoubleRange(min = 1, max = 5) double entryOverStay,
            @ForAll @DoubleRange(min = -10, max = 10) double logFloor) {
        java.util.Random random = new java.util.Random(seed);
        double[] w = new double[n];
        boolean[] incumbent = new boolean[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(3 * random.nextGaussian());
            incumbent[i] = random.nextBoolean();
        }
        boolean[] expected = oneByOne(w, incumbent, revenue, stay, stay * entryOverStay);
        assertArrayEquals(expected, servingSet(w, incumbent, revenue, stay, stay * entryOverStay));
        // Whatever the guess of where to start sorting, the same set.
        assertArrayEquals(expected, servingSet(w, incumbent, revenue, stay, stay * entryOverStay, Math.exp(logFloor)));
    }

    @Test
    void withoutShocksOrSunkCostItIsThePrefixOfTheRanking() {
        double[] w = {8, 4, 2, 1, 0.5};
        boolean[] serving = servingSet(w, new boolean[5], 1000, 200, 200);
        // 1000*8/8 >= 200; 1000*4/12 = 333 >= 200; 1000*2/14 = 143 < 200.
        assertArrayEquals(new boolean[] {true, true, false, false, false}, serving);
    }

    @Test
    void anIncumbentStaysWhereAnOutsiderOfTheSameWeightStaysOut() {
        double[] w = {8, 4, 4};
        boolean[] incumbent = {true, true, false};
        // Revenue a firm needs: 100 to stay, 300 to enter; the outsider would have 1000*4/16 = 250.
        assertArrayEquals(new boolean[] {true, true, false}, servingSet(w, incumbent, 1000, 100, 300));
    }

    @Test
    void withoutAFixedCostEveryIncumbentStays() {
        double[] w = {8, 1e-9, 4};
        boolean[] incumbent = {true, true, false};
        boolean[] serving = servingSet(w, incumbent, 1000, 0, 300);
        assertTrue(serving[0] && serving[1], "incumbents need no revenue");
        // The outsider's share counts the incumbents' weight: 1000*4/(8+1e-9+4) = 333 >= 300.
        assertTrue(serving[2]);
    }
}
