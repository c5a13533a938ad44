package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ChartFiles;
import org.bilatsim.chart.ComparisonReport;
import org.bilatsim.chart.ScenarioPaths;
import org.bilatsim.chart.TradeCharts;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Comparison;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Panel;
import org.bilatsim.experiment.ProductDifferences;

/**
 * The folder of a comparison, {@code <root>/compare-<baseline>/<run-id>/}: compare.csv,
 * compare-products.csv (differences by product, direction and metric), bilateral.csv, manifest.json and, with charts, charts/ and report.html.
 */
public final class ComparisonFiles {
    public static final String[] HEADER = {
        "scenario", "year", "measure", "mean", "p5", "p25", "p50", "p75", "p95", "probability_reached", "flows"
    };

    /** {@code flows} of the rows that count the target's kinds ({@code target.counts}). */
    public static final String TARGET_FLOWS = "target";

    /** {@code flows} of the rows that count every flow, whatever its kind (services, G2G contracts). */
    public static final String ALL_FLOWS = "all";

    private ComparisonFiles() {}

    /** The folder a comparison of {@code baseline} writes into, below the output root. */
    public static String folderName(String baseline) {
        return "compare-" + baseline;
    }

    /**
     * Makes the (partial) folder first, so that an output problem is found before any simulation,
     * then runs {@code comparison}, writes every file from its result and commits the folder.
     */
    public static RunFolder.Committed<Comparison.Result> record(
            Path root, String baseline, boolean charts, Provenance provenance, Supplier<Comparison.Result> comparison)
            throws IOException {
        return RunFolder.write(root, folderName(baseline), provenance.started(), folder -> {
            Comparison.Result result = comparison.get();
            write(folder, result, charts, provenance);
            return result;
        });
    }

    private static void write(RunFolder folder, Comparison.Result result, boolean charts, Provenance provenance)
            throws IOException {
        ScenarioConfig baseline = result.baseline();
        writeCompare(folder.file("compare.csv"), result);
        writeByProduct(Format.CSV.open(folder.file("."), Tables.COMPARE_PRODUCTS), result);
        List<BilateralCsv.Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < result.scenarios().size(); s++) {
            scenarios.add(new BilateralCsv.Scenario(
                    result.scenarios().get(s), result.outcomes().get(s)));
        }
        BilateralCsv.write(folder.file("bilateral.csv"), scenarios);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("command", "compare");
        extra.put("scenarios", result.scenarios());
        extra.put("replications", result.replications());
        extra.put("configs", result.configs().subList(1, result.configs().size()));
        provenance.writeManifest(folder, baseline, extra);
        if (charts) {
            writeCharts(folder.file("charts"), result);
        }
    }

    private static void writeCompare(Path file, Comparison.Result result) throws IOException {
        try (CSVPrinter out = Csv.open(file, HEADER)) {
            for (Comparison.Year y : result.years()) {
                row(out, y, "level", y.level(), Csv.n(y.probabilityReached()), TARGET_FLOWS);
                row(out, y, "difference", y.difference(), "", TARGET_FLOWS);
                // The target counts only its kinds: no probability on the all-flows rows.
                row(out, y, "level", y.allFlowsLevel(), "", ALL_FLOWS);
                row(out, y, "difference", y.allFlowsDifference(), "", ALL_FLOWS);
            }
        }
    }

    private static void writeByProduct(TableWriter out, Comparison.Result result) {
        try (out) {
            for (ProductDifferences.Row row : ProductDifferences.of(result)) {
                Panel.Series k = row.series();
                out.string(row.scenario())
                        .int32(row.year())
                        .string(k.exporter())
                        .string(k.importer())
                        .string(k.product())
                        .string(k.metric().key())
                        .string(k.unit())
                        .float64(row.baselineMean())
                        .float64(row.scenarioMean());
                for (double v : row.difference()) {
                    out.float64(v);
                }
                out.endRow();
            }
        }
    }

    private static void row(
            CSVPrinter out, Comparison.Year y, String measure, double[] stats, String probability, String flows)
            throws IOException {
        List<Object> record = new ArrayList<>(List.of(Csv.text(y.scenario()), y.year(), measure));
        Csv.addNumbers(record, stats);
        record.add(probability);
        record.add(flows);
        out.printRecord(record);
    }

    private static void writeCharts(Path dir, Comparison.Result result) throws IOException {
        ScenarioConfig baseline = result.baseline();
        List<ScenarioPaths> paths = new ArrayList<>();
        for (int s = 0; s < result.scenarios().size(); s++) {
            Map<Integer, double[]> byYear = new TreeMap<>();
            List<Outcome> outcomes = result.outcomes().get(s);
            for (Outcome o : outcomes) {
                for (BilateralTotals.Year y : o.totals()) {
                    byYear.computeIfAbsent(y.year(), k -> new double[outcomes.size()])[
                                    o.spec().replication()] =
                            y.total();
                }
            }
            paths.add(new ScenarioPaths(result.scenarios().get(s), byYear));
        }
        String pair = String.join("–", baseline.target().between());
        List<ChartFiles.WrittenChart> charts = List.of(
                ChartFiles.write(
                        TradeCharts.scenarioComparison(paths, baseline.target().valueUsd(), pair),
                        dir,
                        "scenario-comparison"),
                ChartFiles.write(
                        TradeCharts.differencesFromBaseline(
                                paths, result.scenarios().get(0)),
                        dir,
                        "difference-from-baseline"));
        List<ComparisonReport.Row> rows = new ArrayList<>();
        for (Comparison.Year y : result.years()) {
            double[] level = y.level();
            double[] difference = y.difference();
            double[] allFlows = y.allFlowsDifference();
            rows.add(new ComparisonReport.Row(
                    y.scenario(),
                    y.year(),
                    new double[] {level[3], level[1], level[5]},
                    new double[] {difference[3], difference[1], difference[5]},
                    y.probabilityReached(),
                    new double[] {allFlows[3], allFlows[1], allFlows[5]}));
        }
        ComparisonReport.write(
                dir.getParent(),
                result.scenarios().get(0),
                baseline.target().valueUsd(),
                result.replications(),
                rows,
                charts);
    }
}
