package org.bilatsim.cli;

import static org.bilatsim.cli.BadInputCorpusTest.assertNothingUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.bilatsim.experiment.Footprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (round 2): the one memory and size estimate ({@code Footprint}) refuses what cannot fit
 * before it starts, in every command; a sweep's sensitivity orders {@code infinite} above every
 * number and refuses values it cannot order; sweep.csv names each column once; text cells of every
 * CSV are safe in a spreadsheet; trade-cost events that compound to 0 or infinity run.
 */
class SizeSweepAndCsvTest {
    static final String BASELINE = "configs/pak-aze/baseline.yaml";
    static final Path HUGE = Path.of("src/test/resources/bad/184-size-100-products-of-20-million-agents.yaml");

    @TempDir
    Path temp;

    private static void refused(String start, String... args) {
        MainTest.Result r = MainTest.bilatsim(args);
        assertEquals(2, r.exitCode(), () -> "exit code; stderr: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "a stack trace: " + r.err());
        assertTrue(r.err().startsWith(start), r.err());
    }

    private static final String NEEDS =
            "this needs about 387.4 GB of memory (100 products, 2,000,000,000 importers and "
                    + "4,000,000,000 exporters: 387.4 GB a world at set-up";

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void everyCommandRefusesAWorldTooLargeForTheHeapBeforeBuildingIt() throws IOException {
        Path out = temp.resolve("out");
        refused("invalid " + HUGE + ": " + NEEDS, "validate", HUGE.toString());
        refused("bilatsim: " + NEEDS, "run", HUGE.toString(), "--out", out.toString());
        refused(
                "bilatsim: this needs about 774.9 GB of memory (2 scenarios, the largest 100 products",
                "compare",
                BASELINE,
                HUGE.toString(),
                "--threads",
                "2",
                "--allow-different-targets",
                "--out",
                out.toString());
        refused(
                "bilatsim: this needs about 774.9 GB of memory (100 products",
                "sweep",
                HUGE.toString(),
                "--vary",
                "seed=1,2",
                "--threads",
                "2",
                "--out",
                out.toString());
        MainTest.Result r = MainTest.bilatsim("run", HUGE.toString(), "--out", out.toString());
        assertTrue(
                r.err()
                        .contains("but the heap may grow to "
                                + Footprint.bytes(Runtime.getRuntime().maxMemory())
                                + " only; run with BILATSIM_JAVA_OPTS=-Xmx485g"),
                r.err());
        assertNothingUnder(out);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFullFactorialOfTenParametersOfTenValuesIsRefusedBeforeItsPointsAreMade() {
        List<String> args = new ArrayList<>(
                List.of("sweep", BASELINE, "--out", temp.resolve("out").toString()));
        for (int p = 0; p < 10; p++) {
            args.add("--vary");
            args.add("products.rice.substitutionElasticity=2,3,4,5,6,7,8,9,10,11");
        }
        refused(
                "bilatsim: the full-factorial design has 10 x 10 x 10 x 10 x 10 x 10 x 10 x 10 x 10 x 10 = "
                        + "10,000,000,000 points; a sweep may have at most 100,000",
                args.toArray(String[]::new));
    }

    /** Before: "infinite" ranked by its position in the list, so the swing's sign flipped with the order. */
    @Test
    void infiniteRanksAboveEveryNumberWhateverTheOrderOfTheValues() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String values : List.of("1,infinite", "infinite,1")) {
            Path out = temp.resolve(values.replace(",", "-"));
            MainTest.Result r = MainTest.bilatsim(
                    "sweep",
                    BASELINE,
                    "--vary",
                    "products.rice.sources.PAK.exportSupplyElasticity=" + values,
                    "--set",
                    "time.end=2026-12",
                    "-q",
                    "--no-charts",
                    "--out",
                    out.toString());
            assertEquals(0, r.exitCode(), r.err());
            List<CSVRecord> sensitivity = read(only(out, "sensitivity.csv"));
            assertEquals(1, sensitivity.size(), "the parameter is ranked, not dropped");
            CSVRecord s = sensitivity.get(0);
            rows.add(List.of(s.get("low_value"), s.get("high_value"), s.get("swing_usd")));
        }
        assertEquals("1", rows.get(0).get(0));
        assertEquals("infinite", rows.get(0).get(1));
        assertEquals(rows.get(0), rows.get(1), "the order of the values does not matter");
    }

    @Test
    void aValueTheSensitivityCannotOrderIsRefusedBeforeTheSweep() {
        refused(
                "bilatsim: --vary: products.rice.unit=tonnes: the sensitivity ranks a parameter from its lowest to its "
                        + "highest value: give numbers, or 'infinite' (above every number)",
                "sweep",
                BASELINE,
                "--vary",
                "products.rice.unit=tonnes,kg",
                "--out",
                temp.resolve("out").toString());
    }

    /** Before: total_usd_2026 twice when the sensitivity year was the last year. */
    @Test
    void sweepCsvNamesEachColumnOnceWhenTheSensitivityYearIsTheLast() throws IOException {
        Path out = temp.resolve("out");
        MainTest.Result r = MainTest.bilatsim(
                "sweep",
                BASELINE,
                "--vary",
                "products.rice.substitutionElasticity=3,5",
                "--set",
                "time.end=2026-12",
                "--year",
                "2026",
                "-q",
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String header = Files.readAllLines(only(out, "sweep.csv")).get(0);
        List<String> columns = List.of(header.split(","));
        assertEquals(new HashSet<>(columns).size(), columns.size(), header);
        assertEquals(
                "point,replication,seed,products.rice.substitutionElasticity,total_usd_2026,first_year_reached",
                header);
    }

    /** Before: 148 cells beginning with =, + or @ in one run. */
    @Test
    void noTextCellOfAnyCsvIsAFormula() throws IOException {
        Path out = temp.resolve("out");
        MainTest.Result r = MainTest.bilatsim(
                "run",
                BASELINE,
                "-n",
                "2",
                "--set",
                "products.rice.unit==HYPERLINK(\"x\")",
                "--set",
                "products.urea.unit=@SUM(1)",
                "--set",
                "products.textiles.unit=+1",
                "--set",
                "products.jet-fuel.unit=-1+1",
                "-q",
                "--no-charts",
                "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        int checked = 0;
        int neutralised = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (CSVRecord record : read(csv)) {
                    for (String cell : record) {
                        checked++;
                        neutralised += cell.startsWith("'") ? 1 : 0;
                        assertFalse(formula(cell), () -> csv.getFileName() + ": a formula cell " + cell);
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "cells checked: " + checked);
        assertTrue(neutralised > 100, "cells neutralised: " + neutralised);
    }

    /** What a spreadsheet would evaluate: = + - @ tab or CR first, unless a plain number. */
    static boolean formula(String cell) {
        return !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                && !cell.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    /** Before: NaN and an accounting failure (exit 1); the trade cost now stays within 100x of its base. */
    @Test
    void tradeCostEventsThatCompoundToZeroOrInfinityRun() throws IOException {
        String base = Files.readString(Path.of(BASELINE)).replace("  end: 2035-12", "  end: 2026-12");
        StringBuilder halves = new StringBuilder("events:\n");
        for (int i = 0; i < 1100; i++) {
            halves.append(
                    "  - {type: tradeCost, date: 2025-01, exporter: PAK, importer: AZE, product: rice, factor: 0.5, "
                            + "until: 2025-12}\n");
        }
        String tenfold = "events:\n"
                + "  - {type: tradeCost, date: 2025-01, exporter: PAK, importer: AZE, product: rice, factor: 10}\n"
                        .repeat(400);
        String tiny = "events:\n  - {type: tradeCost, date: 2025-01, exporter: PAK, importer: AZE, product: \"*\", "
                + "factor: 1e-100, until: 2025-06}\n";
        int k = 0;
        for (String events : List.of(halves.toString(), tenfold, tiny)) {
            Path file = Files.writeString(temp.resolve("trade-cost-" + k++ + ".yaml"), base + events);
            Path out = temp.resolve("out-" + k);
            assertEquals(0, MainTest.bilatsim("validate", file.toString()).exitCode());
            MainTest.Result r = MainTest.bilatsim("run", file.toString(), "-q", "--no-charts", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            String annual = Files.readString(only(out, "annual.csv"));
            assertFalse(annual.contains("NaN") || annual.contains("Infinity"), "finite results");
        }
    }

    private static Path only(Path out, String name) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> found =
                    files.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertEquals(1, found.size(), name + ": " + found);
            return found.get(0);
        }
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
