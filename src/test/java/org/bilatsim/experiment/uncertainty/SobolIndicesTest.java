package org.bilatsim.experiment.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {
    /**
     * Ishigami and Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i uniform on [−π, π].
     * Its indices are known in closed form; for a = 7, b = 0.1: S = (0.3139, 0.4424, 0) and
     * S_T = (0.5576, 0.4424, 0.2437).
     */
    private static double ishigami(double[] u) {
        double x1 = Math.PI * (2 * u[0] - 1);
        double x2 = Math.PI * (2 * u[1] - 1);
        double x3 = Math.PI * (2 * u[2] - 1);
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void theIshigamiIndicesComeOutWithinTwoHundredthsAtN4096() {
        SobolIndices.Result r = SobolIndices.evaluate(
                SaltelliDesign.of(4096, 3), List.of("x1", "x2", "x3"), SobolIndicesTest::ishigami, 200, 42);
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            SobolIndices.Index index = r.indices().get(i);
            assertEquals(first[i], index.first(), 0.02, "S_" + (i + 1));
            assertEquals(total[i], index.total(), 0.02, "S_T" + (i + 1));
            assertTrue(index.firstLow() <= index.first() && index.first() <= index.firstHigh(), index.toString());
            assertTrue(index.totalLow() <= index.total() && index.total() <= index.totalHigh(), index.toString());
        }
        // The analytic variance: a²/8 + b π⁴/5 + b² π⁸/18 + 1/2.
        double v = 49 / 8.0 + 0.1 * Math.pow(Math.PI, 4) / 5 + 0.01 * Math.pow(Math.PI, 8) / 18 + 0.5;
        assertEquals(v, r.variance(), 0.05 * v);
        assertEquals(
                List.of("x1", "x2", "x3"),
                r.rankedByTotal().stream().map(SobolIndices.Index::input).toList());
    }

    @Test
    void theBootstrapIntervalsNarrowAsTheSampleGrowsAndCoverTheTruth() {
        SobolIndices.Result small = SobolIndices.evaluate(
                SaltelliDesign.of(256, 3), List.of("x1", "x2", "x3"), SobolIndicesTest::ishigami, 500, 7);
        SobolIndices.Result large = SobolIndices.evaluate(
                SaltelliDesign.of(4096, 3), List.of("x1", "x2", "x3"), SobolIndicesTest::ishigami, 500, 7);
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertTrue(
                    large.indices().get(i).totalWidth() < small.indices().get(i).totalWidth() / 2,
                    "width falls roughly as 1/sqrt N");
            SobolIndices.Index index = large.indices().get(i);
            assertTrue(index.totalLow() - 0.01 <= total[i] && total[i] <= index.totalHigh() + 0.01, index.toString());
        }
    }

    @Test
    void anAdditiveLinearModelHasFirstOrderEqualToTotalInProportionToItsSquaredWeights() {
        // f = 1·x1 + 2·x2 + 0·x3 with x uniform: variances 1 : 4 : 0, so S = S_T = (0.2, 0.8, 0).
        SobolIndices.Result r =
                SobolIndices.evaluate(SaltelliDesign.of(2048, 3), List.of("a", "b", "c"), u -> u[0] + 2 * u[1], 0, 1);
        assertEquals(0.2, r.indices().get(0).first(), 0.01);
        assertEquals(0.8, r.indices().get(1).first(), 0.01);
        assertEquals(0.0, r.indices().get(2).first(), 1e-12);
        assertEquals(0.0, r.indices().get(2).total(), 1e-12, "an input the model ignores has total index 0 exactly");
        assertEquals(0.2, r.indices().get(0).total(), 0.01);
    }

    @Test
    void aConstantOutputHasNoIndices() {
        SobolIndices.Result r = SobolIndices.evaluate(SaltelliDesign.of(64, 2), List.of("a", "b"), u -> 3, 10, 1);
        assertEquals(0, r.variance());
        assertTrue(Double.isNaN(r.indices().get(0).total()));
    }

    @Test
    void theDesignHasNPlusTwoRowsPerSampleAndEveryCoordinateInsideTheCube() {
        SaltelliDesign design = SaltelliDesign.of(128, 4);
        List<double[]> points = design.points();
        assertEquals(128 * 6, points.size());
        for (double[] p : points) {
            for (double x : p) {
                assertTrue(x > 0 && x < 1, "coordinate " + x);
            }
        }
        // A_B^2 of sample 5 is A_5 with coordinate 2 from B_5.
        double[] a = points.get(5 * 6);
        double[] b = points.get(5 * 6 + 1);
        double[] ab2 = points.get(5 * 6 + 2 + 2);
        assertEquals(b[2], ab2[2]);
        assertEquals(a[0], ab2[0]);
        assertEquals(a[3], ab2[3]);
        assertEquals(5, design.sampleOf(5 * 6 + 3));
    }
}
