package org.bilatsim.cli;

import static org.bilatsim.cli.BadInputCorpusTest.assertNothingUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --engine and --master: the default jar carries no Spark, so --engine spark says what to build
 * (exit 2, before any work); a misspelt engine or a master without the Spark engine is a usage error.
 * The Spark engine itself is tested in src/spark/test/java (mvn -Pspark).
 */
class EngineOptionTest {
    @TempDir
    Path temp;

    private String usageError(String... args) throws java.io.IOException {
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--out", temp.resolve("out").toString()))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        int code = Main.execute(all, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code, err::toString);
        assertNothingUnder(temp.resolve("out"));
        return err.toString().lines().findFirst().orElse("");
    }

    @Test
    void theSparkEngineWithoutItsArtefactSaysHowToBuildIt() throws Exception {
        String line = usageError("run", "configs/pak-aze/baseline.yaml", "-n", "2", "--engine", "spark");
        assertTrue(line.startsWith("bilatsim: --engine spark needs the Spark artefact"), line);
        assertTrue(line.contains("mvn -B -Pspark -DskipTests package"), line);
    }

    @Test
    void anUnknownEngineIsNamed() throws Exception {
        assertEquals(
                "bilatsim: --engine must be local or spark, not flink",
                usageError(
                        "compare",
                        "configs/pak-aze/baseline.yaml",
                        "configs/pak-aze/pta-2024.yaml",
                        "--engine",
                        "flink"));
    }

    @Test
    void aMasterNeedsTheSparkEngine() throws Exception {
        assertEquals(
                "bilatsim: --master needs --engine spark",
                usageError("sweep", "configs/pak-aze/baseline.yaml", "--vary", "seed=1,2", "--master", "local[2]"));
    }

    @Test
    void threadsAndAMasterTogetherAreRefusedWithTheSparkEngine() throws Exception {
        assertEquals(
                "bilatsim: --threads 2 with --engine spark means --master local[2], but the master is also given "
                        + "(--master spark://h:7077); give one of them",
                usageError(
                        "run",
                        "configs/pak-aze/baseline.yaml",
                        "--engine",
                        "spark",
                        "--threads",
                        "2",
                        "--master",
                        "spark://h:7077"));
    }
}
