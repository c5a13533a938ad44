package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Uncertainty;
import org.bilatsim.engine.Metric;
import org.junit.jupiter.api.Test;

/**
 * Hysteresis in the bundled comparison (Dixit 1989; Baldwin and Krugman 1989; Das, Roberts and Tybout
 * 2007). baseline.yaml keeps Azerbaijan's 0% duty on Pakistani rice until it lapses after 2027-12;
 * rice-no-exemption.yaml charges the 15% MFN duty from 2024-01. From 2028 both charge 15%, and with
 * common random numbers they face the same demand and productivity shocks. Both start from the same
 * 50 incumbents (the base flows were observed under the exemption), so without productivity shocks
 * the exemption brings little entry; with shocks firms enter and exit every month, and the exemption
 * keeps more of them serving. With a sunk cost of starting those extra exporters stay after the lapse
 * (band of inaction) and carry extra trade; with none, the serving set depends only on the month's
 * conditions, and the two scenarios' exporters are equal once the importers' own adjustment has
 * passed. The comparison runs through {@link Comparison} and {@link ProductDifferences}, as
 * {@code bilatsim compare} does, with the keys set as {@code --set} sets them.
 */
class HysteresisComparisonTest {
    private static final String PAK_RICE = "products.rice.sources.PAK.exporters.";
    private static final int REPLICATIONS = 4;

    /**
     * Per year 2024-2035: {extra exporters, extra trade US$, trade without the exemption US$} (means
     * over replications) and the largest extra exporters of any quantile of the replications.
     */
    private static double[][] exemptionEffect(double sunkCostUsd) throws Exception {
        List<String> overrides = List.of(
                PAK_RICE + "sunkCostUsd=" + sunkCostUsd,
                PAK_RICE + "productivityShockSd=0.05",
                PAK_RICE + "productivityShockPersistence=0.95");
        // The mechanism is tested at the uncertain parameters' medians (as --fixed-parameters runs):
        // some draws of the rice elasticity and awareness leave too little profit for this sunk cost
        // at the calibrated 50 exporters, which the loader rightly refuses.
        ScenarioConfig without = ConfigLoader.load(Path.of("configs/pak-aze/rice-no-exemption.yaml"), overrides)
                .withUncertainty(Uncertainty.none());
        ScenarioConfig with = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), overrides)
                .withUncertainty(Uncertainty.none());
        Comparison.Result result = Comparison.run(List.of(without, with), REPLICATIONS, Runner.local(2), d -> {});
        double[][] effect = new double[12][4];
        for (ProductDifferences.Row row : ProductDifferences.of(result)) {
            Panel.Series series = row.series();
            if (!series.product().equals("rice") || !series.exporter().equals("PAK")) {
                continue;
            }
            double[] year = effect[row.year() - 2024];
            if (series.metric() == Metric.ACTIVE_EXPORTERS) {
                double[] summary = row.difference();
                year[0] = summary[0];
                // Every replication, not only the mean: the mean and quantiles of the difference.
                for (double q : summary) {
                    year[3] = Math.max(year[3], Math.abs(q));
                }
            } else if (series.metric() == Metric.TRADE_VALUE) {
                year[1] = row.difference()[0];
                year[2] = row.baselineMean();
            }
        }
        return effect;
    }

    @Test
    void aSunkCostKeepsTheExemptionsExtraExportersAndTradeAfterItLapsesAndNoSunkCostKeepsNone() throws Exception {
        double[][] sunk = exemptionEffect(10_000);
        double[][] none = exemptionEffect(0);
        int y2028 = 2028 - 2024;
        int y2030 = 2030 - 2024;
        int y2035 = 2035 - 2024;
        // During the exemption both keep more exporters and trade (the duty is lower).
        assertTrue(sunk[3][0] > 10 && none[3][0] > 10, "2027: " + sunk[3][0] + ", " + none[3][0]);
        // After the lapse: with a sunk cost the extra exporters stay, and trade with them.
        assertTrue(sunk[y2028][0] >= 10, "extra exporters in 2028 with a sunk cost: " + sunk[y2028][0]);
        assertTrue(sunk[y2030][0] >= 1, "extra exporters in 2030 with a sunk cost: " + sunk[y2030][0]);
        assertTrue(
                sunk[y2030][1] > 0.005 * sunk[y2030][2],
                "extra trade in 2030 with a sunk cost: " + sunk[y2030][1] + " of " + sunk[y2030][2]);
        // Without one, the serving sets are the same from 2030 in every replication, and trade differs
        // only by the importers' partial adjustment (20% of the gap a month), gone by 2035.
        for (int y = y2030; y <= y2035; y++) {
            assertEquals(0, none[y][3], 0, "no extra exporters without a sunk cost, " + (2024 + y));
        }
        assertTrue(
                Math.abs(none[y2030][1]) < 0.2 * sunk[y2030][1],
                "2030: " + none[y2030][1] + " without a sunk cost, " + sunk[y2030][1] + " with");
        assertEquals(0, none[y2035][1], 1e-6 * none[y2035][2], "no extra trade in 2035 without a sunk cost");
    }
}
