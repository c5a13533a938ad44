package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilatsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tidy tables hold every (replication, period, series) they announce, zeros included, so that a
 * mean over a table's rows is the mean over replications that bands.csv gives; and the Parquet
 * tables hold the same rows, with the same columns and types, as read by DuckDB's own reader.
 * The run is the two-billion push (2024-2035): Pakistan declines about half of the LNG cargoes,
 * so the contract has months (and replications) without a flow.
 */
class TidyTablesTest {
    static final int REPLICATIONS = 4;

    @TempDir
    static Path out;

    static Path csv;
    static Path parquet;

    @BeforeAll
    static void run() throws IOException {
        csv = run("csv");
        // Every run a group of its own: the table is then the row groups of four files, copied into one.
        long rowsPerGroup = TimeseriesParts.rowsPerGroup;
        TimeseriesParts.rowsPerGroup = 1;
        try {
            parquet = run("parquet");
        } finally {
            TimeseriesParts.rowsPerGroup = rowsPerGroup;
        }
    }

    static Path run(String format) throws IOException {
        return run(format, format);
    }

    static Path run(String format, String folder, String... more) throws IOException {
        Path root = out.resolve(folder);
        List<String> args = new ArrayList<>(List.of(
                "run",
                "configs/pak-aze/two-billion-push.yaml",
                "-n",
                String.valueOf(REPLICATIONS),
                "--no-charts",
                "-q",
                "--format",
                format,
                "--out",
                root.toString()));
        args.addAll(List.of(more));
        int code = Main.execute(
                args.toArray(String[]::new),
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(System.err, true));
        assertEquals(0, code);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals("manifest.json"))
                    .findFirst()
                    .orElseThrow()
                    .getParent();
        }
    }

    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            return parser.getRecords();
        }
    }

    static String series(CSVRecord r) {
        return r.get("exporter") + "|" + r.get("importer") + "|" + r.get("product") + "|" + r.get("metric") + "|"
                + r.get("unit");
    }

    @Test
    void annualHoldsEverySeriesInEveryYearOfEveryReplicationAndItsMeansAreTheBands() throws IOException {
        List<CSVRecord> annual = read(csv.resolve("annual.csv"));
        Set<String> series = new HashSet<>();
        Set<String> cells = new HashSet<>();
        Map<String, Double> sums = new HashMap<>();
        for (CSVRecord r : annual) {
            series.add(series(r));
            assertTrue(cells.add(r.get("replication") + "|" + r.get("year") + "|" + series(r)), "one row per cell");
            sums.merge(r.get("year") + "|" + series(r), Double.parseDouble(r.get("value")), Double::sum);
        }
        assertEquals(REPLICATIONS * 12 * series.size(), annual.size(), "replications x years x series");
        List<CSVRecord> bands = read(csv.resolve("bands.csv"));
        assertEquals(12 * series.size(), bands.size(), "bands has the rows of annual");
        for (CSVRecord b : bands) {
            double mean = sums.get(b.get("year") + "|" + series(b)) / REPLICATIONS;
            assertEquals(Double.parseDouble(b.get("mean")), mean, 1e-9 * Math.max(1, Math.abs(mean)), b.toString());
        }
        List<CSVRecord> monthly = read(csv.resolve("timeseries.csv"));
        assertEquals(REPLICATIONS * 144 * series.size(), monthly.size(), "replications x months x series");
        long monthlyLngZeros = monthly.stream()
                .filter(r -> r.get("product").equals("lng-cargoes"))
                .filter(r -> Double.parseDouble(r.get("value")) == 0)
                .count();
        assertTrue(monthlyLngZeros > 0, "declined cargoes are rows of 0, not missing rows");
        Map<String, Double> monthlySums = new HashMap<>();
        for (CSVRecord r : monthly) {
            if (r.get("metric").equals("trade_volume")) {
                monthlySums.merge(
                        r.get("replication") + "|" + r.get("month").substring(0, 4) + "|" + series(r),
                        Double.parseDouble(r.get("value")),
                        Double::sum);
            }
        }
        for (CSVRecord r : annual) {
            if (r.get("metric").equals("trade_volume")) {
                double sum = monthlySums.get(r.get("replication") + "|" + r.get("year") + "|" + series(r));
                assertEquals(Double.parseDouble(r.get("value")), sum, 1e-9 * Math.max(1, Math.abs(sum)), r.toString());
            }
        }
    }

    @Test
    void productsSayWhatEachKeyIsAndReplicationsGiveSeedsThatSurviveADouble() throws IOException {
        Map<String, CSVRecord> products = new HashMap<>();
        for (CSVRecord r : read(csv.resolve("products.csv"))) {
            products.put(r.get("product"), r);
        }
        assertEquals("1006", products.get("rice").get("hs_code"));
        assertEquals("market", products.get("rice").get("kind"));
        assertEquals("tonnes", products.get("rice").get("unit"));
        assertEquals("AZE", products.get("rice").get("importer"));
        assertEquals("contract", products.get("lng-cargoes").get("kind"));
        assertEquals("goods", products.get("rice").get("flow_kind"));
        assertEquals("g2g", products.get("lng-cargoes").get("flow_kind"));
        Set<String> keys = new HashSet<>();
        read(csv.resolve("annual.csv")).forEach(r -> keys.add(r.get("product")));
        assertEquals(keys, products.keySet(), "one row per product key of annual.csv");
        List<CSVRecord> replications = read(csv.resolve("replications.csv"));
        assertEquals(REPLICATIONS, replications.size());
        for (CSVRecord r : replications) {
            long seed = Long.parseLong(r.get("seed"));
            assertTrue(seed >= 0 && seed < (1L << 53), "below 2^53: " + seed);
            assertEquals(seed, (long) Double.parseDouble(r.get("seed")), "exact as a double");
        }
    }

    @Test
    void parquetTablesHoldTheRowsOfTheCsvTablesWithTypedColumns() throws Exception {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement()) {
            for (String table : List.of("annual", "timeseries", "bands", "products", "replications")) {
                List<String> fromCsv = new ArrayList<>();
                read(csv.resolve(table + ".csv")).forEach(r -> fromCsv.add(String.join(",", r.toList())));
                List<String> fromParquet = new ArrayList<>();
                Path file = parquet.resolve(table + ".parquet");
                try (ResultSet rows = sql.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<String> fields = new ArrayList<>();
                        for (int c = 1; c <= columns; c++) {
                            Object v = rows.getObject(c);
                            fields.add(v instanceof Double d ? Numbers.format(d) : String.valueOf(v));
                        }
                        fromParquet.add(String.join(",", fields));
                    }
                }
                assertEquals(fromCsv, fromParquet, table + ": the same rows in the same order");
            }
            assertEquals(
                    List.of(
                            "scenario VARCHAR",
                            "replication INTEGER",
                            "seed BIGINT",
                            "year INTEGER",
                            "exporter VARCHAR",
                            "importer VARCHAR",
                            "product VARCHAR",
                            "metric VARCHAR",
                            "value DOUBLE",
                            "unit VARCHAR"),
                    describe(sql, parquet.resolve("annual.parquet")));
            assertEquals(
                    "month VARCHAR",
                    describe(sql, parquet.resolve("timeseries.parquet")).get(3));
            try (ResultSet groups = sql.executeQuery("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('"
                    + parquet.resolve("timeseries.parquet") + "')")) {
                groups.next();
                assertEquals(REPLICATIONS, groups.getInt(1), "one row group per run, copied from its own file");
            }
            try (Stream<Path> files = Files.list(parquet)) {
                assertEquals(
                        List.of(),
                        files.map(p -> p.getFileName().toString())
                                .filter(n -> n.startsWith("timeseries.") && !n.equals("timeseries.parquet"))
                                .toList(),
                        "no part or group file is left");
            }
            try (ResultSet meta =
                    sql.executeQuery("SELECT path_in_schema, compression, encodings FROM parquet_metadata('"
                            + parquet.resolve("timeseries.parquet") + "')")) {
                while (meta.next()) {
                    assertEquals("ZSTD", meta.getString(2), meta.getString(1));
                    if (!meta.getString(1).equals("value")) {
                        assertTrue(
                                meta.getString(3).contains("DICTIONARY"), meta.getString(1) + ": " + meta.getString(3));
                    }
                }
            }
        }
    }

    @Test
    void parquetTablesAreTheSameBytesWhateverTheThreadCount() throws IOException {
        Path one = run("parquet", "parquet-threads-1", "--threads", "1");
        Path two = run("parquet", "parquet-threads-2", "--threads", "2");
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(one)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".parquet"))
                    .sorted()
                    .forEach(tables::add);
        }
        assertTrue(tables.contains("timeseries.parquet"), tables.toString());
        assertEquals(5, tables.size(), tables.toString());
        for (String table : tables) {
            assertEquals(-1L, Files.mismatch(one.resolve(table), two.resolve(table)), table);
        }
    }

    private static List<String> describe(Statement sql, Path file) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            while (rows.next()) {
                columns.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return columns;
    }
}
