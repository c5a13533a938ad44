package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.bilatsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare-products.csv: differences from the baseline by product, direction and metric. Summed over
 * the products of the two directions, the mean differences of trade_value are compare.csv's mean
 * difference of the two-way total; a scenario compared with itself differs by exactly 0.
 */
class CompareByProductTest {
    @TempDir
    Path out;

    @Test
    void perProductDifferencesAddUpToTheTwoWayDifferenceAndVanishForTheBaselineItself() throws IOException {
        int code = Main.execute(
                new String[] {
                    "compare",
                    "configs/pak-aze/baseline.yaml",
                    "configs/pak-aze/two-billion-push.yaml",
                    "configs/pak-aze/baseline.yaml",
                    "-n",
                    "3",
                    "--no-charts",
                    "-q",
                    "--out",
                    out.toString()
                },
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(System.err, true));
        assertEquals(0, code);
        Path folder;
        try (Stream<Path> files = Files.walk(out)) {
            folder = files.filter(p -> p.getFileName().toString().equals("compare-products.csv"))
                    .findFirst()
                    .orElseThrow()
                    .getParent();
        }
        List<CSVRecord> rows = TidyTablesTest.read(folder.resolve("compare-products.csv"));
        Map<String, Double> byYear = new HashMap<>();
        Map<String, Double> allFlowsByYear = new HashMap<>();
        int selfRows = 0;
        for (CSVRecord r : rows) {
            if (r.get("scenario").equals("pak-aze-baseline#2")) {
                selfRows++;
                for (String column : List.of("difference_mean", "difference_p5", "difference_p95")) {
                    assertEquals(0, Double.parseDouble(r.get(column)), r.toString());
                }
                assertEquals(r.get("baseline_mean"), r.get("scenario_mean"));
                continue;
            }
            boolean pair = (r.get("exporter").equals("PAK") && r.get("importer").equals("AZE"))
                    || (r.get("exporter").equals("AZE") && r.get("importer").equals("PAK"));
            // compare.csv's difference counts the target's kinds (customs goods): leave out the push's
            // services (tourism) and G2G contract flows, which compare-products.csv lists too.
            boolean goods = !r.get("product").equals("pak-visitors")
                    && !r.get("product").equals("jf17-aircraft");
            if (pair && goods && r.get("metric").equals("trade_value")) {
                byYear.merge(r.get("year"), Double.parseDouble(r.get("difference_mean")), Double::sum);
            }
            if (pair && r.get("metric").equals("trade_value")) {
                allFlowsByYear.merge(r.get("year"), Double.parseDouble(r.get("difference_mean")), Double::sum);
            }
        }
        assertTrue(selfRows > 0);
        int checked = 0;
        int allFlowsChecked = 0;
        for (CSVRecord c : TidyTablesTest.read(folder.resolve("compare.csv"))) {
            if (!c.get("scenario").equals("pak-aze-two-billion-push")
                    || !c.get("measure").equals("difference")) {
                continue;
            }
            double expected = Double.parseDouble(c.get("mean"));
            if (c.get("flows").equals(ComparisonFiles.TARGET_FLOWS)) {
                assertEquals(expected, byYear.get(c.get("year")), 1e-6 * Math.abs(expected), c.get("year"));
                checked++;
            } else {
                // The all-flows rows add the tourism spending and the JF-17 deliveries: every product.
                assertEquals(ComparisonFiles.ALL_FLOWS, c.get("flows"));
                assertEquals(expected, allFlowsByYear.get(c.get("year")), 1e-6 * Math.abs(expected), c.get("year"));
                allFlowsChecked++;
            }
        }
        assertEquals(12, checked, "every year of compare.csv");
        assertEquals(12, allFlowsChecked, "every year of compare.csv, all flows");
        // The push's services and G2G flows make its all-flows effect larger than its goods effect.
        double goods2030 = byYear.get("2030");
        double all2030 = allFlowsByYear.get("2030");
        assertTrue(all2030 > goods2030 + 1e6, all2030 + " vs " + goods2030);
    }
}
