package org.bilatsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect of every summary file: RFC 4180, UTF-8, "\n" line ends, numbers by {@link Numbers}. */
final class Csv {
    private Csv() {
    }

    /** Opens a CSV with the given header; the caller prints records and closes it. */
    static CSVPrinter open(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get());
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
        for (double v : values) {
            record.add(n(v));
        }
    }
}
