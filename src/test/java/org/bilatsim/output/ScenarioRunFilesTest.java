package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Scenarios;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;
import org.bilatsim.experiment.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a scenario run, written from its result; timeseries.csv streamed per replication. */
class ScenarioRunFilesTest {
    static ScenarioConfig noisy() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0.0, "2025-01", "2029-12")
                .yaml()
                .replace("valueUsd: 2000000000", "valueUsd: 2900000");
        return ConfigLoader.parse("noisy.yaml", yaml, List.of());
    }

    static RunFolder.Committed<ScenarioRun.Result> record(
            ScenarioConfig config, Path out, int replications, int threads, boolean timeseries) throws IOException {
        return ScenarioRunFiles.record(
                out,
                config,
                new ScenarioRunFiles.Options(timeseries, false, List.of()),
                Provenance.now(List.of()),
                observers -> ScenarioRun.run(config, replications, Runner.local(threads), observers, d -> {}));
    }

    @Test
    void filesAreByteIdenticalWhateverTheThreadCount(@TempDir Path out) throws IOException {
        ScenarioConfig config = noisy();
        Path one = record(config, out.resolve("one"), 6, 1, true).folder();
        Path two = record(config, out.resolve("two"), 6, 2, true).folder();
        for (String file : List.of("timeseries.csv", "annual.csv", "bands.csv", "bilateral.csv", "target.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        List<String> lines = Files.readAllLines(one.resolve("timeseries.csv"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("scenario,")).count(), "one header");
        assertTrue(lines.get(lines.size() - 1).startsWith("test-rice,5,"), "replications in order");
        try (var files = Files.list(one)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".part-")), "parts are joined");
        }
    }

    @Test
    void summaryOnlySkipsTheMonthlyRowsAndEveryRowNamesItsSeed(@TempDir Path out) throws IOException {
        RunFolder.Committed<ScenarioRun.Result> run = record(noisy(), out, 3, 2, false);
        List<String> bilateral = Files.readAllLines(run.folder().resolve("bilateral.csv"));
        assertEquals(String.join(",", BilateralCsv.HEADER), bilateral.get(0));
        assertEquals(
                run.value().seeds().stream().map(String::valueOf).toList(),
                bilateral.stream().skip(1).map(l -> l.split(",")[2]).distinct().toList());
        assertTrue(Files.notExists(run.folder().resolve("timeseries.csv")), "--summary-only skips the monthly rows");
        assertEquals(
                run.value().bands().size() + 1,
                Files.readAllLines(run.folder().resolve("bands.csv")).size());
        assertTrue(Files.readString(run.folder().resolve("manifest.json")).contains("\"summaryOnly\" : true"));
    }

    @Test
    void aFailingExperimentLeavesNoFolderBehind(@TempDir Path out) {
        Path root = out.resolve("runs");
        ScenarioConfig config = noisy();
        RunSpec first =
                RunSpec.replications(config.name(), config, config.seed(), 1).get(0);
        assertThrows(
                IllegalStateException.class,
                () -> ScenarioRunFiles.record(
                        root,
                        config,
                        new ScenarioRunFiles.Options(true, false, List.of()),
                        Provenance.now(List.of()),
                        observers -> {
                            // A replication has begun its part of timeseries.csv when the experiment fails.
                            observers.open(0, first);
                            throw new IllegalStateException("the experiment failed");
                        }));
        assertFalse(Files.exists(root), "the partial folder and the folders made for it are removed");
    }
}
