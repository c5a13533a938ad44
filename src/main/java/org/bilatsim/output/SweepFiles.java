package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ChartFiles;
import org.bilatsim.chart.Sensitivity;
import org.bilatsim.chart.TradeCharts;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Sweep;

/**
 * The folder of a sweep, {@code <root>/sweep-<scenario>/<run-id>/}: sweep.csv (one row per point
 * and replication, the varied values as columns), sensitivity.csv, manifest.json and, with charts,
 * charts/tornado.
 */
public final class SweepFiles {
    public static final String[] SENSITIVITY = {
        "parameter", "low_value", "high_value", "year", "mean_total_usd_at_low", "mean_total_usd_at_high", "swing_usd"
    };

    private SweepFiles() {}

    /** The folder a sweep of {@code scenario} writes into, below the output root. */
    public static String folderName(String scenario) {
        return "sweep-" + scenario;
    }

    /**
     * Makes the (partial) folder first, so that an output problem is found before any simulation,
     * then runs {@code sweep}, writes every file from its result and commits the folder.
     */
    public static RunFolder.Committed<Sweep.Result> record(
            Path root, String scenario, boolean charts, Provenance provenance, Supplier<Sweep.Result> sweep)
            throws IOException {
        return RunFolder.write(root, folderName(scenario), provenance.started(), folder -> {
            Sweep.Result result = sweep.get();
            write(folder, result, charts, provenance);
            return result;
        });
    }

    private static void write(RunFolder folder, Sweep.Result result, boolean charts, Provenance provenance)
            throws IOException {
        Sweep.Plan plan = result.plan();
        writeSweep(folder.file("sweep.csv"), result);
        writeSensitivity(folder.file("sensitivity.csv"), result);
        if (charts && !result.ranking().isEmpty()) {
            List<Sensitivity> bars = result.ranking().stream()
                    .map(r -> new Sensitivity(
                            r.parameter() + " (" + r.lowValue() + " to " + r.highValue() + ")",
                            r.totalAtLow(),
                            r.totalAtHigh()))
                    .toList();
            ChartFiles.write(
                    TradeCharts.tornado(bars, result.meanTotal(), "Two-way trade in " + result.year()),
                    folder.file("charts"),
                    "tornado");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("command", "sweep");
        extra.put("design", plan.design().key());
        extra.put("points", plan.points().size());
        extra.put("replications", result.replications());
        provenance.writeManifest(folder, plan.base(), extra);
    }

    private static void writeSweep(Path file, Sweep.Result result) throws IOException {
        List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
        result.plan().parameters().forEach(p -> header.add(p.path()));
        header.add("total_usd_" + result.year());
        // The sensitivity year is the last year by default for any scenario ending before 2030: one column then.
        boolean lastYearToo = result.lastYear() != result.year();
        if (lastYearToo) {
            header.add("total_usd_" + result.lastYear());
        }
        header.add("first_year_reached");
        try (CSVPrinter out = Csv.open(file, header.toArray(String[]::new))) {
            for (Sweep.PointResult r : result.points()) {
                for (Outcome o : r.outcomes()) {
                    List<Object> record = new ArrayList<>(List.of(
                            r.point().index(), o.spec().replication(), o.spec().seed()));
                    r.point().values().forEach(v -> record.add(Csv.text(v)));
                    record.add(Csv.n(o.total(result.year())));
                    if (lastYearToo) {
                        record.add(Csv.n(o.total(result.lastYear())));
                    }
                    record.add(Csv.year(o.firstYearReached()));
                    out.printRecord(record);
                }
            }
        }
    }

    private static void writeSensitivity(Path file, Sweep.Result result) throws IOException {
        try (CSVPrinter out = Csv.open(file, SENSITIVITY)) {
            for (Sweep.Sensitivity s : result.ranking()) {
                out.printRecord(
                        Csv.text(s.parameter()),
                        Csv.text(s.lowValue()),
                        Csv.text(s.highValue()),
                        result.year(),
                        Csv.n(s.totalAtLow()),
                        Csv.n(s.totalAtHigh()),
                        Csv.n(s.swing()));
            }
        }
    }
}
