package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bilatsim.cli.Main;

/**
 * Real run folders for the chart tests, made once per test JVM with {@code bilatsim run} (the default
 * baseline scenario) and kept in a temporary directory: one replication (seed 7), and two replications
 * made by concatenating the runs with seeds 7 and 8 and rewriting the replication column to 0 and 1.
 * Tests copy a fixture before writing into it.
 */
final class RunFixtures {
    private static Path root;
    private static Path single;
    private static Path multi;
    private static Path project;

    private RunFixtures() {}

    /** A run folder with one replication (seed 7). */
    static synchronized Path single() throws IOException {
        if (single == null) {
            single = run(7);
        }
        return single;
    }

    /** A run folder of the Reko Diq project scenario, one replication (seed 7). */
    static synchronized Path project() throws IOException {
        if (project == null) {
            project = run(7, "configs/reko-diq/exim-financing.yaml");
        }
        return project;
    }

    /** A run folder with two replications (seeds 7 and 8 as replications 0 and 1). */
    static synchronized Path multi() throws IOException {
        if (multi == null) {
            Path a = single();
            Path b = run(8);
            multi = root().resolve("multi");
            Files.createDirectories(multi);
            for (String file : List.of("annual.csv", "timeseries.csv")) {
                concatenate(List.of(a.resolve(file), b.resolve(file)), multi.resolve(file));
            }
            String manifest = Files.readString(a.resolve("manifest.json"))
                    .replaceFirst("\"replications\" : 1", "\"replications\" : 2");
            Files.writeString(multi.resolve("manifest.json"), manifest);
        }
        return multi;
    }

    /** A fresh copy of the fixture (without charts or report) in the directory. */
    static Path copy(Path fixture, Path into) throws IOException {
        Files.createDirectories(into);
        for (String file : List.of("annual.csv", "timeseries.csv", "manifest.json")) {
            Files.copy(fixture.resolve(file), into.resolve(file));
        }
        return into;
    }

    private static Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("bilatsim-chart-fixtures");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
        }
        return root;
    }

    private static Path run(int seed) throws IOException {
        return run(seed, null);
    }

    /** Runs the scenario file (the default scenario when null) with the seed. */
    private static Path run(int seed, String scenario) throws IOException {
        Path out = root().resolve("seed-" + seed
                + (scenario == null ? "" : "-" + Path.of(scenario).getFileName()));
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString(), "--seed", String.valueOf(seed)));
        if (scenario != null) {
            args.add(1, scenario);
        }
        int code = Main.execute(
                args.toArray(new String[0]), new PrintWriter(Writer.nullWriter()), new PrintWriter(err, true));
        assertEquals(0, code, "bilatsim run failed: " + err);
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> manifests = files.filter(p -> p.getFileName().toString().equals("manifest.json"))
                    .toList();
            assertEquals(1, manifests.size(), "one run folder under " + out);
            return manifests.get(0).getParent();
        }
    }

    /** Concatenates tidy CSV files, writing file i's rows with replication i. */
    static void concatenate(List<Path> inputs, Path output) throws IOException {
        CSVFormat in = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        w,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(
                                        Files.readAllLines(inputs.get(0)).get(0).split(","))
                                .setRecordSeparator("\n")
                                .get())) {
            for (int i = 0; i < inputs.size(); i++) {
                try (Reader r = Files.newBufferedReader(inputs.get(i), StandardCharsets.UTF_8);
                        CSVParser parser =
                                CSVParser.builder().setReader(r).setFormat(in).get()) {
                    for (CSVRecord record : parser) {
                        List<String> values = new ArrayList<>(record.toList());
                        values.set(1, String.valueOf(i));
                        printer.printRecord(values);
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort at JVM exit
        }
    }
}
