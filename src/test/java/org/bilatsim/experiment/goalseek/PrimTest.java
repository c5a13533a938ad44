package org.bilatsim.experiment.goalseek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrimTest {
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

    /** Cases of interest: a in [0.2, 0.6] and b in [0.5, 0.9]; c, d and e do not matter. */
    private static boolean inside(double[] x) {
        return x[0] >= 0.2 && x[0] <= 0.6 && x[1] >= 0.5 && x[1] <= 0.9;
    }

    @Test
    void recoversAKnownBoxFromALatinHypercube() {
        double[][] x = LatinHypercube.sample(3000, 5, 17);
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = inside(x[i]);
        }
        Prim.Result result = Prim.find(NAMES, x, y, Prim.Settings.defaults());
        Prim.Box first = result.boxes().get(0);
        assertTrue(first.meetsThreshold());
        Prim.Step box = first.box();
        assertEquals(0.2, box.lower()[0], 0.03);
        assertEquals(0.6, box.upper()[0], 0.03);
        assertEquals(0.5, box.lower()[1], 0.03);
        assertEquals(0.9, box.upper()[1], 0.03);
        assertEquals(2, box.restricted(), "c, d and e stay unrestricted");
        assertTrue(box.coverage() > 0.9 && box.density() > 0.9, box.coverage() + " " + box.density());
        // The trajectory starts from the whole sample and trades coverage for density.
        Prim.Step start = first.trajectory().get(0);
        assertEquals(1.0, start.coverage(), 0);
        assertEquals(1.0, start.mass(), 0);
        assertEquals(0.16, start.density(), 0.02);
        for (int i = 1; i < first.trajectory().size(); i++) {
            Prim.Step s = first.trajectory().get(i);
            Prim.Step before = first.trajectory().get(i - 1);
            assertTrue(s.pasted() ? s.mass() > before.mass() : s.mass() < before.mass());
        }
    }

    @Test
    void recoversTheBoxDespiteLabelNoiseAndStopsCoveringWhenNothingDenseIsLeft() {
        double[][] x = LatinHypercube.sample(4000, 3, 5);
        boolean[] y = new boolean[x.length];
        SplittableRandom noise = new SplittableRandom(1);
        for (int i = 0; i < x.length; i++) {
            boolean in = x[i][0] > 0.3 && x[i][0] < 0.8 && x[i][2] < 0.5;
            y[i] = in ^ noise.nextDouble() < 0.03;
        }
        Prim.Result result = Prim.find(List.of("a", "b", "c"), x, y, Prim.Settings.defaults());
        Prim.Box first = result.boxes().get(0);
        assertTrue(first.meetsThreshold());
        assertEquals(0.3, first.box().lower()[0], 0.05);
        assertEquals(0.8, first.box().upper()[0], 0.05);
        assertEquals(0.5, first.box().upper()[2], 0.05);
        assertTrue(first.box().density() > 0.9);
        // What is left is label noise: the next box is not dense enough, and covering stops there.
        assertEquals(2, result.boxes().size());
        assertTrue(!result.boxes().get(1).meetsThreshold());
    }

    @Test
    void theWorkbenchQuantileFallsBetweenDistinctValues() {
        assertEquals(1.5, Prim.quantile(new double[] {1, 1, 1, 2, 3}, 0.1), 1e-12);
        assertEquals(2.5, Prim.quantile(new double[] {1, 2, 3, 3, 3}, 0.9), 1e-12);
        assertEquals(2.5, Prim.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
    }

    @Test
    void aLatinHypercubeHasOnePointPerStratumAndIsReproducible() {
        double[][] a = LatinHypercube.sample(50, 3, 9);
        for (int j = 0; j < 3; j++) {
            boolean[] seen = new boolean[50];
            for (double[] row : a) {
                int stratum = (int) Math.floor(row[j] * 50);
                assertTrue(!seen[stratum]);
                seen[stratum] = true;
            }
        }
        double[][] b = LatinHypercube.sample(50, 3, 9);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a[i], b[i], 0);
        }
    }
}
