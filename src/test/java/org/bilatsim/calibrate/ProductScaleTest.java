package org.bilatsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.SingleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibrated scenario with many HS6 products per direction validates and runs 144 months through the
 * command line. In {@code mvn verify} with 200 products per direction; the benchmark of
 * docs/performance.md sets {@code -Dbilatsim.scale.products=5000} (and {@code -Dbilatsim.scale.keep=DIR}
 * to keep the files for timing the launcher).
 */
class ProductScaleTest {
    @TempDir
    Path dir;

    @Test
    void aCalibratedScenarioWithManyProductsValidatesAndRuns144Months() throws IOException {
        int products = Integer.getInteger("bilatsim.scale.products", 200);
        Path data = System.getProperty("bilatsim.scale.keep") != null
                ? Files.createDirectories(Path.of(System.getProperty("bilatsim.scale.keep")))
                : dir;
        SyntheticTradeData.write(data, products, 1);
        Path scenario = data.resolve("scale-" + products + ".yaml");
        Files.deleteIfExists(scenario);
        long t0 = System.nanoTime();
        CalibrateScenarioTest.Result calibrate = CalibrateScenarioTest.bilatsim(
                "calibrate",
                "--flows",
                data.resolve(Samples.BACI).toString(),
                "--countries",
                data.resolve(Samples.COUNTRIES).toString(),
                "--importer",
                "AZE",
                "--exporter",
                "PAK",
                "--all",
                "--tariffs",
                data.resolve("trains.csv").toString(),
                "--elasticities",
                data.resolve("kno.csv").toString(),
                data.resolve("fgo.csv").toString(),
                "-o",
                scenario.toString());
        assertEquals(0, calibrate.exitCode(), calibrate.err());
        long t1 = System.nanoTime();
        ScenarioConfig config = ConfigLoader.load(scenario, List.of());
        assertEquals(2 * products, config.products().size(), "every HS6 line of both directions is a product");
        assertEquals(144, config.months());
        CalibrateScenarioTest.Result validate = CalibrateScenarioTest.bilatsim("validate", scenario.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        long t2 = System.nanoTime();
        // The model alone (observations counted, not written), timed in CPU time of this thread too:
        // the machine is shared, and CPU time is what an idle machine's wall time would be.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] observations = new long[1];
        long m0 = System.nanoTime();
        SingleRun.Summary summary = SingleRun.run(config, o -> observations[0]++);
        long m1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        assertEquals(144, summary.months());
        assertTrue(observations[0] > 144L * products, "every market reports every month");
        long t2b = System.nanoTime();
        CalibrateScenarioTest.Result run = CalibrateScenarioTest.bilatsim(
                "run",
                scenario.toString(),
                "--out",
                dir.resolve("out").toString(),
                "-q",
                "--no-charts",
                "--summary-only");
        long t3 = System.nanoTime();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2034"), run.out());
        System.out.printf(
                java.util.Locale.ROOT,
                "product scale: %d products per direction, %d bytes of YAML, %d agents; "
                        + "calibrate %.1f s, load and validate %.1f s, model alone %.1f s (%.1f s CPU, %d observations), "
                        + "bilatsim run %.1f s%n",
                products,
                Files.size(scenario),
                summary.agents(),
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (m1 - m0) / 1e9,
                (cpu1 - cpu0) / 1e9,
                observations[0],
                (t3 - t2b) / 1e9);
    }
}
