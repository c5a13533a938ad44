package org.bilatsim.economics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The bucket sort of uniform draws agrees with {@link Arrays#sort} on any input in [0, 1), uniform
 * or not, and sorting the draws then inverting them gives the productivities a sort of the
 * productivities gives.
 */
class UniformSortTest {
    @Provide
    Arbitrary<double[]> draws() {
        // Mixes uniform values, heavy repeats (one bucket holding many) and values next to 1 and 0.
        Arbitrary<Double> value = Arbitraries.oneOf(List.of(
                Arbitraries.doubles().between(0, 1).ofScale(16).filter(u -> u < 1),
                Arbitraries.of(0.0, 0.5, Math.nextDown(1.0), Double.MIN_VALUE, 0.25),
                Arbitraries.doubles().between(0.9999, 1).ofScale(16).filter(u -> u < 1)));
        return value.array(double[].class).ofMaxSize(300);
    }

    @Property(tries = 500)
    void agreesWithArraysSort(@ForAll("draws") double[] draws) {
        double[] expected = draws.clone();
        Arrays.sort(expected);
        double[] before = draws.clone();
        assertArrayEquals(expected, UniformSort.sortedCopy(draws));
        assertArrayEquals(before, draws, "the input is left as it is");
    }

    @Test
    void sortedDrawsGiveSortedProductivities() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int n : new int[] {0, 1, 2, 1_000, 200_000}) {
            double[] draws = new double[n];
            for (int j = 0; j < n; j++) {
                draws[j] = random.nextDouble();
            }
            double[] expected = new double[n];
            for (int j = 0; j < n; j++) {
                expected[j] = Productivity.paretoQuantile(draws[j], 3.4);
            }
            Arrays.sort(expected);
            double[] productivity = UniformSort.sortedCopy(draws);
            for (int j = 0; j < n; j++) {
                productivity[j] = Productivity.paretoQuantile(productivity[j], 3.4);
            }
            assertArrayEquals(expected, productivity, "n = " + n);
        }
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        for (double bad : new double[] {1.0, -Double.MIN_VALUE, -0.0, Double.NaN, 2.5}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> UniformSort.sortedCopy(new double[] {0.3, bad}),
                    String.valueOf(bad));
        }
    }
}
