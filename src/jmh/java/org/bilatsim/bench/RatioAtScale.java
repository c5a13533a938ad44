package org.bilatsim.bench;

import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.TradeModel;
import org.bilatsim.experiment.SyntheticScenario;

/**
 * The model against the reference loop at larger populations than the JMH benchmark's 100,000: one
 * stationary market (as {@code ModelBenchmarks.oneMonthOfOneMarket}) from 250,000 to 8,000,000
 * exporters; nanoseconds per exporter-month of each (best of five blocks of 50 months after 200
 * months of warm-up) and their ratio. With its positive fixed cost a month streams 28 bytes an agent
 * (the object and its reference), the reference loop 8 (the weights' array), so once a month's
 * agents outgrow the last-level cache the model's loop is the first to feel the memory's bandwidth.
 * Usage: java -XX:+UseSerialGC -XX:+UseTransparentHugePages -Xmx4g -cp target/benchmarks.jar \
 *     org.bilatsim.bench.RatioAtScale
 */
public final class RatioAtScale {
    private RatioAtScale() {}

    public static void main(String[] args) {
        for (int n : new int[] {250_000, 500_000, 1_000_000, 2_000_000, 4_000_000, 8_000_000}) {
            ScenarioConfig config = ConfigLoader.parse(
                    "synthetic.yaml",
                    SyntheticScenario.yaml(n, 1000, 1, 200),
                    List.of("products.good-0.demandGrowthPerYear=0"));
            TradeModel model = new TradeModel(config, o -> {}, false);
            model.start();
            double agents = perExporterMonth(n, () -> model.schedule.step(model));
            ReferenceLoopBenchmark reference = new ReferenceLoopBenchmark();
            reference.exporters = n;
            reference.importers = 1000;
            reference.setUp();
            double loop = perExporterMonth(n, reference::oneMonthOfOneMarket);
            System.out.printf(
                    Locale.ROOT,
                    "%,d exporters: model %.3f ns, reference %.3f ns per exporter-month: %.2fx%n",
                    n,
                    agents,
                    loop,
                    agents / loop);
        }
    }

    private static double perExporterMonth(int exporters, Runnable month) {
        for (int m = 0; m < 200; m++) {
            month.run();
        }
        double best = Double.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long start = System.nanoTime();
            for (int m = 0; m < 50; m++) {
                month.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 50.0 / exporters);
        }
        return best;
    }
}
