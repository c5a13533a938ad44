package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The smallest change of one lever at which P(target reached) reaches a probability p: a monotone
 * bracketing search on the Monte Carlo estimate P&#770;, every point evaluated on the same replications
 * (common random numbers).
 *
 * <p><b>Why this is bisection on P&#770; and not fooled by noise.</b> With common random numbers each
 * replication sees the same shocks at every lever value, so for a lever whose effect is monotone the
 * replications that reach the target at a change also reach it at any larger change, and P&#770; is a
 * non-decreasing step function of the change rather than a noisy one: the search never sees a
 * reversal that sampling noise would otherwise cause. P&#770; &ge; p exactly when the k-th largest
 * statistic, k = &#8968;p&middot;n&#8969;, reaches the target ({@link Evaluation#orderStatistic}), so
 * the search brackets the root of that continuous order statistic minus the target: regula falsi
 * (Illinois) steps use the distances to converge in fewer evaluations, and a bisection follows any
 * step that did not halve the bracket, so the bisection's guarantee holds; the answer is always on the
 * side where P&#770; &ge; p.
 * Integer levers are bisected on whole numbers.
 *
 * <p><b>Monte Carlo error.</b> The answer carries the Wilson interval of P&#770; at it, and the same
 * search, run on the successes at which the interval's upper and lower ends reach p, gives the lever
 * values at which p is first plausible (optimistic) and at which it is established at the interval's
 * confidence (conservative). Reversals of single replications between evaluated points are counted
 * ({@link Result#monotonicityViolations()}): with none, the monotone search is exact for the sample.
 *
 * <p>Both directions are tried from the lever's current value; a lever that helps in neither reports
 * {@link Status#NOT_WITHIN_RANGE} with the end of its range that comes closest.
 */
public final class GoalSeek {
    /**
     * @param probability the probability p to reach, in (0, 1]
     * @param confidence  confidence level of the Wilson intervals, e.g. 0.95
     * @param seeds       the replications every point is evaluated on
     * @param tolerance   width of the final bracket in lever units; NaN for a ten-thousandth of the
     *                    answer (four significant digits), at least a millionth of the range or of 100
     *                    times the current value, whichever is smaller
     * @param maxEvaluations evaluations allowed per search (each of n replications)
     */
    public record Settings(
            double probability, double confidence, SeedPlan seeds, double tolerance, int maxEvaluations) {
        public Settings {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("the probability must be in (0, 1], not " + probability);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("the confidence must be in (0, 1), not " + confidence);
            }
        }

        public static Settings of(double probability, SeedPlan seeds) {
            return new Settings(probability, 0.95, seeds, Double.NaN, 60);
        }
    }

    /** What the search found. */
    public enum Status {
        /** P&#770; &ge; p with the lever as it is. */
        ALREADY_REACHED,
        /** A change within the range reaches p. */
        FOUND,
        /** Neither end of the range reaches p. */
        NOT_WITHIN_RANGE
    }

    /**
     * @param status               what was found
     * @param lever                the lever
     * @param probability          the probability sought
     * @param answer               the evaluation at the required value (FOUND, ALREADY_REACHED), or at
     *                             the end of the range that comes closest (NOT_WITHIN_RANGE)
     * @param requiredValue        the lever value found (or the closest end)
     * @param bracketValue         the nearest evaluated value short of it that did not reach p (NaN if
     *                             none): the answer lies between the two
     * @param optimisticValue      least change at which the interval's upper end reaches p (NaN if the
     *                             range's end does not)
     * @param conservativeValue    least change at which the interval's lower end reaches p (NaN if the
     *                             range's end does not)
     * @param curve                every evaluated point, by lever value: P&#770; as a function of the lever
     * @param monotonicityViolations single-replication reversals between evaluated points in the
     *                             direction searched (0 when the response is monotone on the sample)
     */
    public record Result(
            Status status,
            LeverRange lever,
            double probability,
            Evaluation answer,
            double requiredValue,
            double bracketValue,
            double optimisticValue,
            double conservativeValue,
            List<Evaluation> curve,
            int monotonicityViolations) {
        public Result {
            curve = List.copyOf(curve);
        }

        /** The change from the current value (signed, lever units). */
        public double change() {
            return requiredValue - lever.current();
        }

        public ProbabilityInterval answerProbability(double confidence) {
            return answer.probability(confidence);
        }
    }

    private final LeverRange lever;
    private final Settings settings;
    private final Evaluator evaluator;
    private final Map<Double, Evaluation> evaluated = new TreeMap<>();
    private final double tolerance;
    private final double relativeTolerance;

    private GoalSeek(LeverRange lever, Settings settings, Evaluator evaluator) {
        this.lever = lever;
        this.settings = settings;
        this.evaluator = evaluator;
        double t = settings.tolerance();
        // A schema range can span many orders of magnitude (a contract value up to US$10^13): the
        // default is relative to the answer, with a floor relative to the range.
        double range = lever.upper() - lever.lower();
        double scale = lever.current() == 0 ? range : Math.min(range, 100 * Math.abs(lever.current()));
        this.tolerance = Double.isNaN(t) ? Math.max(1e-12, scale * 1e-6) : t;
        this.relativeTolerance = Double.isNaN(t) ? 1e-4 : 1e-15;
    }

    /** Runs the search. */
    public static Result seek(LeverRange lever, Settings settings, Evaluator evaluator) {
        return new GoalSeek(lever, settings, evaluator).run();
    }

    private Result run() {
        int n = settings.seeds().replications();
        double p = settings.probability();
        int kEstimate = Math.max(1, ProbabilityInterval.successesForEstimate(p, n));
        Evaluation atCurrent = at(lever.current());
        if (atCurrent.successes() >= kEstimate) {
            return new Result(
                    Status.ALREADY_REACHED,
                    lever,
                    p,
                    atCurrent,
                    lever.current(),
                    Double.NaN,
                    lever.current(),
                    conservative(kEstimate, lever.current(), Double.NaN),
                    curve(),
                    0);
        }
        List<Double> ends = new ArrayList<>();
        if (lever.upper() > lever.current()) {
            ends.add(lever.upper());
        }
        if (lever.lower() < lever.current()) {
            ends.add(lever.lower());
        }
        double best = Double.NaN;
        for (double end : ends) {
            if (at(end).successes() >= kEstimate) {
                double x = solve(kEstimate, lever.current(), end, tolerance);
                if (Double.isNaN(best) || Math.abs(x - lever.current()) < Math.abs(best - lever.current())) {
                    best = x;
                }
            }
        }
        if (Double.isNaN(best)) {
            Evaluation closest = null;
            for (double end : ends) {
                Evaluation e = at(end);
                if (closest == null
                        || e.successes() > closest.successes()
                        || e.successes() == closest.successes()
                                && e.orderStatistic(kEstimate) > closest.orderStatistic(kEstimate)) {
                    closest = e;
                }
            }
            Evaluation shown = closest == null ? atCurrent : closest;
            double end = shown.point()[0];
            return new Result(
                    Status.NOT_WITHIN_RANGE,
                    lever,
                    p,
                    shown,
                    end,
                    Double.NaN,
                    optimistic(end, lever.current()),
                    Double.NaN,
                    curve(),
                    violations(end));
        }
        double end = best > lever.current() ? lever.upper() : lever.lower();
        double optimistic = optimistic(best, lever.current());
        double conservative = conservative(kEstimate, best, end);
        return new Result(
                Status.FOUND,
                lever,
                p,
                at(best),
                best,
                bracket(kEstimate, best),
                optimistic,
                conservative,
                curve(),
                violations(end));
    }

    /** Least change towards {@code end} at which the interval's upper end reaches p (NaN if none). */
    private double optimistic(double reference, double from) {
        int n = settings.seeds().replications();
        int kUpper =
                Math.max(1, ProbabilityInterval.successesForUpper(settings.probability(), n, settings.confidence()));
        if (at(from).successes() >= kUpper) {
            return from;
        }
        if (at(reference).successes() < kUpper) {
            return Double.NaN;
        }
        return solve(kUpper, from, reference, bandTolerance());
    }

    /**
     * The band's ends are themselves estimates (their own Monte Carlo error is of the order of the
     * band), so they are bracketed ten times more coarsely than the answer.
     */
    private double bandTolerance() {
        return 10 * tolerance;
    }

    /** Least change beyond {@code from} towards {@code end} at which the interval's lower end reaches p. */
    private double conservative(int kEstimate, double from, double end) {
        int n = settings.seeds().replications();
        int kLower = ProbabilityInterval.successesForLower(settings.probability(), n, settings.confidence());
        if (kLower < 0) {
            return Double.NaN;
        }
        if (at(from).successes() >= kLower) {
            return from;
        }
        if (Double.isNaN(end) || at(end).successes() < kLower) {
            return Double.NaN;
        }
        return solve(kLower, from, end, bandTolerance());
    }

    /**
     * The least change from {@code from} (where fewer than k replications reach the target) towards
     * {@code to} (where at least k do) at which at least k do, to within the tolerance.
     */
    private double solve(int k, double from, double to, double accuracy) {
        if (lever.integer()) {
            long fail = Math.round(from);
            long pass = Math.round(to);
            while (Math.abs(pass - fail) > 1) {
                long mid = fail + (pass - fail) / 2;
                if (at(mid).successes() >= k) {
                    pass = mid;
                } else {
                    fail = mid;
                }
            }
            return pass;
        }
        double target = at(from).targetUsd();
        // Safeguarded regula falsi on the order statistic's margin over the target, in the distance t
        // from `from` towards `to`: t = 0 does not reach, t = length does. A secant step is taken
        // (Illinois: an end kept twice has its margin halved), kept at least half the tolerance inside
        // the bracket; a step that did not halve the bracket is followed by a bisection, so the bracket
        // at least halves every two evaluations whatever the function does. (Commons Math's bracketing
        // Brent solver stalled, evaluating one point over and over, on an order statistic that is flat
        // between two replications' totals; this cannot.)
        double sign = Math.signum(to - from);
        double length = Math.abs(to - from);
        double a = 0;
        double b = length;
        double fa = at(from).orderStatistic(k) - target;
        double fb = at(to).orderStatistic(k) - target;
        boolean bisect = false;
        int keptA = 0;
        int keptB = 0;
        for (int step = 0; step < settings.maxEvaluations(); step++) {
            double width = b - a;
            double needed = accuracy + relativeTolerance * Math.abs(from + sign * b);
            if (width <= needed) {
                break;
            }
            double t;
            double wa = keptA >= 2 ? fa / 2 : fa;
            double wb = keptB >= 2 ? fb / 2 : fb;
            double secant = a - wa * (b - a) / (wb - wa);
            if (bisect || !Double.isFinite(secant) || !(wb > wa)) {
                t = (a + b) / 2;
            } else {
                t = Math.max(a + needed / 2, Math.min(b - needed / 2, secant));
            }
            double ft = at(from + sign * t).orderStatistic(k) - target;
            if (ft >= 0) {
                b = t;
                fb = ft;
                keptA++;
                keptB = 0;
            } else {
                a = t;
                fa = ft;
                keptB++;
                keptA = 0;
            }
            bisect = b - a > width / 2;
        }
        double x = from + sign * b;
        double value = lever.integer() ? Math.round(x) : x;
        return at(value).successes() >= k ? value : nearestReaching(k, from, to);
    }

    /** The evaluated value between from and to (inclusive) nearest to from at which k replications reach. */
    private double nearestReaching(int k, double from, double to) {
        double best = to;
        for (Evaluation e : evaluated.values()) {
            double x = e.point()[0];
            boolean between = (x - from) * (to - x) >= 0;
            if (between && e.successes() >= k && Math.abs(x - from) < Math.abs(best - from)) {
                best = x;
            }
        }
        return best;
    }

    /** The evaluated value nearest to {@code answer} on the current value's side that does not reach. */
    private double bracket(int k, double answer) {
        double best = Double.NaN;
        for (Evaluation e : evaluated.values()) {
            double x = e.point()[0];
            boolean between = (x - lever.current()) * (answer - x) >= 0 && x != answer;
            if (between
                    && e.successes() < k
                    && (Double.isNaN(best) || Math.abs(answer - x) < Math.abs(answer - best))) {
                best = x;
            }
        }
        return best;
    }

    /** Replications that reach the target at one evaluated value and not at a larger change towards end. */
    private int violations(double end) {
        List<Evaluation> path = new ArrayList<>();
        for (Evaluation e : evaluated.values()) {
            double x = e.point()[0];
            if ((x - lever.current()) * (end - x) >= 0) {
                path.add(e);
            }
        }
        path.sort((a, b) ->
                Double.compare(Math.abs(a.point()[0] - lever.current()), Math.abs(b.point()[0] - lever.current())));
        int count = 0;
        for (int i = 1; i < path.size(); i++) {
            Evaluation before = path.get(i - 1);
            Evaluation after = path.get(i);
            for (int r = 0; r < after.replications(); r++) {
                if (before.reached(r) && !after.reached(r)) {
                    count++;
                }
            }
        }
        return count;
    }

    private List<Evaluation> curve() {
        return new ArrayList<>(evaluated.values());
    }

    private Evaluation at(double value) {
        double v = (lever.integer() ? Math.round(value) : value) + 0.0; // -0.0 and 0.0 are one key
        Evaluation e = evaluated.get(v);
        if (e == null) {
            e = evaluator.evaluate(new double[] {v}, settings.seeds());
            evaluated.put(v, e);
        }
        return e;
    }
}
