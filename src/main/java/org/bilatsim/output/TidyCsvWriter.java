package org.bilatsim.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.experiment.AnnualAggregator;

/**
 * Streams observations to a tidy CSV file, text cells made safe for spreadsheets ({@link Csv#text}), (columns of {@link Column}) as the run produces them, so
 * memory does not grow with the length of the run.
 */
public final class TidyCsvWriter implements ObservationSink, AutoCloseable {
    private static final CSVFormat WITH_HEADER = CSVFormat.RFC4180.builder()
            .setHeader(Column.headers())
            .setRecordSeparator("\n")
            .get();
    private static final CSVFormat WITHOUT_HEADER = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .get();

    private final CSVPrinter printer;
    private final String scenario;
    private final String replication;
    private final String seed;

    public TidyCsvWriter(Path file, String scenario, int replication, long seed) {
        this(file, scenario, replication, seed, true);
    }

    /** A writer of rows only (a part of a file whose header is written elsewhere). */
    public TidyCsvWriter(Path file, String scenario, int replication, long seed, boolean header) {
        try {
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            this.printer = new CSVPrinter(writer, header ? WITH_HEADER : WITHOUT_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.scenario = Csv.text(scenario);
        this.replication = Integer.toString(replication);
        this.seed = Long.toString(seed);
    }

    @Override
    public void accept(Observation o) {
        print(o.period().toString(), o.exporter(), o.importer(), o.product(), o.metric().key(), o.value(), o.unit());
    }

    /** An annual row (period YYYY). */
    public void accept(AnnualAggregator.Row row) {
        accept(row, replication, seed);
    }

    /** An annual row of a given replication (annual.csv holds all replications). */
    public void accept(AnnualAggregator.Row row, String rowReplication, String rowSeed) {
        printWith(rowReplication, rowSeed, Integer.toString(row.year()), row.exporter(), row.importer(), row.product(), row.metric().key(),
                row.value(), row.unit());
    }

    private void print(String period, String exporter, String importer, String product, String metric, double value,
            String unit) {
        printWith(replication, seed, period, exporter, importer, product, metric, value, unit);
    }

    private void printWith(String rowReplication, String rowSeed, String period, String exporter, String importer,
            String product, String metric, double value, String unit) {
        try {
            printer.printRecord(scenario, rowReplication, rowSeed, period, Csv.text(exporter), Csv.text(importer),
                    Csv.text(product), metric, Numbers.format(value), Csv.text(unit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run is over: flush and close the file. */
    @Override
    public void finish() {
        close();
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
