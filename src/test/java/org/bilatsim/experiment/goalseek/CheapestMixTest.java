package org.bilatsim.experiment.goalseek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A separable two-lever problem with linear costs and a known cheapest mix: total / target =
 * (w1 &radic;x1 + w2 &radic;x2) e^{&sigma; z}, cost = c1 x1 + c2 x2. On the sample, P&#770; &ge; p needs
 * the level w1 &radic;x1 + w2 &radic;x2 &ge; K = e^{-&sigma; z_(k)} (z_(k) the k-th largest shock);
 * Lagrange gives &radic;x_i = &lambda; w_i / (2 c_i) and the least cost K&sup2; / &Sigma; w_i&sup2;/c_i.
 */
class CheapestMixTest {
    private static final double W1 = 1;
    private static final double W2 = 0.5;
    private static final double C1 = 1;
    private static final double C2 = 0.5;
    private static final double SD = 0.2;

    private static double shock(long seed) {
        return new SplittableRandom(seed).nextGaussian();
    }

    private static ReplicationEvaluator model(int threads) {
        return new ReplicationEvaluator(
                (x, seed) -> new ReplicationEvaluator.Replicate(
                        (W1 * Math.sqrt(x[0]) + W2 * Math.sqrt(x[1])) * Math.exp(SD * shock(seed)),
                        C1 * x[0] + C2 * x[1]),
                1.0,
                threads);
    }

    private static final List<LeverRange> LEVERS =
            List.of(new LeverRange("a", 0, 0, 4, false), new LeverRange("b", 0, 0, 4, false));

    private static double optimalCost(SeedPlan plan, double p) {
        int n = plan.replications();
        double[] z = new double[n];
        for (int k = 0; k < n; k++) {
            z[k] = shock(plan.seed(k));
        }
        Arrays.sort(z);
        double level = Math.exp(-SD * z[n - (int) Math.ceil(p * n)]);
        return level * level / (W1 * W1 / C1 + W2 * W2 / C2);
    }

    private static CheapestMix.Settings settings(SeedPlan plan) {
        return new CheapestMix.Settings(
                0.5, 0.95, plan, 2000, 400, 0, 0.3, 42L, new double[] {0.25, 0.5, 1.0, 1.5}, 80);
    }

    @Test
    void findsTheKnownCheapestMixWithinTwoPercent() {
        SeedPlan plan = new SeedPlan(9, 200);
        CheapestMix.Result result = CheapestMix.optimise(LEVERS, settings(plan), model(1));
        assertEquals(CheapestMix.Status.FOUND, result.status());
        double optimum = optimalCost(plan, 0.5);
        double cost = result.best().costUsd();
        assertTrue(cost >= optimum * (1 - 1e-9), "no mix beats the optimum on the sample: " + cost + " < " + optimum);
        assertTrue(cost <= optimum * 1.02, "within 2 %: " + cost + " vs " + optimum);
        assertTrue(result.best().successes() >= 100);
        // The optimum splits the effort so that x1 = x2 = (K / 1.5)^2 = 1.5 cost* / 2.25; the cost is flat
        // to first order along the constraint, so 2 % of cost leaves the split loose.
        double[] x = result.best().point();
        double split = optimum / 1.5;
        assertEquals(split, x[0], 0.4 * split, Arrays.toString(x));
        assertEquals(split, x[1], 0.4 * split, Arrays.toString(x));
        // Re-estimated on 2,000 fresh seeds: near 0.5, the sample optimum's bias is small here.
        ProbabilityInterval fresh = result.fresh().probability(0.95);
        assertEquals(2000, fresh.trials());
        assertTrue(fresh.estimate() > 0.4 && fresh.estimate() < 0.6, "fresh " + fresh);
    }

    @Test
    void tracesAFrontierOfProbabilityAgainstBudget() {
        SeedPlan plan = new SeedPlan(9, 200);
        CheapestMix.Result result = CheapestMix.optimise(LEVERS, settings(plan), model(1));
        List<CheapestMix.FrontierPoint> frontier = result.frontier();
        assertEquals(4, frontier.size());
        double previous = -1;
        for (CheapestMix.FrontierPoint point : frontier) {
            assertNotNull(point.mix());
            assertTrue(point.mix().costUsd() <= point.budgetUsd());
            double p = point.mix().probability(0.95).estimate();
            assertTrue(p >= previous, "more budget never buys less probability");
            previous = p;
        }
        // At the cheapest mix's own cost the budget run reaches p again; at a quarter of it, far less.
        assertTrue(frontier.get(2).mix().successes() >= 100);
        assertTrue(frontier.get(0).mix().probability(0.95).estimate() < 0.2);
        // At 1.5 times the cost: a level 1.22 times higher, P(e^{0.2 z} >= 1/1.22) = Phi(1.0) = 0.84.
        assertTrue(frontier.get(3).mix().probability(0.95).estimate() > 0.75);
        double[] costs =
                result.nonDominated().stream().mapToDouble(Evaluation::costUsd).toArray();
        for (int i = 1; i < costs.length; i++) {
            assertTrue(costs[i] >= costs[i - 1]);
        }
    }

    @Test
    void saysWhenNoMixWithinTheBoundsReachesIt() {
        List<LeverRange> small = List.of(new LeverRange("a", 0, 0, 0.1, false), new LeverRange("b", 0, 0, 0.1, false));
        CheapestMix.Result result = CheapestMix.optimise(small, settings(new SeedPlan(2, 100)), model(1));
        assertEquals(CheapestMix.Status.NOT_REACHABLE, result.status());
        // The closest is the largest change: both levers at their upper bound.
        assertEquals(0.1, result.best().point()[0], 1e-3);
        assertEquals(0.1, result.best().point()[1], 1e-3);
        assertFalse(result.stopReason().isEmpty());
    }

    @Test
    void theSameMixAtOneAndTwoThreads() {
        SeedPlan plan = new SeedPlan(4, 60);
        CheapestMix.Settings s =
                new CheapestMix.Settings(0.5, 0.95, plan, 100, 120, 0, 0.3, 5L, new double[] {0.5}, 30);
        CheapestMix.Result one = CheapestMix.optimise(LEVERS, s, model(1));
        CheapestMix.Result two = CheapestMix.optimise(LEVERS, s, model(2));
        assertTrue(Arrays.equals(one.best().point(), two.best().point()));
        assertEquals(one.archive().size(), two.archive().size());
        assertTrue(Arrays.equals(one.fresh().statistics(), two.fresh().statistics()));
    }
}
