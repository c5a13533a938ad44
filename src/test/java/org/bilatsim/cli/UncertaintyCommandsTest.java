package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilatsim.engine.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncertaintyCommandsTest {
    @TempDir
    Path dir;

    private Path uncertainRice() throws IOException {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0, "2025-01", "2026-12")
                .yaml()
                .replace(
                        "substitutionElasticity: 4.4",
                        "substitutionElasticity: {median: 4.4, p5: 2.5, p95: 7.5, "
                                + "distribution: lognormal, source: ASSUMPTION}")
                .replace("awareness: 0.5", "awareness: {min: 0.3, mode: 0.5, max: 0.8, distribution: pert, source: x}");
        Path file = dir.resolve("rice.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static Path find(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void compareRefusesScenariosAboutAnotherPairOrSpanUnlessAllowed() {
        var refused = MainTest.bilatsim(
                "compare",
                "configs/pak-aze/baseline.yaml",
                "configs/reko-diq/exim-financing.yaml",
                "-q",
                "--out",
                dir.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(
                refused.err().contains("exim-financing.yaml: ") && refused.err().contains("--allow-different-targets"),
                refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void runWritesParametersCsvAndSaysWhatTheBandIncludes() throws IOException {
        Path config = uncertainRice();
        var run = MainTest.bilatsim(
                "run",
                config.toString(),
                "-n",
                "4",
                "--no-charts",
                "-q",
                "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("parameters (2 uncertain, one Latin hypercube draw per replication)"), run.out());
        List<String> lines = Files.readAllLines(find(dir.resolve("out"), "parameters.csv"));
        assertEquals(
                "scenario,replication,seed,products.rice.substitutionElasticity,products.rice.sources.PAK.awareness",
                lines.get(0));
        assertEquals(5, lines.size(), "a header and one row per replication");
        var single = MainTest.bilatsim(
                "run",
                config.toString(),
                "--no-charts",
                "-q",
                "--out",
                dir.resolve("single").toString());
        assertTrue(single.out().contains("one replication"), single.out());
    }

    @Test
    void sensitivityWritesRankedSobolIndices() throws IOException {
        Path config = uncertainRice();
        var run = MainTest.bilatsim(
                "sensitivity",
                config.toString(),
                "--samples",
                "8",
                "--bootstrap",
                "50",
                "-q",
                "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("N = 8, 32 runs"), run.out());
        List<String> lines = Files.readAllLines(find(dir.resolve("out"), "sobol.csv"));
        assertTrue(lines.get(0).startsWith("scenario,year,output,rank,parameter,first_order,"), lines.get(0));
        assertEquals(1 + 4 * 2, lines.size(), "four outputs by two parameters");
        String report = Files.readString(find(dir.resolve("out"), "report.html"));
        assertTrue(report.contains("What drives this answer"), "the report's section");
        assertTrue(Files.exists(find(dir.resolve("out"), "sobol-total-usd.svg")), "the ranked chart");
        // A scenario whose numbers are all fixed (the bundled configs all have ranges now).
        Path fixed = dir.resolve("fixed.yaml");
        Files.writeString(
                fixed,
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0, "2025-01", "2026-12").yaml());
        var none = MainTest.bilatsim("sensitivity", fixed.toString(), "-q", "--out", dir.toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("has no uncertain parameters"), none.err());
    }

    @Test
    void theReportOfAModifiedRunSaysSoAndShowsTheFilesValueBesideTheOneThatRan() throws IOException {
        var run = MainTest.bilatsim(
                "run",
                "configs/pak-aze/baseline.yaml",
                "--set",
                "tariffs.0.customs=0.05",
                "--summary-only",
                "-q",
                "--out",
                dir.resolve("set").toString());
        assertEquals(0, run.exitCode(), run.err());
        String report = Files.readString(find(dir.resolve("set"), "report.html"));
        assertTrue(report.contains("<h1>pak-aze-baseline (modified)</h1>"), "the title says it was modified");
        assertTrue(report.contains("tariffs.0.customs = 0.05 (the file says 0.15)"), "the note under the title");
        assertTrue(report.contains("0.15 → 0.05 (--set)</td><td>changed (was sourced)"), "the assumptions row");
        String where = org.bilatsim.config.Changes.of(
                        Path.of("configs/pak-aze/baseline.yaml"), List.of("tariffs.0.customs=1"))
                .get(0)
                .wasWhere();
        String line = where.substring(where.indexOf(':') + 1, where.lastIndexOf(':'));
        assertTrue(report.contains("baseline.yaml:" + line + "</td><td>customs</td><td>0.15 → 0.05"), where);
        assertFalse(
                report.contains("baseline.yaml:" + line + "</td><td>customs</td><td>0.15</td>"),
                "the file's value is not shown as the one that ran");

        var unmodified = MainTest.bilatsim(
                "run",
                "configs/pak-aze/baseline.yaml",
                "--summary-only",
                "-q",
                "--out",
                dir.resolve("plain").toString());
        assertEquals(0, unmodified.exitCode(), unmodified.err());
        String plain = Files.readString(find(dir.resolve("plain"), "report.html"));
        assertTrue(plain.contains("<h1>pak-aze-baseline</h1>"), "an unmodified run keeps its title");
        assertFalse(plain.contains("<tr class=\"changed\">"), "and has no changed value to list");
        assertTrue(plain.contains("17 uncertain parameters were drawn anew in every replication"), "only its draws");
    }

    @Test
    void theReportOfAnExtendingFileWithDistributionsListsWhatItReplacedAndWhatItDrew() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(
                base,
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0, "2025-01", "2026-12").yaml());
        Path child = dir.resolve("child.yaml");
        Files.writeString(
                child,
                "extends: base.yaml\nproducts:\n  rice:\n    substitutionElasticity: {median: 4.4, p5: 2.5, p95: 7.5, "
                        + "distribution: lognormal, source: \"ASSUMPTION: a factor of 1.7\"}\n");
        var run = MainTest.bilatsim(
                "run",
                child.toString(),
                "-n",
                "3",
                "--summary-only",
                "-q",
                "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        String report = Files.readString(find(dir.resolve("out"), "report.html"));
        assertTrue(report.contains("Changed from the files"), "the changes section");
        assertTrue(report.contains("<td>products.rice.substitutionElasticity</td><td>4.4 "), "the base file's value");
        assertTrue(report.contains("1 uncertain parameters were drawn anew in every replication"), "the draws");
        assertTrue(report.contains("lognormal, median 4.4"), "with their distribution");
    }

    /** The two-way total of replication 0 in 2030 that a sweep's point with value {@code value} wrote. */
    private static double sweepTotal(Path root, String value) throws IOException {
        List<String> lines = Files.readAllLines(find(root, "sweep.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int column = header.indexOf("total_usd_2030");
        int varied = header.indexOf("products.rice.substitutionElasticity");
        int replication = header.indexOf("replication");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells[varied].equals(value) && cells[replication].equals("0")) {
                return Double.parseDouble(cells[column]);
            }
        }
        throw new AssertionError("no point " + value + " in " + lines);
    }

    @Test
    void sweepHonoursFixedParameters() throws IOException {
        String[] sweep = {
            "sweep",
            "configs/pak-aze/baseline.yaml",
            "--vary",
            "products.rice.substitutionElasticity=3,6",
            "-n",
            "2",
            "-q"
        };
        var fixed = MainTest.bilatsim(concat(
                sweep, "--fixed-parameters", "--out", dir.resolve("fixed").toString()));
        assertEquals(0, fixed.exitCode(), fixed.err());
        var drawn =
                MainTest.bilatsim(concat(sweep, "--out", dir.resolve("drawn").toString()));
        assertEquals(0, drawn.exitCode(), drawn.err());
        var run = MainTest.bilatsim(
                "run",
                "configs/pak-aze/baseline.yaml",
                "--set",
                "products.rice.substitutionElasticity=3",
                "--fixed-parameters",
                "-n",
                "2",
                "--summary-only",
                "--no-charts",
                "-q",
                "--out",
                dir.resolve("run").toString());
        assertEquals(0, run.exitCode(), run.err());
        double runTotal = Files.readAllLines(find(dir.resolve("run"), "bilateral.csv")).stream()
                .map(l -> l.split(","))
                .filter(c -> c[1].equals("0") && c[3].equals("2030"))
                .mapToDouble(c -> Double.parseDouble(c[6]))
                .findFirst()
                .orElseThrow();
        assertEquals(
                runTotal, sweepTotal(dir.resolve("fixed"), "3"), 1e-3, "the point at the other parameters' medians");
        assertTrue(
                Math.abs(sweepTotal(dir.resolve("drawn"), "3") - runTotal) > 1,
                "without --fixed-parameters the other parameters are drawn");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
