package org.bilatsim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;

/**
 * A {@link Table} as CSV: RFC 4180, UTF-8, "\n" line ends, numbers by {@link Numbers}, text by {@link Csv#text}.
 *
 * <p>The bytes are those Commons CSV's {@code CSVPrinter} writes with {@code CSVFormat.RFC4180}, but a
 * cell that needs no quotes is copied straight into a byte buffer: a 10,000-market run writes about 4
 * million rows, and the printer's per-record and per-character work (a lock, an {@code Appendable}
 * call per character, the quoting scan) was most of the files' time. Whether a cell needs quotes is
 * decided as the printer's minimal quote mode decides it ({@link #plain}); any other cell, and the
 * empty cell, is printed by {@link CSVFormat#print} itself (as the printer does it), so quoting
 * stays Commons CSV's (CsvTableWriterTest compares the two on awkward text).
 */
final class CsvTableWriter implements TableWriter {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private final int columns;
    private final StringBuilder quoted = new StringBuilder();
    private int used;
    private int field;
    /** The text of the last number written: a row of one replication's bands repeats one value six times. */
    private long lastBits = Double.doubleToRawLongBits(Double.NaN) ^ 1;

    private String lastNumber;

    /** @param header whether to write the header line (false for a part of a file whose header is elsewhere) */
    CsvTableWriter(Path file, Table table, boolean header) {
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        columns = table.columns().size();
        if (header) {
            for (String name : table.headers()) {
                cell(name);
            }
            endLine();
        }
    }

    @Override
    public TableWriter string(String value) {
        // Text a spreadsheet would run as a formula gets a leading quote (OWASP; docs/reliability.md).
        cell(Csv.text(value));
        return this;
    }

    @Override
    public TableWriter int32(int value) {
        cell(Integer.toString(value));
        return this;
    }

    @Override
    public TableWriter int64(long value) {
        cell(Long.toString(value));
        return this;
    }

    @Override
    public TableWriter float64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        if (lastNumber == null || bits != lastBits) {
            lastNumber = Numbers.format(value);
            lastBits = bits;
        }
        cell(lastNumber);
        return this;
    }

    @Override
    public void endRow() {
        if (field != columns) {
            throw new IllegalStateException(field + " fields in a row of " + columns);
        }
        endLine();
    }

    private void endLine() {
        field = 0;
        put((byte) '\n');
    }

    private void cell(String value) {
        boolean first = field == 0;
        field++;
        if (value != null && plain(value)) {
            int length = value.length();
            if (used + length + 1 > BUFFER) {
                flush();
            }
            if (!first) {
                buffer[used++] = ',';
            }
            if (length + 1 > BUFFER) {
                write(value.getBytes(StandardCharsets.US_ASCII));
                return;
            }
            for (int i = 0; i < length; i++) {
                buffer[used++] = (byte) value.charAt(i);
            }
            return;
        }
        quoted.setLength(0);
        try {
            // The printer's own cell: the delimiter before it unless it starts a line, quotes as needed.
            FORMAT.print(value, quoted, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(quoted.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether Commons CSV's minimal quote mode writes the cell as it is: not empty, not beginning with
     * a character up to {@code #} (space, control characters, {@code !}, {@code "}, {@code #}), no
     * quote, comma, CR or LF inside, not ending in a character up to space. Only ASCII is copied here
     * (one byte a character); other text goes through the printer and UTF-8.
     */
    static boolean plain(String value) {
        int length = value.length();
        if (length == 0 || value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == ',') {
                return false;
            }
        }
        return true;
    }

    private void put(byte b) {
        if (used == BUFFER) {
            flush();
        }
        buffer[used++] = b;
    }

    private void write(byte[] bytes) {
        if (used + bytes.length > BUFFER) {
            flush();
        }
        if (bytes.length > BUFFER) {
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        used = 0;
    }

    @Override
    public void close() {
        try (out) {
            flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
