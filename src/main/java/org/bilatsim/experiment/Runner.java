package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.Seeds;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.output.AnnualAggregator;
import org.bilatsim.output.BilateralTotals;

/**
 * Runs a list of {@link RunSpec}s on a fixed pool of threads and returns their outcomes in list
 * order. Each run has its own model and random streams, so the result of a run depends only on its
 * spec, never on the thread count or on which thread ran it. Parallel only across runs.
 */
public final class Runner {
    /** Makes the sink of run {@code index} (e.g. a writer of its part of timeseries.csv). */
    @FunctionalInterface
    public interface SinkFactory {
        ObservationSink open(int index, RunSpec spec);
    }

    private Runner() {
    }

    /** The specs of N replications of a config: replication k runs with {@link Seeds#replication}. */
    public static List<RunSpec> replications(String label, ScenarioConfig config, long baseSeed, int n) {
        List<RunSpec> specs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            specs.add(new RunSpec(label, config.withSeed(Seeds.replication(baseSeed, k)), k));
        }
        return specs;
    }

    /**
     * @param sinks    extra sink per run (null for none)
     * @param progress told the number of finished runs after each one (from worker threads)
     */
    public static List<Outcome> run(List<RunSpec> specs, int threads, SinkFactory sinks, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, specs.size())), r -> {
            Thread t = new Thread(r, "bilatsim-run");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys =
                new java.util.concurrent.ConcurrentHashMap<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                int index = i;
                RunSpec spec = specs.get(i);
                futures.add(pool.submit(() -> {
                    Outcome outcome = runOne(spec, sinks == null ? null : sinks.open(index, spec), sharedKeys);
                    progress.accept(done.incrementAndGet());
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(specs.size());
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException c) {
                throw c;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome runOne(RunSpec spec, ObservationSink extra,
            java.util.concurrent.ConcurrentHashMap<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys) {
        AnnualAggregator annual = new AnnualAggregator();
        ObservationSink sink = extra == null ? annual : new ObservationSink() {
            @Override
            public void accept(org.bilatsim.engine.Observation observation) {
                extra.accept(observation);
                annual.accept(observation);
            }

            @Override
            public void finish() {
                extra.finish();
            }
        };
        SingleRun.Summary summary = SingleRun.run(spec.config(), sink);
        List<AnnualAggregator.Row> rows = annual.rows();
        double[] values = new double[rows.size()];
        List<AnnualAggregator.Row> keys = new ArrayList<>(rows.size());
        for (int i = 0; i < values.length; i++) {
            AnnualAggregator.Row r = rows.get(i);
            values[i] = r.value();
            keys.add(new AnnualAggregator.Row(r.year(), r.exporter(), r.importer(), r.product(), r.metric(), r.unit(), 0));
        }
        // Runs with the same rows share one key list: memory per replication is its values only.
        List<AnnualAggregator.Row> shared = sharedKeys.computeIfAbsent(List.copyOf(keys), k -> k);
        return new Outcome(spec, shared, values, BilateralTotals.of(rows, spec.config().target()), summary);
    }
}
