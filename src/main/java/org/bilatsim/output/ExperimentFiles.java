package org.bilatsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The summary files of multi-replication experiments; each header is declared here once. */
public final class ExperimentFiles {
    public static final String[] BANDS = {"scenario", "period", "exporter", "importer", "product", "metric", "unit",
        "mean", "p5", "p25", "p50", "p75", "p95"};
    public static final String[] BILATERAL = {"scenario", "replication", "seed", "year", "forward_usd", "backward_usd",
        "total_usd", "target_usd", "first_year_reached"};
    public static final String[] TARGET = {"scenario", "year", "probability_reached", "mean_total_usd", "p5_total_usd",
        "p25_total_usd", "median_total_usd", "p75_total_usd", "p95_total_usd", "median_gap_usd"};

    private ExperimentFiles() {
    }

    /** Opens a CSV with the given header; the caller prints records and closes it. */
    public static CSVPrinter open(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    /** Formats numbers for these files (see {@link Numbers}). */
    public static String n(double value) {
        return Numbers.format(value);
    }
}
