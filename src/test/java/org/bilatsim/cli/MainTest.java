package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path out;

    record Result(int exitCode, String out, String err) {}

    static Result bilatsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> files = Files.walk(out, 2)) {
            return files.filter(p -> out.relativize(p).getNameCount() == 2)
                    .sorted()
                    .toList();
        }
    }

    @Test
    void runWritesACompleteRunFolderAndPrintsTheYearlyTable() throws IOException {
        Result r = bilatsim("run", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("PAK->AZE"), r.out());
        assertTrue(r.out().contains("2035"), r.out());
        List<Path> folders = runFolders();
        assertEquals(1, folders.size());
        Path run = folders.get(0);
        assertTrue(run.startsWith(out.resolve("pak-aze-baseline")));
        for (String file : List.of(
                "timeseries.csv",
                "annual.csv",
                "products.csv",
                "replications.csv",
                "manifest.json",
                "report.html",
                "charts/path-to-target.png",
                "charts/path-to-target.svg")) {
            assertTrue(Files.size(run.resolve(file)) > 0, file);
        }
        assertEquals(
                "scenario,replication,seed,month,exporter,importer,product,metric,value,unit",
                Files.readAllLines(run.resolve("timeseries.csv")).get(0));
        assertEquals(
                "scenario,replication,seed,year,exporter,importer,product,metric,value,unit",
                Files.readAllLines(run.resolve("annual.csv")).get(0));
        String manifest = Files.readString(run.resolve("manifest.json"));
        assertTrue(manifest.contains("\"agentSteps\""), manifest);
        assertTrue(manifest.contains("\"substitutionElasticity\" : 4.4"), "the resolved config is echoed");
    }

    @Test
    void aSecondRunWithTheSameSeedGetsItsOwnFolderAndIdenticalBytes() throws IOException {
        assertEquals(0, bilatsim("run", "--out", out.toString()).exitCode());
        assertEquals(0, bilatsim("run", "--out", out.toString()).exitCode());
        assertEquals(0, bilatsim("run", "--out", out.toString(), "--seed", "99").exitCode());
        List<Path> folders = runFolders();
        assertEquals(3, folders.size(), "no run folder is overwritten");
        byte[] first = Files.readAllBytes(folders.get(0).resolve("timeseries.csv"));
        byte[] second = Files.readAllBytes(folders.get(1).resolve("timeseries.csv"));
        byte[] other = Files.readAllBytes(folders.get(2).resolve("timeseries.csv"));
        assertArrayEquals(first, second);
        assertFalse(java.util.Arrays.equals(first, other));
    }

    @Test
    void noChartsSkipsTheChartsAndTheReport() throws IOException {
        assertEquals(0, bilatsim("run", "--out", out.toString(), "--no-charts").exitCode());
        Path run = runFolders().get(0);
        assertFalse(Files.exists(run.resolve("report.html")));
        assertFalse(Files.exists(run.resolve("charts")));
    }

    @Test
    void setOverridesAConfigValueAndAnUnknownPathIsAUsageError() {
        Result ok = bilatsim("run", "--out", out.toString(), "--set", "products.rice.substitutionElasticity=6");
        assertEquals(0, ok.exitCode(), ok.err());
        Result bad = bilatsim("run", "--out", out.toString(), "--set", "products.rice.sigma=6");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--set: products.rice.sigma: unknown key 'sigma'"), bad.err());
        assertFalse(bad.err().contains("at org."), "no stack trace");
    }

    @Test
    void aBadConfigExitsWithTwoNamesTheLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("bad.yaml");
        String text = Files.readString(Path.of("configs/pak-aze/baseline.yaml"))
                .replaceFirst("substitutionElasticity: \\{[^}]*}", "substitutionElasticity: 0.8");
        Files.writeString(config, text);
        Result r = bilatsim("run", config.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        int line = text.lines()
                        .toList()
                        .indexOf(text.lines()
                                .filter(l -> l.contains("substitutionElasticity: 0.8"))
                                .findFirst()
                                .orElseThrow())
                + 1;
        assertTrue(r.err().startsWith("bilatsim: " + config + ":" + line + ":"), r.err());
        assertTrue(r.err().contains("products.rice.substitutionElasticity = '0.8': must be > 1"), r.err());
        assertTrue(runFoldersOrEmpty().isEmpty(), "nothing written");
    }

    private List<Path> runFoldersOrEmpty() throws IOException {
        return Files.exists(out) ? runFolders() : List.of();
    }

    @Test
    void validateAcceptsEveryBundledConfigAndRejectsABrokenOne(@TempDir Path dir) throws IOException {
        List<String> configs;
        try (Stream<Path> files = Files.walk(Path.of("configs"))) {
            configs = files.filter(p -> p.toString().endsWith(".yaml"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        Result ok =
                bilatsim(Stream.concat(Stream.of("validate"), configs.stream()).toArray(String[]::new));
        assertEquals(0, ok.exitCode(), ok.err());
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "scenario: [unclosed\n");
        Result bad = bilatsim("validate", configs.get(0), broken.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains(broken + ":"), bad.err());
    }

    @Test
    void outPointingAtAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Result r = bilatsim("run", "--out", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is a file"), r.err());
    }

    @Test
    void helpDocumentsEveryOptionOfRun() {
        Result top = bilatsim("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("run")
                && top.out().contains("validate")
                && top.out().contains("analytic"));
        Result run = bilatsim("run", "--help");
        for (String option : List.of("--out", "--seed", "--set", "CONFIG")) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @Test
    void impossibleReplicationAndThreadCountsAreUsageErrors() throws IOException {
        Result zero = bilatsim("run", "--out", out.toString(), "--replications", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--replications must be a whole number from 1 to 1000000, not 0"), zero.err());
        Result negative = bilatsim("run", "--out", out.toString(), "--threads", "-1");
        assertEquals(2, negative.exitCode());
        assertTrue(negative.err().contains("--threads must be a whole number from 1 to 1024, not -1"), negative.err());
        assertTrue(runFoldersOrEmpty().isEmpty());
    }

    @Test
    void compareAndSweepWriteTheirTablesAndFiles() throws IOException {
        Result compare = bilatsim(
                "compare",
                "configs/pak-aze/baseline.yaml",
                "configs/pak-aze/baseline.yaml",
                "-n",
                "2",
                "--out",
                out.toString(),
                "-q");
        assertEquals(0, compare.exitCode(), compare.err());
        assertTrue(compare.out().contains("difference from pak-aze-baseline"), compare.out());
        assertTrue(
                compare.out().contains("count the target's kinds (goods)")
                        && compare.out().contains("all flows difference"),
                compare.out());
        Result sweep = bilatsim(
                "sweep",
                "configs/pak-aze/baseline.yaml",
                "--vary",
                "products.rice.substitutionElasticity=2,8",
                "-n",
                "2",
                "--out",
                out.toString(),
                "-q");
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().contains("products.rice.substitutionElasticity"), sweep.out());
        List<Path> folders = runFolders();
        assertEquals(2, folders.size());
        assertTrue(Files.exists(folders.get(0).resolve("compare.csv")));
        assertTrue(Files.exists(folders.get(1).resolve("sweep.csv")));
        assertTrue(Files.exists(folders.get(1).resolve("sensitivity.csv")));
        assertTrue(Files.size(folders.get(0).resolve("charts/scenario-comparison.png")) > 10_000);
        assertTrue(Files.size(folders.get(0).resolve("charts/difference-from-baseline.svg")) > 10_000);
        String report = Files.readString(folders.get(0).resolve("report.html"));
        assertTrue(report.contains("Effect versus pak-aze-baseline") && report.contains("pak-aze-baseline#2"), report);
        assertTrue(report.contains("<th>all flows: median effect</th>"), report);
        assertTrue(Files.size(folders.get(1).resolve("charts/tornado.png")) > 10_000);
        Result badVary = bilatsim(
                "sweep", "configs/pak-aze/baseline.yaml", "--vary", "products.rice.nope=1,2", "--out", out.toString());
        assertEquals(2, badVary.exitCode());
        assertTrue(badVary.err().contains("unknown key 'nope'"), badVary.err());
        Result badValue = bilatsim(
                "sweep",
                "configs/pak-aze/baseline.yaml",
                "--vary",
                "products.rice.substitutionElasticity=0.5,2",
                "--out",
                out.toString());
        assertEquals(2, badValue.exitCode());
        assertTrue(badValue.err().startsWith("bilatsim: --vary: products.rice.substitutionElasticity"), badValue.err());
    }

    @Test
    void compareAndSweepTakeTheirDefaultYearsFromTheSpanNotFromLiterals() throws IOException {
        // backcast-2020 runs 2020-2024 and states no target year: the middle year 2022 and the last, 2024.
        String config = "configs/pak-aze/backcast-2020.yaml";
        Result compare = bilatsim("compare", config, config, "-n", "1", "--no-charts", "-q", "--out", out.toString());
        assertEquals(0, compare.exitCode(), compare.err());
        List<Integer> shown = compare.out()
                .lines()
                .filter(l -> l.startsWith("pak-aze-backcast-2020"))
                .map(l -> Integer.parseInt(l.split("\\s+")[1]))
                .distinct()
                .toList();
        assertEquals(List.of(2022, 2024), shown, compare.out());
        Result sweep = bilatsim(
                "sweep",
                config,
                "--vary",
                "products.rice.substitutionElasticity=2,8",
                "-n",
                "1",
                "--no-charts",
                "-q",
                "--out",
                out.toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().startsWith("Sensitivity of the mean two-way total in 2022,"), sweep.out());
        Path sweepCsv = runFolders().stream()
                .filter(p -> p.toString().contains("sweep-"))
                .findFirst()
                .orElseThrow()
                .resolve("sweep.csv");
        assertTrue(Files.readAllLines(sweepCsv).get(0).endsWith(",total_usd_2022,total_usd_2024,first_year_reached"));
        for (String command : List.of("compare", "sweep")) {
            String help = bilatsim(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("the target's year when the scenario states one within its span"), help);
        }
    }

    @Test
    void unknownFlagsAreUsageErrors() {
        Result r = bilatsim("run", "--frobnicate");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void analyticWritesOneRowPerTariffChange() throws IOException {
        Result r = bilatsim("analytic", "configs/pak-aze/baseline.yaml", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2028-01"), r.out());
        Path csv = runFolders().get(0).resolve("analytic.csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", org.bilatsim.output.AnalyticFiles.HEADER), lines.get(0));
        assertEquals(2, lines.size(), "the rice preference lapsing in 2028 is the baseline's one change");
        assertTrue(lines.get(1).startsWith("2028-01,AZE,rice,PAK,0,0.15,"), lines.get(1));
    }
}
