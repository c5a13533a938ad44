package org.bilatsim.calibrate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.engine.TradeModel;

/**
 * The scaling-with-products curve of docs/performance.md: for each size (products per direction),
 * synthetic BACI/TRAINS/elasticity files, then calibrate, load and 144 months of the model, each timed
 * in wall and CPU time of this thread, and the heap the built model holds. Run from the project folder:
 * {@code java -cp target/bilatsim.jar:target/test-classes org.bilatsim.calibrate.ProductScaleBenchmark 500 1000 2000 5000}.
 */
public final class ProductScaleBenchmark {
    private ProductScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("products_per_direction,yaml_bytes,agents,calibrate_s,calibrate_cpu_s,load_s,load_cpu_s,"
                + "model_s,model_cpu_s,model_heap_mb");
        for (String arg : args) {
            int products = Integer.parseInt(arg);
            Path dir = Files.createTempDirectory("bilatsim-scale");
            SyntheticTradeData.write(dir, products, 1);
            Path scenario = dir.resolve("scale.yaml");
            Request request = new Request(
                    List.of(dir.resolve(Samples.BACI)),
                    dir.resolve(Samples.COUNTRIES),
                    List.of(dir.resolve("trains.csv")),
                    List.of(dir.resolve("kno.csv"), dir.resolve("fgo.csv")),
                    "AZE",
                    "PAK",
                    0,
                    List.of(),
                    50,
                    true,
                    6,
                    20,
                    20,
                    1.10,
                    2e9);
            long w0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            ScenarioWriter.write(request, scenario);
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            ScenarioConfig config = ConfigLoader.load(scenario, List.of());
            long w2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            long[] count = new long[1];
            TradeModel model = new TradeModel(config, o -> count[0]++, false);
            SingleRun.Summary summary = SingleRun.run(model, o -> count[0]++);
            long w3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(
                    Locale.ROOT,
                    "%d,%d,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.0f%n",
                    products,
                    Files.size(scenario),
                    summary.agents(),
                    (w1 - w0) / 1e9,
                    (c1 - c0) / 1e9,
                    (w2 - w1) / 1e9,
                    (c2 - c1) / 1e9,
                    (w3 - w2) / 1e9,
                    (c3 - c2) / 1e9,
                    heap / 1e6);
            if (model.world() == null) {
                throw new IllegalStateException("the model must stay reachable until the heap is measured");
            }
        }
    }
}
