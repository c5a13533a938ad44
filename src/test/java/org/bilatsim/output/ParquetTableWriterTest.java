package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly table's blocks ({@link ParquetTableWriter#block}) write the very bytes of the same rows
 * written field by field, also when blocks straddle row groups; and DuckDB reads those rows back.
 */
class ParquetTableWriterTest {
    static final String[] EXPORTERS = {"PAK", "PAK", "AZE", "AZE", "AZE"};
    static final String[] IMPORTERS = {"AZE", "AZE", "PAK", "PAK", "PAK"};
    static final String[] PRODUCTS = {"rice", "rice", "lng-cargoes", "lng-cargoes", "fruit"};
    static final String[] METRICS = {"trade_value", "trade_volume", "trade_value", "trade_volume", "trade_value"};
    static final String[] UNITS = {"USD", "tonnes", "USD", "cargoes", "USD"};
    static final int RUNS = 7;
    static final int MONTHS = 13;
    /** Rows per row group: 7 runs x 13 months x 5 series = 455 rows in 11 groups, most split inside a block. */
    static final int GROUP = 42;

    @TempDir
    Path dir;

    @Test
    void blocksWriteTheBytesOfRowsAndDuckDbReadsThem() throws Exception {
        Path rows = dir.resolve("rows.parquet");
        Path blocks = dir.resolve("blocks.parquet");
        try (ParquetTableWriter out = new ParquetTableWriter(rows, Tables.TIMESERIES, 0, GROUP)) {
            for (int r = 0; r < RUNS; r++) {
                for (int m = 0; m < MONTHS; m++) {
                    for (int s = 0; s < EXPORTERS.length; s++) {
                        out.string("two-billion")
                                .int32(r)
                                .int64(1000L + 17 * r)
                                .string(month(m))
                                .string(EXPORTERS[s])
                                .string(IMPORTERS[s])
                                .string(PRODUCTS[s])
                                .string(METRICS[s])
                                .float64(value(r, m, s))
                                .string(UNITS[s])
                                .endRow();
                    }
                }
            }
        }
        try (ParquetTableWriter out = new ParquetTableWriter(blocks, Tables.TIMESERIES, 0, GROUP)) {
            for (int r = 0; r < RUNS; r++) {
                for (int m = 0; m < MONTHS; m++) {
                    double[] values = new double[EXPORTERS.length];
                    for (int s = 0; s < values.length; s++) {
                        values[s] = value(r, m, s);
                    }
                    Object[] cells = {
                        new String[] {"two-billion"},
                        new int[] {r},
                        new long[] {1000L + 17 * r},
                        new String[] {month(m)},
                        EXPORTERS,
                        IMPORTERS,
                        PRODUCTS,
                        METRICS,
                        values,
                        UNITS
                    };
                    // Two blocks a month, to cover offsets other than 0.
                    out.block(cells, 0, 2);
                    out.block(cells, 2, values.length);
                }
            }
        }
        assertEquals(-1L, Files.mismatch(rows, blocks), "the same bytes");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement()) {
            try (ResultSet r = sql.executeQuery("SELECT count(*), sum(value), count(DISTINCT product),"
                    + " max(replication), min(month), max(seed) FROM read_parquet('" + blocks + "')")) {
                r.next();
                assertEquals(RUNS * MONTHS * EXPORTERS.length, r.getLong(1));
                double sum = 0;
                for (int run = 0; run < RUNS; run++) {
                    for (int m = 0; m < MONTHS; m++) {
                        for (int s = 0; s < EXPORTERS.length; s++) {
                            sum += value(run, m, s);
                        }
                    }
                }
                assertEquals(sum, r.getDouble(2), 1e-9 * sum);
                assertEquals(3, r.getInt(3));
                assertEquals(RUNS - 1, r.getInt(4));
                assertEquals("2024-01", r.getString(5));
                assertEquals(1000L + 17 * (RUNS - 1), r.getLong(6));
            }
            try (ResultSet r =
                    sql.executeQuery("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + blocks + "')")) {
                r.next();
                assertEquals((RUNS * MONTHS * EXPORTERS.length + GROUP - 1) / GROUP, r.getInt(1));
            }
            try (ResultSet r = sql.executeQuery("SELECT product, unit, value FROM read_parquet('" + blocks
                    + "') WHERE replication = 3 AND month = '2024-05' ORDER BY value")) {
                for (int s = 0; s < EXPORTERS.length; s++) {
                    r.next();
                    assertEquals(PRODUCTS[s], r.getString(1));
                    assertEquals(UNITS[s], r.getString(2));
                    assertEquals(value(3, 4, s), r.getDouble(3));
                }
            }
        }
    }

    @Test
    void wideDictionariesAndManyPagesReadBackWithDuckDb() throws Exception {
        // 70,000 distinct products (17-bit ids, as an HS6 scenario's keys need), in a scrambled order,
        // over 150,000 rows: several pages and two row groups.
        Path file = dir.resolve("wide.parquet");
        int rows = 150_000;
        try (ParquetTableWriter out = new ParquetTableWriter(file, Tables.PRODUCTS, 0, 100_000)) {
            for (int r = 0; r < rows; r++) {
                int key = (int) ((r * 7919L) % 70_000);
                out.string("p" + key)
                        .string("product " + key)
                        .string(r % 3 == 0 ? "tonnes" : "USD")
                        .string(String.valueOf(r % 97))
                        .string("AZE")
                        .string("market")
                        .string("goods")
                        .endRow();
            }
        }
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement()) {
            try (ResultSet r = sql.executeQuery("SELECT count(*), count(DISTINCT product), count(DISTINCT hs_code),"
                    + " min(product), max(product) FROM read_parquet('" + file + "')")) {
                r.next();
                assertEquals(rows, r.getLong(1));
                assertEquals(70_000, r.getLong(2));
                assertEquals(97, r.getLong(3));
                assertEquals("p0", r.getString(4));
                assertEquals("p9999", r.getString(5));
            }
            try (ResultSet r = sql.executeQuery(
                    "SELECT product, name, unit, hs_code FROM read_parquet('" + file + "') LIMIT 1 OFFSET 123456")) {
                r.next();
                int key = (int) ((123_456 * 7919L) % 70_000);
                assertEquals("p" + key, r.getString(1));
                assertEquals("product " + key, r.getString(2));
                assertEquals(123_456 % 3 == 0 ? "tonnes" : "USD", r.getString(3));
                assertEquals(String.valueOf(123_456 % 97), r.getString(4));
            }
            // The footer's statistics, which readers use to skip row groups, are the data's own.
            try (ResultSet r = sql.executeQuery("SELECT stats_min_value, stats_max_value FROM parquet_metadata('" + file
                    + "') WHERE path_in_schema = 'hs_code' AND row_group_id = 0")) {
                r.next();
                assertEquals("0", r.getString(1));
                assertEquals("96", r.getString(2));
            }
        }
    }

    private static String month(int m) {
        return java.time.YearMonth.of(2024, 1).plusMonths(m).toString();
    }

    /** Distinct, increasing in the series within a month; some zeros. */
    private static double value(int run, int month, int series) {
        return (run + month) % 4 == 0 ? 0 : 1e6 * run + 1e3 * month + series + 0.25;
    }
}
