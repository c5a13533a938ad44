package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.bilatsim.config.ConfigException;

/**
 * Runs specs on a fixed pool of threads and returns their outcomes in list order. Each run has its
 * own model and random streams, so the result of a run depends only on its spec, never on the
 * thread count or on which thread ran it. Parallel only across runs.
 */
final class LocalRunner implements Runner {
    private final int threads;

    LocalRunner(int threads) {
        this.threads = threads;
    }

    @Override
    public List<Outcome> run(List<RunSpec> specs, Observers observers, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, specs.size())), r -> {
            Thread t = new Thread(r, "bilatsim-run");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        // Runs with the same rows share one key list: memory per replication is its values only.
        ConcurrentHashMap<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys =
                new ConcurrentHashMap<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                int index = i;
                RunSpec spec = specs.get(i);
                futures.add(pool.submit(() -> {
                    Outcome outcome =
                            Outcome.of(spec, observers.open(index, spec)).sharingKeys(sharedKeys);
                    progress.accept(done.incrementAndGet());
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(specs.size());
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return List.copyOf(outcomes);
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
            // A replication already running when another failed still writes its monthly part files:
            // wait for it, so that the caller's clean-up (RunFolder.abort) runs after the last write and
            // a failed run leaves nothing behind. The model does not poll interrupts; a replication ends.
            try {
                pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
