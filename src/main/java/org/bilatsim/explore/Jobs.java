package org.bilatsim.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.SetupMemo;

/**
 * The one bounded pool of model workers, shared by every request, and the jobs it runs. A job is N
 * replications of one scenario; its workers take replications in order, so the first few finish
 * first and the page gets a first answer from them, refined as more finish. A new job of the same
 * page (session) cancels the one before: its workers stop after the replication they are on, so a
 * dragged slider leaves no backlog. The baseline's replications are computed once per scenario and
 * number of replications and kept (about a kilobyte each), for the last {@link #BASELINES_KEPT} of them.
 * Nothing heavy runs on the request's thread: each replication's spec (a bind of the drawn
 * parameters, {@link ModelAdapter.Specs}) is made by the worker that runs it.
 */
public final class Jobs implements AutoCloseable {
    /** Most replications of one job (memory: about 1 kB each, twice with the baseline). */
    public static final int MAX_REPLICATIONS = 1000;
    /** Most jobs running at once (other pages beyond it are told the server is busy). */
    public static final int MAX_RUNNING = 8;
    /** Finished jobs kept for late polls. */
    private static final int KEPT = 32;
    /**
     * Baselines kept (scenario and number of replications): at most 8 x 1,000 replications of about
     * a kilobyte, whatever numbers of replications the pages ask for.
     */
    static final int BASELINES_KEPT = 8;
    /**
     * Bytes of seeded generators and firm productivities kept between changes ({@link SetupMemo}):
     * about 0.4 MB a replication of the default scenario (75 generators of 2.5 kB, 15,760 draws of
     * 8 bytes), so the 100 replications a page runs by default, and those of a few scenarios, fit.
     */
    static final long SETUP_MEMO_BYTES = 96L << 20;

    private final ExecutorService pool;
    private final int threads;
    private final SetupMemo memo = new SetupMemo(SETUP_MEMO_BYTES);
    private final Map<String, Job> jobs = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT && eldest.getValue().finished();
        }
    };
    /** Each page (session): its latest job and the newest change it has sent ({@link #claim}). */
    private final Map<String, Page> pages = keepingLast(4 * KEPT);

    private final Map<String, Baseline> baselines = keepingLast(BASELINES_KEPT);

    /** A page's latest job (null before its first) and the number of its newest change (-1: none numbered). */
    private static final class Page {
        Job latest;
        long newestSeq = -1;
    }

    /** A map that keeps its {@code max} most recently used entries. */
    private static <V> Map<String, V> keepingLast(int max) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    /**
     * A scenario's pinned baseline for one number of replications: its specs (the parameter design
     * depends on the number), the rows below the chart, and its replications as they are computed.
     * Replication k of a baseline of n replications is the CLI's replication k of n, so a cache
     * keyed by the scenario alone would pair a page's replications with another n's.
     */
    record Baseline(
            ModelAdapter.Specs specs,
            ModelAdapter.Layout layout,
            AtomicReferenceArray<ModelAdapter.Replication> runs) {}

    public Jobs(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "bilatsim-explore-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    /** Thrown when {@link #MAX_RUNNING} jobs are running. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("the explorer is busy with " + MAX_RUNNING + " computations; try again in a moment");
        }
    }

    /**
     * Thrown for a change older than one the same page has already sent: two requests of a page can
     * reach the server in either order, and the older must neither cancel nor replace the newer.
     */
    public static final class Superseded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Superseded(long seq, long newest) {
            super("change " + seq + " of this page was not run: change " + newest + " was sent after it");
        }
    }

    /** Starts a job, cancelling the session's previous one ({@code seq} as in {@link #cancelLatest}). */
    public Job submit(String session, long seq, ScenarioDocument document, ScenarioConfig config, int replications) {
        if (replications < 1 || replications > MAX_REPLICATIONS) {
            throw new Draft.BadRequest("replications must be a whole number from 1 to " + MAX_REPLICATIONS);
        }
        Job job;
        synchronized (this) {
            Page page = claim(session, seq);
            long running = jobs.values().stream().filter(j -> !j.finished()).count();
            if (running >= MAX_RUNNING) {
                throw new Busy();
            }
            Baseline baseline = baselines.computeIfAbsent(
                    document.id() + "\n" + replications,
                    k -> new Baseline(
                            new ModelAdapter.Specs(
                                    document.baseline(), document.baseline().seed(), replications),
                            ModelAdapter.Layout.of(document.baseline()),
                            new AtomicReferenceArray<>(replications)));
            job = new Job(UUID.randomUUID().toString(), document, config, replications, baseline, firstAnswer(), memo);
            jobs.put(job.id, job);
            page.latest = job;
        }
        for (int w = 0; w < Math.min(threads, replications); w++) {
            pool.execute(job::work);
        }
        return job;
    }

    /**
     * Cancels the session's latest job, if it is still running. {@code seq} numbers the page's
     * changes (higher is newer; -1: the client does not number them, and every request is the
     * newest): a change older than one already seen is refused with {@link Superseded} and cancels
     * nothing.
     */
    public synchronized void cancelLatest(String session, long seq) {
        claim(session, seq);
    }

    /**
     * Takes change {@code seq} as the page's newest (refused with {@link Superseded} when an older
     * one) and cancels the page's latest job, if it is still running.
     */
    private Page claim(String session, long seq) {
        Page page = pages.computeIfAbsent(session, s -> new Page());
        if (seq >= 0) {
            if (seq < page.newestSeq) {
                throw new Superseded(seq, page.newestSeq);
            }
            page.newestSeq = seq;
        }
        if (page.latest != null) {
            page.latest.cancel();
        }
        return page;
    }

    /**
     * Replications of a page's first answer: one per worker (they finish together), at least 2 (one
     * replication has no band).
     */
    int firstAnswer() {
        return Math.max(2, threads);
    }

    public synchronized Job get(String id) {
        return jobs.get(id);
    }

    @Override
    public void close() {
        synchronized (this) {
            jobs.values().forEach(Job::cancel);
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One computation: N replications of a scenario and of its baseline. */
    public static final class Job {
        public enum State {
            RUNNING,
            DONE,
            CANCELLED,
            FAILED
        }

        final String id;
        final ScenarioDocument document;
        final ScenarioConfig config;
        final int replications;
        private final boolean unchanged;
        private final ModelAdapter.Layout layout;
        private final ModelAdapter.Specs specs;
        private final ModelAdapter.Specs baselineSpecs;
        private final AtomicReferenceArray<ModelAdapter.Replication> baseline;
        private final int firstAnswer;
        private final SetupMemo memo;
        private final ModelAdapter.Replication[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final long started = System.nanoTime();
        private int done;
        private int workers;
        private State state = State.RUNNING;
        private String failure;
        private long firstNanos = -1;
        private long doneNanos = -1;

        Job(
                String id,
                ScenarioDocument document,
                ScenarioConfig config,
                int replications,
                Baseline baseline,
                int firstAnswer,
                SetupMemo memo) {
            this.id = id;
            this.memo = memo;
            this.document = document;
            this.config = config;
            this.replications = replications;
            this.unchanged = config.equals(document.baseline());
            this.layout = baseline.layout();
            // Common random numbers: both run with the baseline's seeds, as bilatsim compare does.
            this.specs = new ModelAdapter.Specs(config, document.baseline().seed(), replications);
            this.baselineSpecs = baseline.specs();
            this.baseline = baseline.runs();
            this.firstAnswer = firstAnswer;
            this.results = new ModelAdapter.Replication[replications];
        }

        public String id() {
            return id;
        }

        void work() {
            synchronized (this) {
                workers++;
            }
            try {
                while (!cancelled()) {
                    int k = next.getAndIncrement();
                    if (k >= replications) {
                        break;
                    }
                    ModelAdapter.Replication b = baseline.get(k);
                    if (b == null) {
                        b = ModelAdapter.run(baselineSpecs.get(k), layout, memo);
                        baseline.compareAndSet(k, null, b);
                    }
                    if (cancelled()) {
                        break;
                    }
                    ModelAdapter.Replication s = unchanged ? b : ModelAdapter.run(specs.get(k), layout, memo);
                    record(k, s);
                }
            } catch (ConfigException e) {
                fail(e.getMessage());
            } catch (RuntimeException e) {
                fail("the run failed: " + e);
            } finally {
                synchronized (this) {
                    workers--;
                    notifyAll();
                }
            }
        }

        private synchronized void record(int k, ModelAdapter.Replication r) {
            if (state != State.RUNNING) {
                return;
            }
            results[k] = r;
            done++;
            if (firstNanos < 0) {
                firstNanos = System.nanoTime();
            }
            if (done == replications) {
                state = State.DONE;
                doneNanos = System.nanoTime();
            }
            notifyAll();
        }

        private synchronized void fail(String message) {
            if (state == State.RUNNING) {
                state = State.FAILED;
                failure = message;
            }
            notifyAll();
        }

        public synchronized void cancel() {
            if (state == State.RUNNING) {
                state = State.CANCELLED;
            }
            notifyAll();
        }

        synchronized boolean cancelled() {
            return state != State.RUNNING;
        }

        synchronized boolean finished() {
            return state != State.RUNNING;
        }

        /** Whether the job's workers have all stopped (a cancelled job leaves no work behind). */
        public synchronized boolean idle() {
            return workers == 0 && (state != State.RUNNING || next.get() >= replications);
        }

        public synchronized State state() {
            return state;
        }

        public synchronized int done() {
            return done;
        }

        /**
         * Waits until more than {@code seen} replications are done, at the first answer's number
         * ({@link Jobs#firstAnswer}) and then at the next doubling (so a poll brings a visibly better
         * answer), or the job has ended, or the time is up.
         */
        public synchronized void await(int seen, long timeoutMillis) throws InterruptedException {
            int step = seen <= 0 ? firstAnswer : 2 * seen;
            int wanted = Math.min(replications, Math.max(step, seen + 1));
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (state == State.RUNNING && done < wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** The page's view of the job: its state and, once any replication is done, the numbers. */
        public Map<String, Object> snapshot() {
            List<ModelAdapter.Replication> s = new ArrayList<>();
            List<ModelAdapter.Replication> b = new ArrayList<>();
            Map<String, Object> out = new LinkedHashMap<>();
            synchronized (this) {
                out.put("job", id);
                out.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
                out.put("done", done);
                out.put("replications", replications);
                out.put("elapsedMs", ((doneNanos > 0 ? doneNanos : System.nanoTime()) - started) / 1e6);
                out.put("firstPartialMs", firstNanos > 0 ? (firstNanos - started) / 1e6 : null);
                out.put("error", failure);
                out.put("unchanged", unchanged);
                // Replications in order: the numbers of a finished job depend on nothing but its specs.
                for (int k = 0; k < replications; k++) {
                    if (results[k] != null) {
                        s.add(results[k]);
                        b.add(baseline.get(k));
                    }
                }
            }
            if (!s.isEmpty()) {
                out.put("result", ModelAdapter.summary(config, layout, s, b));
            }
            return out;
        }
    }
}
