package org.bilatsim.experiment.goalseek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GoalSeekTest {
    /** Duty-cut response: each replication reaches the target when the duty is at most its own x_r. */
    private static final double CURRENT = 0.15;

    private static final double SLOPE = 10;
    private static final double SHOCK_SD = 0.1;

    private static double shock(long seed) {
        return new SplittableRandom(seed).nextGaussian();
    }

    /** Two-way total / target = 0.5 e^{a (0.15 - duty)} e^{sd z}: reaches 1 at duty <= x_r. */
    private static ReplicationEvaluator dutyModel(double level, int threads) {
        return new ReplicationEvaluator(
                (x, seed) -> new ReplicationEvaluator.Replicate(
                        level * Math.exp(SLOPE * (CURRENT - x[0]) + SHOCK_SD * shock(seed)), 0),
                1.0,
                threads);
    }

    /** The exact answer for the sample: the k-th largest per-replication threshold x_r. */
    private static double exactThreshold(SeedPlan plan, double p, double level) {
        int n = plan.replications();
        double[] thresholds = new double[n];
        for (int k = 0; k < n; k++) {
            thresholds[k] = CURRENT + (Math.log(level) + SHOCK_SD * shock(plan.seed(k))) / SLOPE;
        }
        Arrays.sort(thresholds);
        int needed = (int) Math.ceil(p * n);
        return thresholds[n - needed];
    }

    private static final LeverRange DUTY = new LeverRange("tariffs.0.customs", CURRENT, 0, 0.5, false);

    @Test
    void findsTheDutyAtWhichHalfTheReplicationsReachTheTarget() {
        SeedPlan plan = new SeedPlan(7, 400);
        GoalSeek.Settings settings = new GoalSeek.Settings(0.5, 0.95, plan, 1e-6, 80);
        GoalSeek.Result result = GoalSeek.seek(DUTY, settings, dutyModel(0.5, 1));

        assertEquals(GoalSeek.Status.FOUND, result.status());
        double exact = exactThreshold(plan, 0.5, 0.5);
        assertEquals(exact, result.requiredValue(), 2e-6);
        assertTrue(result.answer().successes() >= 200, "the answer reaches p on the sample");
        assertTrue(result.bracketValue() > result.requiredValue(), "the bracket is on the current value's side");
        assertTrue(result.bracketValue() - result.requiredValue() <= 2e-6, "bracket " + result.bracketValue());
        assertEquals(0, result.monotonicityViolations(), "with common random numbers the response is monotone");
        // The Wilson band: p plausible at a smaller cut, established at a larger one, and the
        // population threshold (median shock 0: 0.15 + ln 0.5 / 10) inside it.
        assertTrue(result.conservativeValue() < result.requiredValue());
        assertTrue(result.optimisticValue() > result.requiredValue() && result.optimisticValue() < CURRENT);
        double population = CURRENT + Math.log(0.5) / SLOPE;
        assertTrue(
                result.conservativeValue() <= population && population <= result.optimisticValue(),
                result.conservativeValue() + " .. " + result.optimisticValue() + " vs " + population);
        assertTrue(
                result.curve().size() < 40,
                "a bracketing search, not a scan: " + result.curve().size());
    }

    @Test
    void aHighProbabilityNeedsADeeperCut() {
        SeedPlan plan = new SeedPlan(3, 300);
        GoalSeek.Settings settings = new GoalSeek.Settings(0.9, 0.95, plan, 1e-6, 80);
        GoalSeek.Result result = GoalSeek.seek(DUTY, settings, dutyModel(0.5, 1));
        assertEquals(exactThreshold(plan, 0.9, 0.5), result.requiredValue(), 2e-6);
        assertTrue(result.requiredValue() < CURRENT + Math.log(0.5) / SLOPE);
    }

    @Test
    void reportsThatTheRangeCannotReachItAndHowCloseItsEndGets() {
        SeedPlan plan = new SeedPlan(1, 100);
        GoalSeek.Settings settings = GoalSeek.Settings.of(0.5, plan);
        // Even a zero duty leaves the total at 0.01 e^{1.5} = 4.5 % of the target.
        GoalSeek.Result result = GoalSeek.seek(DUTY, settings, dutyModel(0.01, 1));
        assertEquals(GoalSeek.Status.NOT_WITHIN_RANGE, result.status());
        assertEquals(0, result.requiredValue(), 0, "the closest end is the zero duty");
        assertEquals(0, result.answer().successes());
        assertEquals(0.01 * Math.exp(1.5), result.answer().medianStatistic(), 0.01 * Math.exp(1.5) * 0.05);
        assertTrue(Double.isNaN(result.conservativeValue()));
    }

    @Test
    void aLeverAlreadyEnoughNeedsNoChange() {
        GoalSeek.Result result = GoalSeek.seek(DUTY, GoalSeek.Settings.of(0.5, new SeedPlan(1, 50)), dutyModel(2, 1));
        assertEquals(GoalSeek.Status.ALREADY_REACHED, result.status());
        assertEquals(0, result.change(), 0);
    }

    @Test
    void anIntegerLeverIsBisectedOnWholeNumbers() {
        // Seats per week: total / target = seats / 120 * e^{0.1 z}; the current 50 seats are short.
        LeverRange seats = new LeverRange("tourism.0.baseSeatsPerWeek", 50, 0, 1000, true);
        ReplicationEvaluator model = new ReplicationEvaluator(
                (x, seed) -> new ReplicationEvaluator.Replicate(x[0] / 120 * Math.exp(0.1 * shock(seed)), 0), 1.0, 1);
        SeedPlan plan = new SeedPlan(5, 200);
        GoalSeek.Result result = GoalSeek.seek(seats, GoalSeek.Settings.of(0.5, plan), model);
        double[] needed = new double[200];
        for (int k = 0; k < 200; k++) {
            needed[k] = 120 / Math.exp(0.1 * shock(plan.seed(k)));
        }
        Arrays.sort(needed);
        assertEquals(Math.ceil(needed[99]), result.requiredValue(), 0);
        assertEquals(Math.rint(result.requiredValue()), result.requiredValue(), 0);
    }

    @Test
    void aStepResponseIsStillBracketedInFewEvaluations() {
        // Total / target = 0.3 + floor(20 x) / 20: flat between steps, reaching 1 at x = 0.7 exactly. The
        // order statistic is flat on every step; the bracket must still at least halve every two steps.
        LeverRange share = new LeverRange("projects.0.importedCapex.0.share", 0, 0, 1, false);
        ReplicationEvaluator model = new ReplicationEvaluator(
                (x, seed) -> new ReplicationEvaluator.Replicate(0.3 + Math.floor(20 * x[0] + 1e-9) / 20, 0), 1.0, 1);
        GoalSeek.Result result =
                GoalSeek.seek(share, new GoalSeek.Settings(0.5, 0.95, new SeedPlan(1, 10), 1e-6, 80), model);
        assertEquals(GoalSeek.Status.FOUND, result.status());
        assertEquals(0.7, result.requiredValue(), 1e-6);
        assertTrue(
                result.curve().size() <= 2 * 20 + 4,
                "evaluations: " + result.curve().size());
    }

    @Test
    void theSameAnswerAtOneAndTwoThreads() {
        SeedPlan plan = new SeedPlan(11, 120);
        GoalSeek.Settings settings = GoalSeek.Settings.of(0.5, plan);
        GoalSeek.Result one = GoalSeek.seek(DUTY, settings, dutyModel(0.5, 1));
        GoalSeek.Result two = GoalSeek.seek(DUTY, settings, dutyModel(0.5, 2));
        assertEquals(one.requiredValue(), two.requiredValue(), 0);
        assertEquals(one.curve().size(), two.curve().size());
        for (int i = 0; i < one.curve().size(); i++) {
            assertTrue(Arrays.equals(
                    one.curve().get(i).statistics(), two.curve().get(i).statistics()));
        }
    }
}
