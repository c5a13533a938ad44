package org.bilatsim.chart;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the tidy result files ({@code annual.csv}, {@code timeseries.csv}). */
public final class TidyCsv {
    static final String[] COLUMNS = {
        "scenario", "replication", "seed", "exporter", "importer", "product", "metric", "value", "unit"
    };
    /** The time column: {@code month} in timeseries.csv, {@code year} in annual.csv. */
    static final String[] TIME = {"month", "year"};

    private TidyCsv() {}

    /**
     * Reads every row of a tidy CSV file.
     *
     * @throws IOException if the file cannot be read or lacks one of the tidy columns
     */
    public static List<TidyRow> read(Path csv) throws IOException {
        return read(csv, null);
    }

    /**
     * Reads the rows of the given metrics only (all when {@code metrics} is null): a run of a
     * thousand replications has over a million annual rows, most of which no chart draws.
     */
    public static List<TidyRow> read(Path csv, java.util.Set<String> metrics) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        Map<String, String> pool = new HashMap<>();
        List<TidyRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(
                            csv + ": no column '" + column + "' (expected " + String.join(",", COLUMNS) + ")");
                }
            }
            String time = parser.getHeaderMap().containsKey(TIME[0]) ? TIME[0] : TIME[1];
            if (!parser.getHeaderMap().containsKey(time)) {
                throw new IOException(csv + ": no column 'month' or 'year'");
            }
            for (CSVRecord r : parser) {
                if (metrics != null && !metrics.contains(r.get("metric"))) {
                    continue;
                }
                try {
                    rows.add(new TidyRow(
                            pool.computeIfAbsent(r.get("scenario"), s -> s),
                            Integer.parseInt(r.get("replication")),
                            Long.parseLong(r.get("seed")),
                            pool.computeIfAbsent(r.get(time), s -> s),
                            pool.computeIfAbsent(r.get("exporter"), s -> s),
                            pool.computeIfAbsent(r.get("importer"), s -> s),
                            pool.computeIfAbsent(r.get("product"), s -> s),
                            pool.computeIfAbsent(r.get("metric"), s -> s),
                            Double.parseDouble(r.get("value")),
                            pool.computeIfAbsent(r.get("unit"), s -> s)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(csv + ":" + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
