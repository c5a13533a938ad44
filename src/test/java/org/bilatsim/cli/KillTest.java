package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a run: a long Monte Carlo run is started as a child process and killed
 * once its {@code .partial-} folder holds data. No folder may look complete, and the next run in
 * the same --out must succeed and write a complete folder beside the leftover partial one.
 */
class KillTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path out;

    @Test
    @Timeout(value = 3 * WAIT_SECONDS, unit = TimeUnit.SECONDS)
    void aKilledRunLeavesOnlyAPartialFolderAndTheNextRunWorks(@TempDir Path logs) throws Exception {
        // The child runs with this test's class path (surefire's manifest-only jar works with -cp too).
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = logs.resolve("child.log");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.bilatsim.cli.Main",
                        "run",
                        "configs/pak-aze/baseline.yaml",
                        "-n",
                        "2000",
                        "--out",
                        out.toString(),
                        "-q")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path scenario = out.resolve("pak-aze-baseline");
        try {
            Path partial = waitForPartialWithData(child, scenario, log);
            assertTrue(child.isAlive(), "the run is still going when it is killed");
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
            assertTrue(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the child died");
            assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
            assertTrue(Files.isDirectory(partial), "the partial folder is left behind");
        } finally {
            child.destroyForcibly();
            child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        List<Path> afterKill = folders(scenario);
        assertEquals(1, afterKill.size(), "only the partial folder: " + afterKill);
        assertTrue(
                afterKill.get(0).getFileName().toString().startsWith(".partial-"),
                "no folder looks complete: " + afterKill);

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(
                new String[] {"run", "configs/pak-aze/baseline.yaml", "-n", "2", "--out", out.toString(), "-q"},
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        assertEquals(0, code, stderr::toString);
        List<Path> afterRerun = folders(scenario);
        assertEquals(2, afterRerun.size(), "the new run beside the leftover: " + afterRerun);
        List<Path> complete = afterRerun.stream()
                .filter(p -> !p.getFileName().toString().startsWith(".partial-"))
                .toList();
        assertEquals(1, complete.size(), afterRerun::toString);
        for (String file :
                List.of("timeseries.csv", "annual.csv", "bands.csv", "bilateral.csv", "target.csv", "manifest.json")) {
            assertTrue(Files.size(complete.get(0).resolve(file)) > 0, file);
        }
        assertTrue(afterRerun.contains(afterKill.get(0)), "the leftover partial folder is untouched");
    }

    /** Waits (bounded) until the child's .partial- folder exists and one of its files has data. */
    private static Path waitForPartialWithData(Process child, Path scenario, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the child ended before it could be killed (exit " + child.exitValue() + "): "
                        + (Files.exists(log) ? Files.readString(log) : ""));
            }
            for (Path folder : folders(scenario)) {
                if (folder.getFileName().toString().startsWith(".partial-") && hasData(folder)) {
                    return folder;
                }
            }
            Thread.sleep(50);
        }
        fail("no .partial- folder with data after " + WAIT_SECONDS + " s: "
                + (Files.exists(log) ? Files.readString(log) : ""));
        return null;
    }

    private static boolean hasData(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toFile().length() > 0);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    private static List<Path> folders(Path scenario) throws IOException {
        if (!Files.isDirectory(scenario)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scenario)) {
            return files.filter(Files::isDirectory).sorted().toList();
        }
    }
}
