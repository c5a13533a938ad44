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
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;

/**
 * Evaluates run specs as Spark tasks and returns their outcomes in spec order. A task is a run of
 * consecutive specs (about sixteen tasks a core; one spec a task when months come back).
 * The specs travel once per job as a broadcast (their shared config written once, {@link Wire}); a
 * task names its specs by index, and runs {@link Outcome#of} exactly as the in-process runner's threads do,
 * so an outcome depends on its spec only: the same seeds give the same numbers, byte for byte, on
 * {@code local[*]} or on a cluster. When the experiment watches the months (the timeseries of
 * {@code run}), a task also returns its run's observations and the driver hands them to the
 * experiment's sink, a wave of tasks at a time so that memory holds one wave.
 */
final class SparkRunner implements Runner {
    /**
     * Tasks per core of a job: enough that runs of unequal length still keep every core busy to the
     * end, few enough that Spark's own cost per task (a few milliseconds of scheduling, task
     * serialisation and metrics: docs/performance.md) stays small beside the runs in it.
     */
    private static final int TASKS_PER_CORE = 16;
    /** Tasks per core of a wave while months come back (one spec a task). */
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
        String shipped = conf.get("spark.jars", "");
        // spark-submit names them already (its application jar and --jars).
        List<String> names = java.util.Arrays.stream(shipped.split(","))
                .filter(jar -> !jar.isBlank())
                .map(jar -> jar.substring(jar.lastIndexOf('/') + 1))
                .toList();
        jars.removeIf(jar -> names.contains(Path.of(jar).getFileName().toString()));
        if (!jars.isEmpty()) {
            conf.set("spark.jars", (shipped.isEmpty() ? "" : shipped + ",") + String.join(",", jars));
        }
        if (!directories.isEmpty()) {
            String classPath = conf.get("spark.executor.extraClassPath", "");
            conf.set(
                    "spark.executor.extraClassPath",
                    (classPath.isEmpty() ? "" : classPath + File.pathSeparator)
                            + String.join(File.pathSeparator, directories));
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
        int cores = Math.max(1, context.defaultParallelism());
        // Without months: about TASKS_PER_CORE tasks a core, each a run of consecutive specs. With
        // months: one spec a task, in waves, so that the driver holds one wave's months at a time.
        int perTask = months ? 1 : (specs.size() + TASKS_PER_CORE * cores - 1) / (TASKS_PER_CORE * cores);
        int wave = months ? TASKS_PER_CORE_PER_WAVE * cores : specs.size();
        Broadcast<byte[]> shipped = context.broadcast(Wire.write(new ArrayList<>(specs)));
        // Names this spec list in the executors' cache: broadcast ids start again with every context.
        String job = UUID.randomUUID().toString();
        Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> sharedKeys = new ConcurrentHashMap<>();
        List<Outcome> outcomes = new ArrayList<>(specs.size());
        Thread reporter = progressReporter(finishedTasks.get(), perTask, specs.size(), progress);
        try {
            for (int from = 0; from < specs.size(); from += wave) {
                int to = Math.min(specs.size(), from + wave);
                List<int[]> ranges = new ArrayList<>();
                for (int first = from; first < to; first += perTask) {
                    ranges.add(new int[] {first, Math.min(to, first + perTask)});
                }
                List<byte[]> results = context.parallelize(ranges, ranges.size())
                        .map(new Evaluate(shipped, job, months))
                        .collect();
                int index = from;
                for (byte[] bytes : results) {
                    for (Object result : (List<?>) Wire.read(bytes)) {
                        outcomes.add(outcome(specs.get(index), index, (Result) result, observers, sharedKeys));
                        index++;
                    }
                }
            }
        } finally {
            reporter.interrupt();
            shipped.destroy();
        }
        progress.accept(specs.size());
        return List.copyOf(outcomes);
    }

    /** Tells {@code progress} the runs finished so far, from Spark's listener, until interrupted. */
    private Thread progressReporter(int startedTasks, int perTask, int total, IntConsumer progress) {
        Thread reporter = new Thread(
                () -> {
                    try {
                        int told = 0;
                        while (true) {
                            Thread.sleep(200);
                            int done = Math.min(total, (finishedTasks.get() - startedTasks) * perTask);
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
        List<AnnualAggregator.Row> keys = sharedKeys.computeIfAbsent(result.keys(), k -> k);
        return new Outcome(spec, keys, result.values(), result.totals(), result.summary());
    }

    /**
     * What a task sends back of a run: its outcome without the spec (the driver has it), the months
     * when asked; or why it failed. The runs of a task that have equal annual keys share one key list,
     * which the wire then writes once.
     */
    record Result(
            List<AnnualAggregator.Row> keys,
            double[] values,
            List<BilateralTotals.Year> totals,
            SingleRun.Summary summary,
            List<Observation> months,
            String failure) {
        static Result of(Outcome outcome, List<Observation> months, Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> keys) {
            return new Result(
                    keys.computeIfAbsent(outcome.keys(), k -> k),
                    outcome.values(),
                    outcome.totals(),
                    outcome.summary(),
                    months,
                    null);
        }

        static Result failed(RuntimeException e) {
            return new Result(List.of(), new double[0], List.of(), null, List.of(), String.valueOf(e));
        }
    }

    /** The task: run specs {@code from} to {@code to} (exclusive) of the broadcast list, in order. */
    static final class Evaluate implements Function<int[], byte[]> {
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
        public byte[] call(int[] range) {
            List<RunSpec> decoded = decoded();
            List<Result> results = new ArrayList<>(range[1] - range[0]);
            Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> keys = new java.util.HashMap<>();
            for (int index = range[0]; index < range[1]; index++) {
                results.add(evaluate(decoded.get(index), keys));
            }
            return Wire.write(results);
        }

        @SuppressWarnings("unchecked")
        private List<RunSpec> decoded() {
            synchronized (DECODED) {
                List<RunSpec> decoded = DECODED.get(job);
                if (decoded == null) {
                    DECODED.clear();
                    decoded = (List<RunSpec>) Wire.read(specs.value());
                    DECODED.put(job, decoded);
                }
                return decoded;
            }
        }

        private Result evaluate(RunSpec spec, Map<List<AnnualAggregator.Row>, List<AnnualAggregator.Row>> keys) {
            try {
                if (!months) {
                    return Result.of(Outcome.of(spec, null), List.of(), keys);
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
                return Result.of(Outcome.of(spec, recorder), observed, keys);
            } catch (RuntimeException e) {
                return Result.failed(e);
            }
        }
    }
}
