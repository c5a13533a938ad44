package org.bilatsim.experiment.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterDesignTest {
    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryParameterExactlyOnce() {
        int n = 200;
        double[][] u = ParameterDesign.of(ParameterDesign.Kind.LATIN_HYPERCUBE, List.of("a", "b", "c"), n, 42);
        for (int j = 0; j < 3; j++) {
            boolean[] used = new boolean[n];
            for (int k = 0; k < n; k++) {
                assertTrue(u[k][j] > 0 && u[k][j] < 1);
                int stratum = (int) Math.floor(u[k][j] * n);
                assertTrue(!used[stratum], "stratum " + stratum + " used twice");
                used[stratum] = true;
            }
        }
    }

    @Test
    void aParametersDrawsDependOnItsNameNotOnTheOtherParametersOrTheirOrder() {
        double[][] two =
                ParameterDesign.of(ParameterDesign.Kind.LATIN_HYPERCUBE, List.of("elasticity", "awareness"), 50, 7);
        double[][] three = ParameterDesign.of(
                ParameterDesign.Kind.LATIN_HYPERCUBE, List.of("growth", "awareness", "elasticity"), 50, 7);
        for (int k = 0; k < 50; k++) {
            assertEquals(two[k][0], three[k][2], 0);
            assertEquals(two[k][1], three[k][1], 0);
        }
    }

    @Test
    void theDesignIsAPureFunctionOfItsInputsSoEveryThreadAndScenarioSeesTheSameDraws() throws Exception {
        for (ParameterDesign.Kind kind : ParameterDesign.Kind.values()) {
            double[][] first = ParameterDesign.of(kind, List.of("a", "b"), 64, 99);
            // Computed on two threads at once, the same bytes.
            double[][][] parallel = new double[2][][];
            Thread t0 = new Thread(() -> parallel[0] = ParameterDesign.of(kind, List.of("a", "b"), 64, 99));
            Thread t1 = new Thread(() -> parallel[1] = ParameterDesign.of(kind, List.of("a", "b"), 64, 99));
            t0.start();
            t1.start();
            t0.join();
            t1.join();
            for (int k = 0; k < 64; k++) {
                assertArrayEquals(first[k], parallel[0][k], 0);
                assertArrayEquals(first[k], parallel[1][k], 0);
            }
            double[][] otherSeed = ParameterDesign.of(kind, List.of("a", "b"), 64, 100);
            assertNotEquals(first[3][0], otherSeed[3][0], kind + ": another seed, other draws");
        }
    }

    @Test
    void aShiftedSobolDesignIsEvenlySpreadInEachCoordinate() {
        double[][] u = ParameterDesign.of(ParameterDesign.Kind.SOBOL, List.of("a", "b", "c"), 256, 3);
        for (int j = 0; j < 3; j++) {
            int[] quarters = new int[4];
            for (double[] row : u) {
                assertTrue(row[j] > 0 && row[j] < 1);
                quarters[(int) (row[j] * 4)]++;
            }
            for (int q : quarters) {
                assertTrue(Math.abs(q - 64) <= 2, "each quarter holds a quarter of the points: " + q);
            }
        }
        assertEquals(ParameterDesign.Kind.SOBOL, ParameterDesign.Kind.of("Sobol"));
    }
}
