package org.bilatsim.experiment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on its embedded master gives the in-process engine's bytes: a run with its monthly
 * timeseries (months shipped back from the tasks), and a run whose replications draw uncertain
 * parameters (a Latin hypercube row per replication).
 */
class SparkLocalEngineTest {
    /** Uncertain parameters: each replication runs with its own draw. */
    private static final String SCENARIO = "configs/pak-aze/two-billion-push.yaml";

    @TempDir
    Path out;

    @AfterAll
    static void stopSpark() {
        org.bilatsim.experiment.Runner.engine("spark").orElseThrow().close();
    }

    @Test
    void aRunWithItsTimeseriesOnLocalTwoIsTheLocalRunByteForByte() throws Exception {
        Path local = SameBytes.run(out.resolve("local"), "run", SCENARIO, "-n", "6", "--no-charts");
        Path spark = SameBytes.run(
                out.resolve("spark"), "run", SCENARIO, "-n", "6", "--no-charts", "--engine", "spark", "--master",
                "local[2]");
        assertTrue(SameBytes.assertSame(local, spark) >= 8);
    }

    /** Also: --threads 2 with the Spark engine runs it on local[2]. */
    @Test
    void aSensitivityAnalysisOnSparkIsTheLocalOneByteForByte() throws Exception {
        String[] sensitivity = {
            "sensitivity", "configs/pak-aze/two-billion-push.yaml", "--samples", "4", "--bootstrap", "50", "--no-charts"
        };
        Path local = SameBytes.run(out.resolve("local"), sensitivity);
        String[] onSpark = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(sensitivity), java.util.stream.Stream.of("--engine", "spark", "--threads", "2"))
                .toArray(String[]::new);
        Path spark = SameBytes.run(out.resolve("spark"), onSpark);
        assertEquals("local[2]", org.apache.spark.SparkContext.getOrCreate().master());
        assertTrue(SameBytes.assertSame(local, spark) >= 2);
    }
}
