package org.bilatsim.experiment.spark;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;

/**
 * Evaluates run specs as Spark tasks, one task per spec, and returns their outcomes in spec order.
 * The specs travel once per job as a broadcast (their shared config written once, {@link Wire}); a
 * task is a spec's index, and runs {@link Outcome#of} exactly as the in-process runner's threads do,
 * so an outcome depends on its spec only: the same seeds give the same numbers, byte for byte, on
 * {@code local[*]} or on a cluster. When the experiment watches the months (the timeseries of
 * {@code run}), a task also returns its run's observations and the driver hands them to the
 * experiment's sink, a wave of tasks at a time so that memory holds one wave.
 */
final class SparkRunner implements Runner {
    /** Specs per job while months come back: a few tasks per core keep every core busy. */
    private static final int TASKS_PER_CORE_PER_WAVE = 4;

    private final JavaSparkContext context;
    private final String master;
    private final AtomicInteger finishedTasks = new AtomicInteger();

    SparkRunner(String master) {
        this.master = master;
        // new SparkConf() also reads spark.* system properties (-Dspark.executor.memory=4g in
        // BILATSIM_JAVA_OPTS, or what spark-submit sets).
        SparkConf conf = new SparkConf().setMaster(master).setAppName("bilatsim");
        if (master.startsWith("local") || master.contains("://127.0.0.1:") || master.contains("://localhost:")) {
            // A run on this machine listens on the loopback interface only.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (!master.startsWith("local")) {
            shipApplication(conf);
        }
        this.context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
        context.sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
                if (taskEnd.taskInfo().successful()) {
                    finishedTasks.incrementAndGet();
                }
            }
        });
    }

    /**
     * The executors of a cluster need bilatsim's classes: jars are shipped with the job
     * (spark.jars); class directories (a build's target/classes, in tests) can only be named on the
     * executors' class path, which works where the workers share this file system.
     */
    private static void shipApplication(SparkConf conf) {
        Set<String> jars = new LinkedHashSet<>();
        Set<String> directories = new LinkedHashSet<>();
        for (Class<?> type : List.of(Runner.class, SparkRunner.class)) {
            Path location = location(type);
            if (location.toString().endsWith(".jar")) {
                jars.add(location.toString());
            } else {
                directories.add(location.toString());
            }
        }
        if (!jars.isEmpty()) {
            String given = conf.get("spark.jars", "");
            conf.set("spark.jars", (given.isEmpty() ? "" : given + ",") + String.join(",", jars));
        }
        if (!directories.isEmpty()) {
            String given = conf.get("spark.executor.extraClassPath", "");
            conf.set(
                    "spark.executor.extraClassPath",
                    (given.isEmpty() ? "" : given + File.pathSeparator) + String.join(File.pathSeparator, directories));
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String master() {
        return master;
    }

    void stop() {
        context.stop();
    }

    @Override
    public List<Outcome> run(List<RunSpec> specs, Observers observers, IntConsumer progress) {
        if (specs.isEmpty()) {
            return List.of();
        }
        boolean months = observers != Observers.NONE;
        Broadcast<byte[]> shipped = context.broadcast(Wire.write(new ArrayList<>(specs)));
        // Names this spec list in the executors' cache: broadcast ids start again with every context.
        String job = UUID.randomUUID().toString();
        int wave = months ? Math.max(1, TASKS_PER_CORE_PER_WAVE * context.defaultParallelism()) : specs.size();
        Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys = new ConcurrentHashMap<>();
        List<Outcome> outcomes = new ArrayList<>(specs.size());
        int startedTasks = finishedTasks.get();
        Thread reporter = progressReporter(startedTasks, specs.size(), progress);
        try {
            for (int from = 0; from < specs.size(); from += wave) {
                int to = Math.min(specs.size(), from + wave);
                List<Integer> indices = IntStream.range(from, to).boxed().toList();
                List<byte[]> results = context.parallelize(indices, indices.size())
                        .map(new Evaluate(shipped, job, months))
                        .collect();
                for (int i = from; i < to; i++) {
                    Result result = (Result) Wire.read(results.get(i - from));
                    outcomes.add(outcome(specs.get(i), i, result, observers, sharedKeys));
                }
            }
        } finally {
            reporter.interrupt();
            shipped.destroy();
        }
        progress.accept(specs.size());
        return List.copyOf(outcomes);
    }

    /** Tells {@code progress} the tasks finished so far, from Spark's listener, until interrupted. */
    private Thread progressReporter(int startedTasks, int total, IntConsumer progress) {
        Thread reporter = new Thread(
                () -> {
                    try {
                        int told = 0;
                        while (true) {
                            Thread.sleep(200);
                            int done = Math.min(total, finishedTasks.get() - startedTasks);
                            if (done > told) {
                                progress.accept(done);
                                told = done;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bilatsim-spark-progress");
        reporter.setDaemon(true);
        reporter.start();
        return reporter;
    }

    /**
     * The outcome of spec {@code index} on the driver: the driver's own spec object, the months
     * replayed into the experiment's sink, and a failed run run again here, which raises the same
     * error (a run depends on its spec only) with its own type and message (a config error names
     * the key).
     */
    private static Outcome outcome(
            RunSpec spec,
            int index,
            Result result,
            Observers observers,
            Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys) {
        if (result.failure() != null) {
            Outcome.of(spec, null);
            throw new IllegalStateException("run " + index + " failed on Spark: " + result.failure());
        }
        ObservationSink sink = observers.open(index, spec);
        if (sink != null) {
            for (Observation observation : result.months()) {
                sink.accept(observation);
            }
            sink.finish();
        }
        Outcome remote = result.outcome();
        List<AnnualAggregator.Row> keys = sharedKeys.computeIfAbsent(remote.keys(), k -> k);
        return new Outcome(spec, keys, remote.values(), remote.totals(), remote.summary());
    }

    /** What a task sends back: the outcome and, when asked, the run's months; or why it failed. */
    record Result(Outcome outcome, List<Observation> months, String failure) {}

    /** The task: run spec {@code index} of the broadcast list. */
    static final class Evaluate implements Function<Integer, byte[]> {
        private static final long serialVersionUID = 1L;
        /** The decoded specs of the last broadcast seen in this executor, shared by its task threads. */
        private static final Map<String, List<RunSpec>> DECODED = new ConcurrentHashMap<>();

        private final Broadcast<byte[]> specs;
        private final String job;
        private final boolean months;

        Evaluate(Broadcast<byte[]> specs, String job, boolean months) {
            this.specs = specs;
            this.job = job;
            this.months = months;
        }

        @Override
        @SuppressWarnings("unchecked")
        public byte[] call(Integer index) {
            List<RunSpec> decoded;
            synchronized (DECODED) {
                decoded = DECODED.get(job);
                if (decoded == null) {
                    DECODED.clear();
                    decoded = (List<RunSpec>) Wire.read(specs.value());
                    DECODED.put(job, decoded);
                }
            }
            RunSpec spec = decoded.get(index);
            try {
                if (!months) {
                    return Wire.write(new Result(Outcome.of(spec, null), List.of(), null));
                }
                List<Observation> observed = new ArrayList<>();
                ObservationSink recorder = new ObservationSink() {
                    @Override
                    public void accept(Observation observation) {
                        observed.add(observation);
                    }

                    @Override
                    public void finish() {}
                };
                Outcome outcome = Outcome.of(spec, recorder);
                return Wire.write(new Result(outcome, observed, null));
            } catch (RuntimeException e) {
                return Wire.write(new Result(null, List.of(), String.valueOf(e)));
            }
        }
    }
}
