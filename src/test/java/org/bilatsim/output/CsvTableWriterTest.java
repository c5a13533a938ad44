package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table writer copies plain cells itself and hands the others to Commons CSV: the file must be,
 * byte for byte, what {@code CSVPrinter} with {@code CSVFormat.RFC4180} and "\n" writes.
 */
class CsvTableWriterTest {
    private static final Table TABLE = Table.of(
            "t", "a", Table.Type.STRING, "b", Table.Type.STRING, "n", Table.Type.DOUBLE, "k", Table.Type.INT64);

    /** Awkward cells: empty, null, spaces at either end, quotes, commas, line ends, non-ASCII, formulas. */
    private static final String[] AWKWARD = {
        "",
        " ",
        "a b",
        " a",
        "a ",
        "\"",
        "a\"b",
        "a,b",
        "a\nb",
        "a\rb",
        "#x",
        "!x",
        "$x",
        "x#",
        "\ta",
        "a\t",
        "é",
        "Azərbaycan",
        "US$",
        "usd/tonne",
        "-0.5",
        "=SUM(A1)",
        "+1",
        "@x",
        "~",
        "'quoted",
        "a;b",
        "\u007f",
        "x\u0000",
        "中文",
        "aé",
        "ok",
        "other-pak",
        "PAK"
    };

    @Test
    void everyCellIsWrittenAsTheCommonsCsvPrinterWritesIt(@TempDir Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String a = random.nextInt(4) == 0 ? null : AWKWARD[random.nextInt(AWKWARD.length)];
            String b = AWKWARD[random.nextInt(AWKWARD.length)] + AWKWARD[random.nextInt(AWKWARD.length)];
            double n = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 1e6;
            rows.add(new Object[] {a, b, n, random.nextLong()});
        }
        // A cell longer than the writer's buffer, plain and quoted.
        rows.add(new Object[] {"x".repeat(200_000), "y,".repeat(100_000), 1.5, 1L});
        Path file = dir.resolve("t.csv");
        try (TableWriter out = new CsvTableWriter(file, TABLE, true)) {
            for (Object[] r : rows) {
                out.string((String) r[0])
                        .string((String) r[1])
                        .float64((double) r[2])
                        .int64((long) r[3])
                        .endRow();
            }
        }
        StringWriter expected = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                expected,
                CSVFormat.RFC4180
                        .builder()
                        .setRecordSeparator("\n")
                        .setHeader(TABLE.headers())
                        .get())) {
            for (Object[] r : rows) {
                printer.printRecord(
                        Csv.text((String) r[0]),
                        Csv.text((String) r[1]),
                        Numbers.format((double) r[2]),
                        Long.toString((long) r[3]));
            }
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void onlyCellsTheMinimalQuoteModeLeavesAloneArePlain() {
        assertTrue(CsvTableWriter.plain("other-pak"));
        assertTrue(CsvTableWriter.plain("a b"));
        assertTrue(CsvTableWriter.plain("-0.5"));
        for (String s : new String[] {"", " a", "a ", "#a", "!a", "a,b", "a\"b", "a\nb", "é"}) {
            assertFalse(CsvTableWriter.plain(s), s);
        }
    }

    @Test
    void aRowWithTooFewFieldsIsRefused(@TempDir Path dir) {
        try (TableWriter out = new CsvTableWriter(dir.resolve("t.csv"), TABLE, false)) {
            out.string("a");
            IllegalStateException e =
                    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, out::endRow);
            assertEquals("1 fields in a row of 4", e.getMessage());
        }
    }
}
