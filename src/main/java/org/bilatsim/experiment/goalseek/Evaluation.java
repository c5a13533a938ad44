package org.bilatsim.experiment.goalseek;

import java.util.Arrays;

/**
 * One point of a search, evaluated on a {@link SeedPlan}: for each replication, the statistic that
 * decides whether it reached the target (for a target by a year: the largest annual two-way total of
 * the years up to it, US$/year), and the present value of the point's cost.
 *
 * <p>A replication reaches the target when its statistic is at least {@code targetUsd}. The estimate
 * P&#770; = (replications that reach it) / n is at least p exactly when the k-th largest statistic,
 * k = &#8968;p&middot;n&#8969;, is at least the target: {@link #orderStatistic} turns the step function
 * P&#770; into a continuous one that a search can follow where P&#770; is 0.
 *
 * @param point      the lever values, in the searcher's order and units
 * @param statistics one statistic per replication, in replication order (US$/year)
 * @param costUsd    present value of the cost of the point, US$ (0 where nothing is costed)
 * @param targetUsd  the target the statistics are compared with, US$/year
 */
public record Evaluation(double[] point, double[] statistics, double costUsd, double targetUsd) {
    public Evaluation {
        point = point.clone();
        statistics = statistics.clone();
        if (statistics.length == 0) {
            throw new IllegalArgumentException("an evaluation needs at least one replication");
        }
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] statistics() {
        return statistics.clone();
    }

    public int replications() {
        return statistics.length;
    }

    /** Whether replication {@code r} reached the target. */
    public boolean reached(int r) {
        return statistics[r] >= targetUsd;
    }

    /** Replications whose statistic reaches the target. */
    public int successes() {
        int k = 0;
        for (double s : statistics) {
            if (s >= targetUsd) {
                k++;
            }
        }
        return k;
    }

    /** The Monte Carlo estimate of P(target reached) and its Wilson interval. */
    public ProbabilityInterval probability(double confidence) {
        return ProbabilityInterval.wilson(successes(), statistics.length, confidence);
    }

    /**
     * The k-th largest statistic (k from 1), US$/year; {@code +infinity} for k = 0 (no success is
     * needed) and {@code -infinity} beyond n.
     */
    public double orderStatistic(int k) {
        if (k <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (k > statistics.length) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] sorted = statistics.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }

    /** The median statistic (type 7 quantile, as the rest of bilatsim), US$/year. */
    public double medianStatistic() {
        double[] sorted = statistics.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * 0.5;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The mean over replications of min(statistic / target, 1): how close the point gets, in [0, 1]. */
    public double meanAttainment() {
        double sum = 0;
        for (double s : statistics) {
            sum += Math.min(1, Math.max(0, s / targetUsd));
        }
        return sum / statistics.length;
    }
}
