package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.SensitivityReport;
import org.bilatsim.config.Uncertainty;
import org.bilatsim.experiment.Sensitivity;
import org.bilatsim.experiment.uncertainty.SobolIndices;

/**
 * The folder of a global sensitivity analysis, {@code <root>/sensitivity-<scenario>/<run-id>/}:
 * sobol.csv (one row per output and parameter, ranked by total index), manifest.json and, with
 * charts, report.html ("what drives this answer") and its ranked charts, charts/sobol-&lt;output&gt;.
 */
public final class SensitivityFiles {
    public static final String[] SOBOL = {
        "scenario",
        "year",
        "output",
        "rank",
        "parameter",
        "first_order",
        "first_order_low",
        "first_order_high",
        "total",
        "total_low",
        "total_high",
        "output_mean",
        "output_variance",
        "samples",
        "runs",
        "distribution",
        "source"
    };

    private SensitivityFiles() {}

    /** Writes the folder and commits it; returns where it is. */
    public static Path write(Path root, Sensitivity.Result result, boolean charts, Provenance provenance)
            throws IOException {
        return RunFolder.write(root, "sensitivity-" + result.config().name(), provenance.started(), folder -> {
                    writeSobol(folder.file("sobol.csv"), result);
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("command", "sensitivity");
                    extra.put("year", result.year());
                    extra.put("samples", result.samples());
                    extra.put("runs", result.runs());
                    extra.put("parameters", result.config().uncertainty().names());
                    provenance.writeManifest(folder, result.config(), extra);
                    if (charts) {
                        report(folder.file(".").normalize(), result);
                    }
                    return null;
                })
                .folder();
    }

    private static void report(Path folder, Sensitivity.Result result) throws IOException {
        Map<String, Uncertainty.Parameter> parameters = new LinkedHashMap<>();
        result.config().uncertainty().parameters().forEach(p -> parameters.put(p.path(), p));
        List<SensitivityReport.Section> sections = new java.util.ArrayList<>();
        for (var entry : result.indices().entrySet()) {
            SobolIndices.Result r = entry.getValue();
            List<SensitivityReport.Row> rows = r.rankedByTotal().stream()
                    .map(x -> new SensitivityReport.Row(
                            x.input(),
                            x.first(),
                            x.firstLow(),
                            x.firstHigh(),
                            x.total(),
                            x.totalLow(),
                            x.totalHigh(),
                            parameters.get(x.input()).distribution().describe(),
                            parameters.get(x.input()).source()))
                    .toList();
            sections.add(new SensitivityReport.Section(
                    entry.getKey().key(),
                    entry.getKey().label(),
                    entry.getKey() != Sensitivity.Output.REACHED,
                    r.mean(),
                    r.variance(),
                    rows));
        }
        SensitivityReport.write(
                folder,
                result.config().name(),
                result.year(),
                result.samples(),
                result.runs(),
                parameters.size(),
                sections);
    }

    private static void writeSobol(Path file, Sensitivity.Result result) throws IOException {
        Map<String, Uncertainty.Parameter> parameters = new LinkedHashMap<>();
        result.config().uncertainty().parameters().forEach(p -> parameters.put(p.path(), p));
        try (CSVPrinter out = Csv.open(file, SOBOL)) {
            for (var entry : result.indices().entrySet()) {
                SobolIndices.Result r = entry.getValue();
                List<SobolIndices.Index> ranked = r.rankedByTotal();
                for (int i = 0; i < ranked.size(); i++) {
                    SobolIndices.Index x = ranked.get(i);
                    Uncertainty.Parameter p = parameters.get(x.input());
                    out.printRecord(
                            result.config().name(),
                            result.year(),
                            entry.getKey().key(),
                            i + 1,
                            x.input(),
                            Csv.n(x.first()),
                            Csv.n(x.firstLow()),
                            Csv.n(x.firstHigh()),
                            Csv.n(x.total()),
                            Csv.n(x.totalLow()),
                            Csv.n(x.totalHigh()),
                            Csv.n(r.mean()),
                            Csv.n(r.variance()),
                            result.samples(),
                            result.runs(),
                            p.distribution().describe(),
                            p.source());
                }
            }
        }
    }
}
