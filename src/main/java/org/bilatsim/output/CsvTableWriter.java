package org.bilatsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A {@link Table} as CSV: RFC 4180, UTF-8, "\n" line ends, numbers by {@link Numbers}, text by {@link Csv#text}. */
final class CsvTableWriter implements TableWriter {
    private final CSVPrinter printer;
    private final String[] row;
    private int field;

    /** @param header whether to write the header line (false for a part of a file whose header is elsewhere) */
    CsvTableWriter(Path file, Table table, boolean header) {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator("\n");
        if (header) {
            format.setHeader(table.headers());
        }
        try {
            Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, format.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row = new String[table.columns().size()];
    }

    @Override
    public TableWriter string(String value) {
        // Text a spreadsheet would run as a formula gets a leading quote (OWASP; docs/reliability.md).
        row[field++] = Csv.text(value);
        return this;
    }

    @Override
    public TableWriter int32(int value) {
        row[field++] = Integer.toString(value);
        return this;
    }

    @Override
    public TableWriter int64(long value) {
        row[field++] = Long.toString(value);
        return this;
    }

    @Override
    public TableWriter float64(double value) {
        row[field++] = Numbers.format(value);
        return this;
    }

    @Override
    public void endRow() {
        if (field != row.length) {
            throw new IllegalStateException(field + " fields in a row of " + row.length);
        }
        field = 0;
        try {
            printer.printRecord((Object[]) row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
