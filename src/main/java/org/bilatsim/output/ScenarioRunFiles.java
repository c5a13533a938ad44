package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ReportCharts;
import org.bilatsim.chart.ReportWriter;
import org.bilatsim.chart.TidyRow;
import org.bilatsim.config.Changes;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Metric;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.Bands;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Panel;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;
import org.bilatsim.experiment.uncertainty.HonestBackcast;

/**
 * The folder of a scenario run, {@code <root>/<scenario>/<run-id>/}: the tidy tables timeseries
 * (unless summary-only), annual, bands, products and replications in the chosen {@link Format},
 * bilateral.csv, target.csv, backcast.csv when the config has observed totals, parameters.csv when it has
 * uncertain parameters, manifest.json, the
 * scenario files (scenario/) and, with charts, charts/ and report.html. The folder is renamed into
 * place only when every file is complete.
 */
public final class ScenarioRunFiles {
    public static final String[] TARGET = {
        "scenario",
        "year",
        "probability_reached",
        "mean_total_usd",
        "p5_total_usd",
        "p25_total_usd",
        "median_total_usd",
        "p75_total_usd",
        "p95_total_usd",
        "median_gap_usd"
    };
    /**
     * One row per observed year: the median and bands over replications, the median's error, whether
     * the observed value lies in the 50 % and 90 % bands, and whether it is the calibration year (left
     * out of the out-of-sample error and coverage).
     */
    public static final String[] BACKCAST = {
        "year",
        "observed_usd",
        "median_usd",
        "p5_usd",
        "p25_usd",
        "p75_usd",
        "p95_usd",
        "error_share",
        "in_band_50",
        "in_band_90",
        "calibration_year",
        "replications",
        "source"
    };
    /** The first columns of parameters.csv; one column per uncertain parameter follows, named by its path. */
    public static final String[] PARAMETERS = {"scenario", "replication", "seed"};

    /**
     * @param timeseries  whether to write timeseries.csv (the monthly rows of every replication)
     * @param charts      whether to draw charts/ and report.html
     * @param sourceFiles the scenario file and the files it extends, copied into scenario/
     * @param format      the format of the tidy tables
     */
    /**
     * @param changes         what the run changed from its files ({@code --set}, {@code extends}), shown
     *                        in the report's assumptions table
     * @param fixedParameters whether the uncertain parameters ran at their medians ({@code --fixed-parameters})
     */
    public record Options(
            boolean timeseries,
            boolean charts,
            List<Path> sourceFiles,
            Format format,
            List<Changes.Change> changes,
            boolean fixedParameters) {
        public Options {
            sourceFiles = List.copyOf(sourceFiles);
            changes = List.copyOf(changes);
        }

        /** Nothing changed from the files. */
        public Options(boolean timeseries, boolean charts, List<Path> sourceFiles, Format format) {
            this(timeseries, charts, sourceFiles, format, List.of(), false);
        }

        /** Tidy tables as CSV. */
        public Options(boolean timeseries, boolean charts, List<Path> sourceFiles) {
            this(timeseries, charts, sourceFiles, Format.CSV);
        }
    }

    private ScenarioRunFiles() {}

    /**
     * Runs {@code experiment} into a new folder: it is handed the observers that stream each
     * replication's months to timeseries.csv (or none), and every other file is written from the
     * result it returns.
     */
    public static RunFolder.Committed<ScenarioRun.Result> record(
            Path root,
            ScenarioConfig config,
            Options options,
            Provenance provenance,
            Function<Observers, ScenarioRun.Result> experiment)
            throws IOException {
        return RunFolder.write(root, config.name(), provenance.started(), folder -> {
            TimeseriesParts parts = options.timeseries()
                    ? new TimeseriesParts(folder, config.name(), config.start(), config.end())
                    : null;
            ScenarioRun.Result result = experiment.apply(parts == null ? Observers.NONE : parts);
            if (parts != null) {
                parts.join(result.outcomes().stream().map(Outcome::spec).toList(), result.panel(), options.format());
            }
            write(folder, result, options, provenance);
            return result;
        });
    }

    /**
     * Writes the run's files in two halves that read only the result: the tidy tables (annual, bands,
     * products, replications: at HS6 scale about two million rows each of annual and bands), and the
     * small files, the manifest, the scenario copies and the report. With more than one core the
     * tables are written on a thread of their own while the report is drawn: each file is written by
     * one thread from immutable values, so its bytes do not depend on which thread or when. The report
     * takes annual.csv's rows from memory, as the file holds them (charts are drawn for CSV tables
     * only: {@code run} turns them off with Parquet).
     */
    private static void write(RunFolder folder, ScenarioRun.Result result, Options options, Provenance provenance)
            throws IOException {
        ScenarioConfig config = result.config();
        Format format = options.format();
        Path tables = folder.file(".");
        Callable<Void> writeTables = () -> {
            writeAnnual(format.open(tables, Tables.ANNUAL), config, result.panel(), result.outcomes());
            writeBands(format.open(tables, Tables.BANDS), config, result.bands());
            ProductTable.write(format.open(tables, Tables.PRODUCTS), config, result.panel());
            writeReplications(format.open(tables, Tables.REPLICATIONS), config, result.outcomes());
            return null;
        };
        boolean concurrent = Runtime.getRuntime().availableProcessors() > 1;
        ExecutorService thread = concurrent
                ? Executors.newSingleThreadExecutor(runnable -> {
                    Thread t = new Thread(runnable, "bilatsim-tables");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        Future<Void> tablesWritten = concurrent ? thread.submit(writeTables) : null;
        try {
            alongside(
                    () -> {
                        if (!concurrent) {
                            call(writeTables);
                        }
                        writeSmallFiles(folder, result, options, provenance);
                        if (options.charts()) {
                            ReportWriter.write(
                                    folder.file(".").normalize(),
                                    reportRows(config, result.panel(), result.outcomes()));
                        }
                        return null;
                    },
                    tablesWritten);
        } finally {
            if (concurrent) {
                thread.shutdown();
            }
        }
    }

    /**
     * Runs {@code thisHalf} on this thread, then waits for {@code otherHalf} (null: none). If this half
     * fails, its failure is the one reported and the other's, whatever it is (an {@code Error} too),
     * is added to it as suppressed; if only the other fails, its failure is reported.
     */
    static void alongside(Callable<Void> thisHalf, Future<Void> otherHalf) throws IOException {
        Throwable failed = null;
        try {
            call(thisHalf);
        } catch (Throwable t) {
            failed = t;
            throw t;
        } finally {
            try {
                waitFor(otherHalf);
            } catch (Throwable t) {
                if (failed == null) {
                    throw t;
                }
                // Both halves may fail with one instance (the JVM shares its preallocated OutOfMemoryError).
                if (t != failed) {
                    failed.addSuppressed(t);
                }
            }
        }
    }

    private static void call(Callable<Void> part) throws IOException {
        try {
            part.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the tables (nothing when they were written on this thread) and rethrows their failure. */
    private static void waitFor(Future<Void> tablesWritten) throws IOException {
        if (tablesWritten == null) {
            return;
        }
        try {
            tablesWritten.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the tables");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** bilateral, target, backcast and parameters, the manifest and the scenario files. */
    private static void writeSmallFiles(
            RunFolder folder, ScenarioRun.Result result, Options options, Provenance provenance) throws IOException {
        ScenarioConfig config = result.config();
        Format format = options.format();
        BilateralCsv.write(
                folder.file("bilateral.csv"), List.of(new BilateralCsv.Scenario(config.name(), result.outcomes())));
        writeTarget(folder.file("target.csv"), config, result.target());
        if (!config.observed().isEmpty()) {
            writeBackcast(folder.file("backcast.csv"), result.backcast());
        }
        if (!config.uncertainty().isEmpty()) {
            writeParameters(folder.file("parameters.csv"), config, result.outcomes());
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("replications", result.replications());
        extra.put("seeds", result.seeds());
        extra.put("summaryOnly", !options.timeseries());
        extra.put("format", format.extension());
        extra.put("months", result.months());
        extra.put("agents", result.agents());
        extra.put("agentSteps", result.agentSteps());
        extra.put("uncertaintyIncluded", uncertaintyIncluded(result));
        extra.put(
                "countedKinds",
                config.target().counts().stream()
                        .sorted()
                        .map(org.bilatsim.config.FlowKind::configName)
                        .toList());
        extra.put("flowKinds", flowKinds(config));
        extra.put("changes", changes(options.changes()));
        extra.put("fixedParameters", options.fixedParameters());
        extra.put("uncertainParameters", uncertainParameters(config));
        if (!config.observed().isEmpty()) {
            HonestBackcast.Result b = result.backcast();
            Map<String, Object> backcast = new LinkedHashMap<>();
            backcast.put("calibrationYear", b.calibrationYear());
            backcast.put("outOfSampleYears", b.outOfSampleYears());
            backcast.put("outOfSampleMeanAbsoluteError", b.outOfSampleError());
            backcast.put("coverage50", b.coverage50());
            backcast.put("coverage90", b.coverage90());
            extra.put("backcast", backcast);
        }
        provenance.writeManifest(folder, config, extra);
        copySources(folder.file(ReportWriter.SCENARIO_FILES), options.sourceFiles());
    }

    /** The kind of every flow that is not a product market's goods (tourism routes, contracts). */
    private static Map<String, String> flowKinds(ScenarioConfig config) {
        Map<String, String> kinds = new LinkedHashMap<>();
        config.tourism()
                .forEach(r -> kinds.put(r.name(), config.flowKind(r.name()).configName()));
        config.contracts()
                .forEach(c -> kinds.put(c.name(), config.flowKind(c.name()).configName()));
        return kinds;
    }

    /** The changes from the files, for the manifest and the report's assumptions table. */
    private static List<Map<String, Object>> changes(List<Changes.Change> changes) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (Changes.Change c : changes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", c.path());
            row.put("by", c.by() == Changes.By.SET ? "--set" : "extends");
            row.put("was", c.was());
            row.put("wasWhere", c.wasWhere());
            row.put("value", c.value());
            row.put("valueWhere", c.valueWhere());
            rows.add(row);
        }
        return rows;
    }

    /** Each uncertain parameter: its path, where it stands, its distribution (drawn per replication). */
    private static List<Map<String, Object>> uncertainParameters(ScenarioConfig config) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (org.bilatsim.config.Uncertainty.Parameter p : config.uncertainty().parameters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", p.path());
            row.put("where", p.location() == null ? "" : p.location().toString());
            row.put("distribution", p.distribution().describe());
            row.put("source", p.source());
            rows.add(row);
        }
        return rows;
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

    /** Every series in every year of every replication, in replication order, 0 where a run had no flow. */
    private static void writeAnnual(TableWriter annual, ScenarioConfig config, Panel panel, List<Outcome> outcomes) {
        List<Panel.Series> series = panel.series();
        List<Integer> years = panel.years();
        Map<List<AnnualAggregator.Row>, int[]> cache = new IdentityHashMap<>();
        try (annual) {
            for (Outcome o : outcomes) {
                double[] values = panel.annual(o, cache);
                for (int y = 0; y < years.size(); y++) {
                    for (int s = 0; s < series.size(); s++) {
                        Panel.Series k = series.get(s);
                        annual.string(config.name())
                                .int32(o.spec().replication())
                                .int64(o.spec().seed())
                                .int32(years.get(y))
                                .string(k.exporter())
                                .string(k.importer())
                                .string(k.product())
                                .string(k.metric().key())
                                .float64(values[y * series.size() + s])
                                .string(k.unit())
                                .endRow();
                    }
                }
            }
        }
    }

    /**
     * The report's rows of annual.csv (the metrics its charts read), as the file holds them: text
     * through {@link Csv#text}, each number through its 12-digit text, in the file's order.
     */
    private static List<TidyRow> reportRows(ScenarioConfig config, Panel panel, List<Outcome> outcomes) {
        List<Panel.Series> series = panel.series();
        List<Integer> years = panel.years();
        Map<List<AnnualAggregator.Row>, int[]> cache = new IdentityHashMap<>();
        Set<Metric> metrics = ReportCharts.metrics();
        boolean[] reported = new boolean[series.size()];
        for (int s = 0; s < series.size(); s++) {
            reported[s] = metrics.contains(series.get(s).metric());
        }
        String scenario = Csv.text(config.name());
        List<TidyRow> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            double[] values = panel.annual(o, cache);
            for (int y = 0; y < years.size(); y++) {
                String year = Integer.toString(years.get(y));
                for (int s = 0; s < series.size(); s++) {
                    if (!reported[s]) {
                        continue;
                    }
                    Panel.Series k = series.get(s);
                    double v = values[y * series.size() + s];
                    rows.add(new TidyRow(
                            scenario,
                            o.spec().replication(),
                            o.spec().seed(),
                            year,
                            Csv.text(k.exporter()),
                            Csv.text(k.importer()),
                            Csv.text(k.product()),
                            Csv.text(k.metric().key()),
                            // The number a reader of annual.csv gets: the 12 digits of its text.
                            Double.parseDouble(Numbers.format(v)),
                            Csv.text(k.unit())));
                }
            }
        }
        return rows;
    }

    private static void writeBands(TableWriter out, ScenarioConfig config, List<Bands.Row> rows) {
        try (out) {
            for (Bands.Row row : rows) {
                Bands.Key k = row.key();
                out.string(config.name())
                        .int32(k.year())
                        .string(k.exporter())
                        .string(k.importer())
                        .string(k.product())
                        .string(k.metric().key())
                        .string(k.unit());
                for (double v : row.summary()) {
                    out.float64(v);
                }
                out.endRow();
            }
        }
    }

    private static void writeReplications(TableWriter out, ScenarioConfig config, List<Outcome> outcomes) {
        try (out) {
            for (Outcome o : outcomes) {
                out.string(config.name())
                        .int32(o.spec().replication())
                        .int64(o.spec().seed())
                        .endRow();
            }
        }
    }

    private static void writeTarget(Path file, ScenarioConfig config, List<TargetAnalysis.Year> years)
            throws IOException {
        try (CSVPrinter out = Csv.open(file, TARGET)) {
            for (TargetAnalysis.Year y : years) {
                List<Object> record =
                        new ArrayList<>(List.of(Csv.text(config.name()), y.year(), Csv.n(y.probabilityReached())));
                Csv.addNumbers(record, y.total());
                record.add(Csv.n(y.medianGap()));
                out.printRecord(record);
            }
        }
    }

    private static void writeBackcast(Path file, HonestBackcast.Result backcast) throws IOException {
        try (CSVPrinter out = Csv.open(file, BACKCAST)) {
            for (HonestBackcast.Year y : backcast.years()) {
                out.printRecord(
                        y.year(),
                        Csv.n(y.observedUsd()),
                        Csv.n(y.medianUsd()),
                        Csv.n(y.p5Usd()),
                        Csv.n(y.p25Usd()),
                        Csv.n(y.p75Usd()),
                        Csv.n(y.p95Usd()),
                        Csv.n(y.errorShare()),
                        y.inBand50(),
                        y.inBand90(),
                        y.calibration(),
                        backcast.replications(),
                        Csv.text(y.source()));
            }
        }
    }

    /** One row per replication: the values its uncertain parameters were drawn at. */
    private static void writeParameters(Path file, ScenarioConfig config, List<Outcome> outcomes) throws IOException {
        List<String> names = config.uncertainty().names();
        List<String> header = new ArrayList<>(List.of(PARAMETERS));
        header.addAll(names);
        try (CSVPrinter out = Csv.open(file, header.toArray(String[]::new))) {
            for (Outcome o : outcomes) {
                Map<String, Double> drawn = o.spec().config().uncertainty().drawn();
                List<Object> record = new ArrayList<>(
                        List.of(config.name(), o.spec().replication(), o.spec().seed()));
                for (String name : names) {
                    Double v = drawn.get(name);
                    record.add(v == null ? "" : Csv.n(v));
                }
                out.printRecord(record);
            }
        }
    }

    /**
     * What the spread over replications contains, in words, for the manifest and the report: the
     * demand shocks and agent set-up draws (each replication has its own seed) and, when the config
     * has uncertain parameters, their draws.
     */
    public static String uncertaintyIncluded(ScenarioRun.Result result) {
        if (result.replications() == 1) {
            return "one replication: no band";
        }
        int parameters = result.config().uncertainty().parameters().size();
        return "shocks and agent set-up (a seed per replication)"
                + (parameters == 0
                        ? "; no parameter uncertainty (every parameter fixed: no key has a distribution, or --fixed-parameters)"
                        : "; parameters (" + parameters + " uncertain, one Latin hypercube draw per replication)");
    }
}
