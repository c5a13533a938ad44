package org.bilatsim.calibrate;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.SourceLocation;

/**
 * A CSV file with a header row, read with Commons CSV, with the messages a user needs: every problem
 * is a {@link ConfigException} at {@code file:line:column}, where the column is the field's position
 * (1 = first), and names the column, the value and what is allowed.
 *
 * <p>Header names are matched ignoring case, spaces, underscores and dots ("Reporter ISO3",
 * {@code reporterISO3} and {@code reporter_iso3} are the same column), because the portals that
 * publish these files have changed their spelling between releases. A leading byte-order mark (the
 * Comtrade portal writes one) is dropped. Values are kept as text, so product codes keep their leading
 * zeros.
 */
final class CsvTable {
    /** A data file's line: its values, its line number in the file. */
    record Row(CsvTable table, CSVRecord record, long line) {
        String get(int column) {
            return column < 0 || column >= record.size()
                    ? ""
                    : record.get(column).trim();
        }

        /** A problem with the value in {@code column}, located at this line and the column's position. */
        ConfigException error(int column, String allowed) {
            return table.error(line, column, get(column), allowed);
        }
    }

    private final Path file;
    private final List<String> header;
    private final List<String> normalized = new ArrayList<>();

    private CsvTable(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        for (String name : header) {
            normalized.add(normalize(name));
        }
    }

    static String normalize(String name) {
        return name.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The header of {@code file} (its first line), for telling formats apart. */
    static List<String> header(Path file) {
        List<String> names = new ArrayList<>();
        read(file, table -> names.addAll(table.header), row -> {}, true);
        return names;
    }

    /**
     * Reads {@code file}: {@code onHeader} sees the table first (to find its columns), then
     * {@code onRow} every data line in order.
     */
    static void read(Path file, Consumer<CsvTable> onHeader, Consumer<Row> onRow) {
        read(file, onHeader, onRow, false);
    }

    private static void read(Path file, Consumer<CsvTable> onHeader, Consumer<Row> onRow, boolean headerOnly) {
        SourceLocation whole = new SourceLocation(file.toString(), 0, 0);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(
                    whole, "", Files.isDirectory(file) ? "is a directory; give a CSV file" : "no such file");
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .get();
        long line = 1;
        try (Reader raw = new java.io.InputStreamReader(Files.newInputStream(file), decoder);
                PushbackReader reader = new PushbackReader(raw, 1)) {
            int first = reader.read();
            if (first != -1 && first != '\uFEFF') {
                reader.unread(first);
            }
            try (CSVParser parser =
                    CSVParser.builder().setReader(reader).setFormat(format).get()) {
                List<String> names = parser.getHeaderNames();
                if (names.isEmpty()) {
                    throw new ConfigException(
                            new SourceLocation(file.toString(), 1, 1),
                            "",
                            "the file is empty; " + "a CSV file with a header line is expected");
                }
                CsvTable table = new CsvTable(file, names);
                onHeader.accept(table);
                if (headerOnly) {
                    return;
                }
                Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    line = parser.getCurrentLineNumber() + 1;
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    if (record.size() > names.size()) {
                        throw table.error(
                                line,
                                names.size(),
                                record.get(names.size()),
                                "the header has "
                                        + names.size() + " columns but this line has " + record.size()
                                        + " fields; quote values that contain a comma");
                    }
                    onRow.accept(new Row(table, record, line));
                }
            }
        } catch (UncheckedIOException e) {
            throw new ConfigException(
                    new SourceLocation(file.toString(), (int) Math.max(line, 1), 1), "", readProblem(e.getCause()));
        } catch (IOException e) {
            throw new ConfigException(
                    new SourceLocation(file.toString(), (int) Math.max(line, 1), 1), "", readProblem(e));
        }
    }

    private static String readProblem(IOException e) {
        return e instanceof CharacterCodingException
                ? "is not UTF-8 text; save it as UTF-8 (or CSV UTF-8 in Excel)"
                : "cannot be read as CSV: " + e.getMessage();
    }

    Path file() {
        return file;
    }

    String fileName() {
        return file.getFileName().toString();
    }

    /** The column named by any of {@code names} (see the class comment for how names match), or -1. */
    int column(String... names) {
        for (String name : names) {
            int i = normalized.indexOf(normalize(name));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** As {@link #column}, but a missing column is an error naming the columns found. */
    int require(String what, String... names) {
        int i = column(names);
        if (i < 0) {
            throw new ConfigException(
                    new SourceLocation(file.toString(), 1, 1),
                    "",
                    "no column " + names[0]
                            + (names.length > 1
                                    ? " (or " + String.join(", ", List.of(names).subList(1, names.length)) + ")"
                                    : "")
                            + " for " + what + "; the header has " + String.join(",", header));
        }
        return i;
    }

    String name(int column) {
        return column >= 0 && column < header.size() ? header.get(column) : "column " + (column + 1);
    }

    ConfigException error(long line, int column, String value, String allowed) {
        String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
        return new ConfigException(
                new SourceLocation(file.toString(), (int) Math.min(line, Integer.MAX_VALUE), column + 1),
                name(column) + " = '" + shown + "'",
                allowed);
    }
}
