package org.bilatsim.config.uncertain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParameterDistributionTest {
    private static final double EPS = 1e-9;

    @Test
    void aLognormalFittedToAnElasticityRangeHasItsMedianAndAGeometricMeanOfItsEnds() {
        ParameterDistribution d = QuantileFit.fit("lognormal", 4.4, 2.5, 7.5);
        assertEquals(4.4, d.median(), EPS);
        // sigma = ln(7.5 / 2.5) / (2 z95): the fitted p5 and p95 are median ÷ and × e^(z95 sigma) = sqrt 3.
        double factor = Math.sqrt(3);
        assertEquals(4.4 / factor, d.quantile(0.05), 1e-9);
        assertEquals(4.4 * factor, d.quantile(0.95), 1e-9);
        assertEquals(Math.log(3) / (2 * ParameterDistribution.Z95), ((ParameterDistribution.Lognormal) d).sigma(), EPS);
    }

    @Test
    void aNormalFittedToASymmetricRangeMeetsAllThreeQuantiles() {
        ParameterDistribution d = QuantileFit.fit("normal", 0.5, 0.3, 0.7);
        assertEquals(0.3, d.quantile(0.05), EPS);
        assertEquals(0.5, d.quantile(0.5), EPS);
        assertEquals(0.7, d.quantile(0.95), EPS);
    }

    @Test
    void aUniformFittedToP5AndP95ExtendsFivePercentBeyondEachEnd() {
        ParameterDistribution.Uniform d = (ParameterDistribution.Uniform) QuantileFit.fit("uniform", 0.5, 0.05, 0.95);
        assertEquals(0.0, d.min(), EPS);
        assertEquals(1.0, d.max(), EPS);
        assertEquals(0.25, d.quantile(0.25), EPS);
    }

    @Test
    void triangularAndPertFitsMeetASkewedRangeExactly() {
        for (String kind : new String[] {"triangular", "pert"}) {
            ParameterDistribution d = QuantileFit.fit(kind, 0.3, 0.1, 0.6);
            assertEquals(0.1, d.quantile(0.05), 1e-3, kind);
            assertEquals(0.3, d.quantile(0.5), 1e-3, kind);
            assertEquals(0.6, d.quantile(0.95), 1e-3, kind);
            assertEquals(kind, d.kind());
        }
        // A triangular with its mode at its minimum has (median - p5) / (p95 - median) = 0.55, its most
        // skewed; one third is more skew than any triangular has.
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> QuantileFit.fit("triangular", 0.3, 0.1, 0.9));
        assertTrue(e.getMessage().contains("too close to one end"), e.getMessage());
    }

    @Test
    void aTriangularsQuantilesFollowItsClosedForm() {
        ParameterDistribution.Triangular t = new ParameterDistribution.Triangular(0, 1, 4);
        // F(x) = x² / 4 on [0, 1]: F(0.5) = 1/16.
        assertEquals(0.5, t.quantile(1.0 / 16), 1e-9);
        // 1 − F(x) = (4 − x)² / 12 on [1, 4]: the median is 4 − sqrt 6.
        assertEquals(4 - Math.sqrt(6), t.quantile(0.5), 1e-9);
    }

    @Test
    void aPertWithItsModeInTheMiddleIsASymmetricBetaFourFour() {
        ParameterDistribution.Pert p = new ParameterDistribution.Pert(10, 15, 20);
        assertEquals(15, p.median(), 1e-9);
        assertEquals(20 - p.quantile(0.1), p.quantile(0.9) - 10, 1e-9);
        // Beta(3, 3) has variance 1/28: sd of the PERT is 10 / sqrt 28 ≈ 1.89, so its 5th percentile
        // is near 15 − 1.645 · 1.89 (a beta is lighter-tailed than a normal: a little inside).
        assertTrue(p.quantile(0.05) > 15 - 1.645 * 10 / Math.sqrt(28) - 0.01 && p.quantile(0.05) < 12.5);
    }

    @Test
    void aChoiceReturnsEachValueWithItsWeight() {
        ParameterDistribution.Choice c =
                new ParameterDistribution.Choice(new double[] {1, 0.5, 0.25}, new double[] {1, 2, 1});
        assertEquals(1, c.quantile(0.24), 0);
        assertEquals(0.5, c.quantile(0.26), 0);
        assertEquals(0.5, c.quantile(0.74), 0);
        assertEquals(0.25, c.quantile(0.76), 0);
        assertEquals(c, new ParameterDistribution.Choice(new double[] {1, 0.5, 0.25}, new double[] {1, 2, 1}));
    }

    @Test
    void aRangeALognormalCannotHaveIsRefusedWithTheClosestFit() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> QuantileFit.fit("lognormal", 7, 1, 7.5));
        assertTrue(e.getMessage().contains("a lognormal cannot have median 7"), e.getMessage());
        assertTrue(e.getMessage().contains("triangular or pert"), e.getMessage());
    }

    @Test
    void quantilesOutOfOrderAndUnknownKindsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QuantileFit.fit("normal", 1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> QuantileFit.fit("lognormal", 1, -1, 3));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> QuantileFit.fit("cauchy", 1, 0, 3));
        assertTrue(e.getMessage().contains("allowed: lognormal, normal, uniform, triangular, pert"));
        assertThrows(IllegalArgumentException.class, () -> new ParameterDistribution.Normal(0, 1).quantile(0));
        assertThrows(IllegalArgumentException.class, () -> new ParameterDistribution.Triangular(0, 5, 4));
    }
}
