package org.bilatsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of every file: RFC 4180, UTF-8, "\n" line ends, numbers by {@link Numbers}, and
 * every text cell through {@link #text} (CSV injection).
 */
final class Csv {
    private Csv() {}

    /** Opens a CSV with the given header; the caller prints records and closes it. */
    static CSVPrinter open(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(text(header))
                        .setRecordSeparator("\n")
                        .get());
    }

    /**
     * A text cell, safe to open in a spreadsheet. Names, units, sources and notes come from the
     * scenario file or the command line, and a cell that begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return is a formula to Excel, LibreOffice and Google
     * Sheets (CSV injection: {@code =HYPERLINK(...)}, {@code @SUM(...)}). As OWASP advises, such a
     * cell gets a leading single quote, which spreadsheets show as text; a cell that is a plain
     * number ({@code -0.5}, {@code -2e3}: a negative value of a sweep) is left as it is.
     */
    static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r') {
            return cell;
        }
        return PLAIN_NUMBER.matcher(cell).matches() ? cell : "'" + cell;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** {@link #text} of every cell of a header. */
    static String[] text(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = text(cells[i]);
        }
        return safe;
    }

    static String n(double value) {
        return Numbers.format(value);
    }

    /** The first year a run reached the target, or an empty field. */
    static Object year(Integer year) {
        return year == null ? "" : year;
    }

    /** Appends {@code values}, formatted, to a record. */
    static void addNumbers(List<Object> record, double[] values) {
        // The quantiles of one replication are one value: format it once.
        String text = null;
        long previous = 0;
        for (double v : values) {
            long bits = Double.doubleToRawLongBits(v);
            if (text == null || bits != previous) {
                text = n(v);
                previous = bits;
            }
            record.add(text);
        }
    }
}
