package org.bilatsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.TradeModel;
import org.bilatsim.experiment.SyntheticScenario;

/**
 * Months per second of CPU time (this thread's, {@link ThreadMXBean#getCurrentThreadCpuTime}) of the
 * JMH benchmarks' synthetic market (100,000 exporters, 1,000 importers, 101,003 agents), with and
 * without productivity shocks, and of the reference loop's two months: on a shared machine the
 * thread's CPU time is what a core gives, where JMH's wall-clock throughput also counts the time the
 * thread waited for a core. Rounds alternate the four (so a busy minute falls on all of them alike);
 * each figure is the best block of 0.2 s of CPU time after 400 months of warm-up.
 * Usage: java -XX:+UseSerialGC -XX:+UseTransparentHugePages -cp target/benchmarks.jar \
 *     org.bilatsim.bench.MonthCpuTime [rounds] [model-only]
 */
public final class MonthCpuTime {
    private static final int AGENTS = 101_003;
    /** A block runs months until it has used this much CPU time: 0.2 s. */
    private static final long BLOCK_CPU_NANOS = 200_000_000L;

    private MonthCpuTime() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        boolean modelOnly = args.length > 1 && args[1].equals("model-only");
        List<String> names = new ArrayList<>();
        List<Runnable> months = new ArrayList<>();
        names.add("model, shocks off");
        months.add(model(List.of()));
        String pak = "products.good-0.sources.PAK.exporters.";
        names.add("model, productivity shocks");
        months.add(model(List.of(pak + "productivityShockSd=0.05", pak + "productivityShockPersistence=0.95")));
        if (!modelOnly) {
            ReferenceLoopBenchmark plain = reference();
            names.add("reference loop, shocks off");
            months.add(plain::oneMonthOfOneMarket);
            ReferenceLoopBenchmark shocked = reference();
            names.add("reference loop, productivity shocks");
            months.add(shocked::oneMonthWithProductivityShocks);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Runnable month : months) {
            for (int m = 0; m < 400; m++) {
                month.run();
            }
        }
        double[] best = new double[months.size()];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < months.size(); b++) {
                long start = threads.getCurrentThreadCpuTime();
                long elapsed;
                int count = 0;
                do {
                    months.get(b).run();
                    count++;
                    elapsed = threads.getCurrentThreadCpuTime() - start;
                } while (elapsed < BLOCK_CPU_NANOS);
                double perSecond = count / (elapsed * 1e-9);
                best[b] = Math.max(best[b], perSecond);
            }
        }
        for (int b = 0; b < months.size(); b++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-38s %,8.0f months per CPU second  %,6.1f M agent-steps/s per core%n",
                    names.get(b),
                    best[b],
                    best[b] * AGENTS / 1e6);
        }
        if (!modelOnly) {
            System.out.printf(
                    Locale.ROOT,
                    "model / reference: shocks off %.2fx, productivity shocks %.2fx (time per month)%n",
                    best[2] / best[0],
                    best[3] / best[1]);
        }
    }

    private static Runnable model(List<String> settings) {
        List<String> all = new ArrayList<>(settings);
        all.add("products.good-0.demandGrowthPerYear=0");
        ScenarioConfig config =
                ConfigLoader.parse("synthetic.yaml", SyntheticScenario.yaml(100_000, 1000, 1, 200), all);
        TradeModel model = new TradeModel(config, o -> {}, false, TradeModel.Scheduling.SEQUENCE);
        model.start();
        return () -> model.schedule.step(model);
    }

    private static ReferenceLoopBenchmark reference() {
        ReferenceLoopBenchmark loop = new ReferenceLoopBenchmark();
        loop.exporters = 100_000;
        loop.importers = 1000;
        loop.setUp();
        return loop;
    }
}
