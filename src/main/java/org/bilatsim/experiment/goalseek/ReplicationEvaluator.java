package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An {@link Evaluator} built from a function of one replication, whose replications run on a fixed
 * number of threads and are gathered in replication order, so the evaluation does not depend on the
 * thread count. For models that are a function of (point, seed); scenarios go through the experiment
 * runner instead ({@code ScenarioEvaluator}).
 */
public final class ReplicationEvaluator implements Evaluator {
    /** One replication: its statistic and its cost. */
    public record Replicate(double statistic, double costUsd) {}

    /** The model of one replication. Must be a pure function of its arguments. */
    @FunctionalInterface
    public interface Replication {
        Replicate run(double[] point, long seed);
    }

    private final Replication replication;
    private final double targetUsd;
    private final int threads;

    public ReplicationEvaluator(Replication replication, double targetUsd, int threads) {
        this.replication = replication;
        this.targetUsd = targetUsd;
        this.threads = Math.max(1, threads);
    }

    @Override
    public Evaluation evaluate(double[] point, SeedPlan seeds) {
        int n = seeds.replications();
        double[] statistics = new double[n];
        double cost = 0;
        double[] x = point.clone();
        if (threads == 1) {
            for (int k = 0; k < n; k++) {
                Replicate r = replication.run(x.clone(), seeds.seed(k));
                statistics[k] = r.statistic();
                cost += r.costUsd();
            }
            return new Evaluation(x, statistics, cost / n, targetUsd);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "bilatsim-goalseek");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Replicate>> futures = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                long seed = seeds.seed(k);
                futures.add(pool.submit(() -> replication.run(x.clone(), seed)));
            }
            // Summed in replication order: the cost's rounding is the same at any thread count.
            for (int k = 0; k < n; k++) {
                Replicate r = futures.get(k).get();
                statistics[k] = r.statistic();
                cost += r.costUsd();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new Evaluation(x, statistics, cost / n, targetUsd);
    }
}
