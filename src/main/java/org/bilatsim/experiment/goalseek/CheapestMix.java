package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The cheapest mix of levers: minimise the present value of cost subject to P(target reached) &ge; p,
 * and the frontier of the highest probability against cost at several budgets.
 *
 * <p><b>Why CMA-ES from Commons Math.</b> The problem has one objective and one constraint, a handful of
 * bounded continuous levers, and a black-box response that is expensive (each evaluation is n
 * simulated replications) and, across seeds, noisy. CMA-ES (Hansen and Ostermeier 2001) is the
 * standard derivative-free optimiser for that class: it is invariant to monotone transformations of
 * the objective (it only ranks candidates, so a penalty's scale does not matter, only its order),
 * copes with ill-conditioned and non-separable responses by learning a covariance, and needs no
 * gradient. Apache Commons Math 3.6.1's {@link CMAESOptimizer} is kept, pure Java, already a
 * dependency for the root finder and the Wilson interval, and handles bounds; a multi-objective library
 * (MOEA Framework, jMetal) would add a large dependency to trace a frontier that, with one cost and one
 * probability, a few budget-constrained runs of the same optimiser trace as well.
 *
 * <p><b>Noise.</b> Every candidate is evaluated on the same replications (common random numbers), so
 * the optimiser minimises one deterministic sample-average function (the sample-average approximation,
 * Kleywegt, Shapiro and Homem-de-Mello 2002); the chosen mix is then re-evaluated on fresh seeds the
 * search never saw, because the minimum of a sample average is biased towards the lucky side. Commons
 * Math's CMAESOptimizer returns the best sample it drew: the result here is the best point of the
 * archive of every evaluation, which is the same point, kept even when the optimiser stops on its
 * evaluation limit.
 *
 * <p><b>Constraint handling.</b> Deb's (2000) feasibility rules as a penalty that CMA-ES's ranking
 * reads exactly: a feasible mix always ranks above an infeasible one; feasible mixes rank by cost;
 * infeasible mixes rank by their violation g = (target &minus; k-th largest statistic) / target with
 * k = &#8968;p&middot;n&#8969; (P&#770; &ge; p exactly when g &le; 0). The violation is continuous where
 * P&#770; is 0, so the search is guided towards the target long before any replication reaches it.
 * The budget runs of the frontier maximise P&#770;, with ties (P&#770; moves in steps of 1/n) broken by
 * the mean attainment min(statistic / target, 1), subject to cost &le; budget with the same rules.
 */
public final class CheapestMix {
    /**
     * @param probability       the probability p to reach, in (0, 1]
     * @param confidence        confidence level of the Wilson intervals
     * @param seeds             the replications every candidate is evaluated on
     * @param freshReplications replications of the final re-evaluation on fresh seeds
     * @param maxEvaluations    evaluations of the main search
     * @param populationSize    CMA-ES population &lambda;; 0 for its default 4 + &lfloor;3 ln d&rfloor;
     * @param sigma             CMA-ES initial step, as a fraction of each lever's range (0, 1]
     * @param optimizerSeed     seed of the optimiser's own sampling
     * @param budgetFractions   budgets of the frontier, as fractions of the cheapest mix's cost (of the
     *                          largest-change mix's cost when no mix reaches p); may be empty
     * @param budgetEvaluations evaluations of each budget run
     */
    public record Settings(
            double probability,
            double confidence,
            SeedPlan seeds,
            int freshReplications,
            int maxEvaluations,
            int populationSize,
            double sigma,
            long optimizerSeed,
            double[] budgetFractions,
            int budgetEvaluations) {
        public Settings {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("the probability must be in (0, 1], not " + probability);
            }
            if (!(sigma > 0 && sigma <= 1)) {
                throw new IllegalArgumentException("sigma must be in (0, 1] of each range, not " + sigma);
            }
            budgetFractions = budgetFractions.clone();
        }

        @Override
        public double[] budgetFractions() {
            return budgetFractions.clone();
        }

        /** Defaults: 95 % intervals, 1,000 fresh replications, 300 evaluations, budgets 25–150 %. */
        public static Settings of(double probability, SeedPlan seeds) {
            return new Settings(
                    probability, 0.95, seeds, 1000, 300, 0, 0.3, 1L, new double[] {0.25, 0.5, 0.75, 1.0, 1.5}, 60);
        }
    }

    /** What the search found. */
    public enum Status {
        /** A mix reaches P&#770; &ge; p on the search's replications. */
        FOUND,
        /** No evaluated mix within the bounds reaches p; the result is the closest. */
        NOT_REACHABLE
    }

    /**
     * One point of the frontier: the highest P&#770; found at a cost within a budget.
     *
     * @param budgetUsd the budget, US$ (present value)
     * @param mix       the evaluation of the best mix within it (on the search's replications), null if
     *                  no evaluated mix is within the budget
     */
    public record FrontierPoint(double budgetUsd, Evaluation mix) {}

    /**
     * @param status      what was found
     * @param levers      the levers, in the order of the points
     * @param probability the probability sought
     * @param best        the cheapest mix that reaches p (FOUND) or the one of least violation
     *                    (NOT_REACHABLE), on the search's replications
     * @param fresh       the same mix on fresh replications
     * @param converged   whether CMA-ES stopped by its own criteria (the best cost stable over
     *                    {@value #STALL_ITERATIONS} generations) rather than its evaluation limit
     * @param stopReason  why the main search stopped, in words
     * @param evaluations evaluations of all runs (main and budgets)
     * @param archive     every evaluation, in order
     * @param frontier    the best mix within each budget
     * @param nonDominated the evaluations no other beats on both cost and P&#770;, by cost
     */
    public record Result(
            Status status,
            List<LeverRange> levers,
            double probability,
            Evaluation best,
            Evaluation fresh,
            boolean converged,
            String stopReason,
            int evaluations,
            List<Evaluation> archive,
            List<FrontierPoint> frontier,
            List<Evaluation> nonDominated) {
        public Result {
            levers = List.copyOf(levers);
            archive = List.copyOf(archive);
            frontier = List.copyOf(frontier);
            nonDominated = List.copyOf(nonDominated);
        }
    }

    /** Generations without a 0.1 % improvement of the best after which a search counts as converged. */
    public static final int STALL_ITERATIONS = 12;

    /** Penalty offset above every feasible cost ratio (cost over the largest-change mix's cost). */
    private static final double INFEASIBLE = 10;

    private final List<LeverRange> levers;
    private final Settings settings;
    private final Evaluator evaluator;
    private final Map<List<Double>, Evaluation> memo = new LinkedHashMap<>();
    private final int kEstimate;

    private CheapestMix(List<LeverRange> levers, Settings settings, Evaluator evaluator) {
        if (levers.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one lever");
        }
        this.levers = List.copyOf(levers);
        this.settings = settings;
        this.evaluator = evaluator;
        this.kEstimate = Math.max(
                1,
                ProbabilityInterval.successesForEstimate(
                        settings.probability(), settings.seeds().replications()));
    }

    /** Runs the main search, the budget runs and the fresh re-evaluation. */
    public static Result optimise(List<LeverRange> levers, Settings settings, Evaluator evaluator) {
        return new CheapestMix(levers, settings, evaluator).run();
    }

    private Result run() {
        int d = levers.size();
        double[] farCorner = new double[d];
        double[] current = new double[d];
        for (int i = 0; i < d; i++) {
            farCorner[i] = levers.get(i).fraction(levers.get(i).farEnd());
            current[i] = levers.get(i).fraction(levers.get(i).current());
        }
        Evaluation largest = evaluate(farCorner);
        double costScale = largest.costUsd() > 0 ? largest.costUsd() : 1;

        double[] start = new double[d];
        for (int i = 0; i < d; i++) {
            start[i] = (current[i] + farCorner[i]) / 2;
        }
        Stall stall = new Stall();
        Search main = cmaes(start, settings.maxEvaluations(), u -> constrained(evaluate(u), costScale), stall);
        Evaluation best = memo.values().stream()
                .min(Comparator.comparingDouble(e -> constrained(e, costScale)))
                .orElseThrow();
        boolean feasible = violation(best) <= 0;
        Status status = feasible ? Status.FOUND : Status.NOT_REACHABLE;

        double reference = feasible ? best.costUsd() : largest.costUsd();
        List<FrontierPoint> frontier = new ArrayList<>();
        for (double fraction : settings.budgetFractions()) {
            double budget = fraction * reference;
            if (!(budget > 0)) {
                continue;
            }
            Evaluation seed = bestWithin(budget);
            double[] from = seed == null ? current : fractions(seed.point());
            cmaes(from, settings.budgetEvaluations(), u -> budgeted(evaluate(u), budget), new Stall());
            frontier.add(new FrontierPoint(budget, bestWithin(budget)));
        }
        Evaluation fresh = evaluator.evaluate(best.point(), settings.seeds().fresh(settings.freshReplications()));
        List<Evaluation> archive = new ArrayList<>(memo.values());
        return new Result(
                status,
                levers,
                settings.probability(),
                best,
                fresh,
                main.converged,
                main.reason,
                archive.size(),
                archive,
                frontier,
                nonDominated(archive));
    }

    /** The result of one CMA-ES run. */
    private record Search(boolean converged, String reason) {}

    private Search cmaes(
            double[] start, int maxEvaluations, java.util.function.ToDoubleFunction<double[]> f, Stall stall) {
        int d = levers.size();
        int lambda = settings.populationSize() > 0 ? settings.populationSize() : 4 + (int) Math.floor(3 * Math.log(d));
        double[] sigma = new double[d];
        double[] lower = new double[d];
        double[] upper = new double[d];
        for (int i = 0; i < d; i++) {
            // The initial step must fit inside the bounds (Commons Math rejects a larger one).
            sigma[i] = Math.min(settings.sigma(), 1.0);
            upper[i] = 1;
        }
        double[] guess = start.clone();
        for (int i = 0; i < d; i++) {
            guess[i] = Math.max(0, Math.min(1, guess[i]));
        }
        CMAESOptimizer optimizer = new CMAESOptimizer(
                Integer.MAX_VALUE,
                Double.NEGATIVE_INFINITY,
                true,
                0,
                0,
                new MersenneTwister(settings.optimizerSeed()),
                false,
                stall);
        try {
            optimizer.optimize(
                    new MaxEval(maxEvaluations),
                    new ObjectiveFunction(f::applyAsDouble),
                    GoalType.MINIMIZE,
                    new InitialGuess(guess),
                    new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
            return stall.stalled
                    ? new Search(
                            true,
                            "converged: the best mix improved by less than 0.1 % over " + STALL_ITERATIONS
                                    + " generations")
                    : new Search(true, "converged: CMA-ES's own stopping criteria");
        } catch (TooManyEvaluationsException e) {
            return new Search(
                    false,
                    "stopped at its limit of " + maxEvaluations
                            + " evaluations before the best mix was stable (CMA-ES on a noisy response stops on its limit)");
        }
    }

    /**
     * Converged when the best value of the run improved by less than 0.1 % over the last
     * {@value #STALL_ITERATIONS} generations (CMA-ES's own tolerances, 1e-12, are for smooth noise-free
     * functions; the sample-average function here is piecewise constant in places).
     */
    private static final class Stall implements ConvergenceChecker<PointValuePair> {
        private final List<Double> bestByIteration = new ArrayList<>();
        private double best = Double.POSITIVE_INFINITY;
        private boolean stalled;

        @Override
        public boolean converged(int iteration, PointValuePair previous, PointValuePair current) {
            best = Math.min(best, Math.min(previous.getValue(), current.getValue()));
            bestByIteration.add(best);
            int n = bestByIteration.size();
            if (n > STALL_ITERATIONS) {
                double before = bestByIteration.get(n - 1 - STALL_ITERATIONS);
                if (before - best <= 1e-3 * Math.abs(before) + 1e-12) {
                    stalled = true;
                }
            }
            return stalled;
        }
    }

    /** Deb's rules as a fitness: feasible by cost ratio, infeasible above every feasible by violation. */
    private static double constrainedFitness(double violation, double costRatio) {
        return violation <= 0 ? Math.min(costRatio, INFEASIBLE - 1) : INFEASIBLE + violation;
    }

    private double constrained(Evaluation e, double costScale) {
        return constrainedFitness(violation(e), e.costUsd() / costScale);
    }

    /** Max P&#770; (ties by attainment) within the budget; over budget ranks below by the overrun. */
    private double budgeted(Evaluation e, double budget) {
        if (e.costUsd() > budget) {
            return (e.costUsd() - budget) / budget;
        }
        int n = e.replications();
        return -((double) e.successes() / n + e.meanAttainment() / (n + 1));
    }

    /** g = (target - k-th largest statistic) / target: at most 0 exactly when P&#770; &ge; p. */
    private double violation(Evaluation e) {
        return (e.targetUsd() - e.orderStatistic(kEstimate)) / e.targetUsd();
    }

    private Evaluation bestWithin(double budget) {
        Evaluation best = null;
        for (Evaluation e : memo.values()) {
            if (e.costUsd() <= budget && (best == null || budgeted(e, budget) < budgeted(best, budget))) {
                best = e;
            }
        }
        return best;
    }

    /** Evaluations no other beats on both cost (lower) and P&#770; (higher), by cost. */
    static List<Evaluation> nonDominated(List<Evaluation> archive) {
        List<Evaluation> sorted = new ArrayList<>(archive);
        sorted.sort(Comparator.comparingDouble(Evaluation::costUsd)
                .thenComparing(Comparator.comparingInt(Evaluation::successes).reversed()));
        List<Evaluation> front = new ArrayList<>();
        int bestSuccesses = -1;
        for (Evaluation e : sorted) {
            if (e.successes() > bestSuccesses) {
                front.add(e);
                bestSuccesses = e.successes();
            }
        }
        return front;
    }

    private double[] fractions(double[] point) {
        double[] u = new double[point.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = levers.get(i).fraction(point[i]);
        }
        return u;
    }

    private Evaluation evaluate(double[] u) {
        double[] x = new double[u.length];
        List<Double> key = new ArrayList<>(u.length);
        for (int i = 0; i < u.length; i++) {
            x[i] = levers.get(i).at(u[i]);
            key.add(x[i]);
        }
        Evaluation e = memo.get(key);
        if (e == null) {
            e = evaluator.evaluate(x, settings.seeds());
            memo.put(key, e);
        }
        return e;
    }

    @Override
    public String toString() {
        return "CheapestMix" + Arrays.toString(levers.toArray());
    }
}
