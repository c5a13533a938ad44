package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ReportWriter;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Backcast;
import org.bilatsim.experiment.Bands;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;

/**
 * The folder of a scenario run, {@code <root>/<scenario>/<run-id>/}: timeseries.csv (unless
 * summary-only), annual.csv, bands.csv, bilateral.csv, target.csv, backcast.csv when the config has
 * observed totals, manifest.json, the scenario files (scenario/) and, with charts, charts/ and
 * report.html. The folder is renamed into place only when every file is complete.
 */
public final class ScenarioRunFiles {
    public static final String[] BANDS = {"scenario", "period", "exporter", "importer", "product", "metric", "unit",
        "mean", "p5", "p25", "p50", "p75", "p95"};
    public static final String[] TARGET = {"scenario", "year", "probability_reached", "mean_total_usd", "p5_total_usd",
        "p25_total_usd", "median_total_usd", "p75_total_usd", "p95_total_usd", "median_gap_usd"};
    public static final String[] BACKCAST = {"year", "simulated_usd", "observed_usd", "error_share", "source"};

    /**
     * @param timeseries  whether to write timeseries.csv (the monthly rows of every replication)
     * @param charts      whether to draw charts/ and report.html
     * @param sourceFiles the scenario file and the files it extends, copied into scenario/
     */
    public record Options(boolean timeseries, boolean charts, List<Path> sourceFiles) {
        public Options {
            sourceFiles = List.copyOf(sourceFiles);
        }
    }

    private ScenarioRunFiles() {
    }

    /**
     * Runs {@code experiment} into a new folder: it is handed the observers that stream each
     * replication's months to timeseries.csv (or none), and every other file is written from the
     * result it returns.
     */
    public static RunFolder.Committed<ScenarioRun.Result> record(Path root, ScenarioConfig config, Options options,
            Provenance provenance, Function<Observers, ScenarioRun.Result> experiment) throws IOException {
        return RunFolder.write(root, config.name(), provenance.started(), folder -> {
            TimeseriesParts parts = options.timeseries() ? new TimeseriesParts(folder, config.name()) : null;
            ScenarioRun.Result result = experiment.apply(parts == null ? Observers.NONE : parts);
            if (parts != null) {
                parts.join(result.replications());
            }
            write(folder, result, options, provenance);
            return result;
        });
    }

    private static void write(RunFolder folder, ScenarioRun.Result result, Options options, Provenance provenance)
            throws IOException {
        ScenarioConfig config = result.config();
        writeAnnual(folder.file("annual.csv"), config, result.outcomes());
        writeBands(folder.file("bands.csv"), config, result.bands());
        BilateralCsv.write(folder.file("bilateral.csv"), List.of(new BilateralCsv.Scenario(config.name(),
                result.outcomes())));
        writeTarget(folder.file("target.csv"), config, result.target());
        if (!config.observed().isEmpty()) {
            writeBackcast(folder.file("backcast.csv"), result.backcast());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("replications", result.replications());
        extra.put("seeds", result.seeds());
        extra.put("summaryOnly", !options.timeseries());
        extra.put("months", result.months());
        extra.put("agents", result.agents());
        extra.put("agentSteps", result.agentSteps());
        provenance.writeManifest(folder, config, extra);
        copySources(folder.file(ReportWriter.SCENARIO_FILES), options.sourceFiles());
        if (options.charts()) {
            ReportWriter.write(folder.file(".").normalize());
        }
    }

    /** The scenario files travel with the results: their comments hold the sources. */
    private static void copySources(Path folder, List<Path> sources) throws IOException {
        Path copies = Files.createDirectories(folder);
        for (Path source : sources) {
            // Files of an extends chain may share a name (a/baseline.yaml extends ../b/baseline.yaml).
            String name = source.getFileName().toString();
            Path copy = copies.resolve(name);
            for (int k = 2; Files.exists(copy); k++) {
                copy = copies.resolve(k + "-" + name);
            }
            Files.copy(source, copy);
        }
    }

    private static void writeAnnual(Path file, ScenarioConfig config, List<Outcome> outcomes) {
        try (TidyCsvWriter annual = new TidyCsvWriter(file, config.name(), 0, config.seed())) {
            for (Outcome o : outcomes) {
                String replication = Integer.toString(o.spec().replication());
                String seed = Long.toString(o.spec().seed());
                o.annual().forEach(row -> annual.accept(row, replication, seed));
            }
        }
    }

    private static void writeBands(Path file, ScenarioConfig config, List<Bands.Row> rows) throws IOException {
        try (CSVPrinter out = Csv.open(file, BANDS)) {
            for (Bands.Row row : rows) {
                Bands.Key k = row.key();
                List<Object> record = new ArrayList<>(List.of(Csv.text(config.name()), k.year(), Csv.text(k.exporter()),
                        Csv.text(k.importer()), Csv.text(k.product()), k.metric().key(), Csv.text(k.unit())));
                Csv.addNumbers(record, row.summary());
                out.printRecord(record);
            }
        }
    }

    private static void writeTarget(Path file, ScenarioConfig config, List<TargetAnalysis.Year> years)
            throws IOException {
        try (CSVPrinter out = Csv.open(file, TARGET)) {
            for (TargetAnalysis.Year y : years) {
                List<Object> record = new ArrayList<>(List.of(Csv.text(config.name()), y.year(),
                        Csv.n(y.probabilityReached())));
                Csv.addNumbers(record, y.total());
                record.add(Csv.n(y.medianGap()));
                out.printRecord(record);
            }
        }
    }

    private static void writeBackcast(Path file, List<Backcast.Year> years) throws IOException {
        try (CSVPrinter out = Csv.open(file, BACKCAST)) {
            for (Backcast.Year y : years) {
                out.printRecord(y.year(), Csv.n(y.simulatedUsd()), Csv.n(y.observedUsd()), Csv.n(y.errorShare()),
                        Csv.text(y.source()));
            }
        }
    }
}
