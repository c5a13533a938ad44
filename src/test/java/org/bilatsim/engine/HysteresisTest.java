package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/**
 * Without a sunk cost a lapsed preference leaves nothing behind. The default scenario's rice
 * exemption lapses at the end of 2027; rice-no-exemption charges the 15% duty throughout. Both then
 * face the same duty and, with common random numbers, the same demand shocks, and without a sunk cost
 * the exporters serving depend only on current conditions: the two agree from 2029. (The lasting
 * effect with a sunk cost, with productivity shocks so that firms enter and exit, is
 * experiment.HysteresisComparisonTest's; a temporary duty cut's in a synthetic market is LeversTest's.)
 */
class HysteresisTest {

    private static double activeExporters(String file, double sunkCost, int year) throws Exception {
        ScenarioConfig config = ConfigLoader.load(
                Path.of("configs/pak-aze/" + file),
                List.of("products.rice.sources.PAK.exporters.sunkCostUsd=" + sunkCost));
        Collector run = new Collector();
        SingleRun.run(config, run);
        return run.observations.stream()
                .filter(o -> o.product().equals("rice")
                        && o.exporter().equals("PAK")
                        && o.metric() == Metric.ACTIVE_EXPORTERS
                        && o.period().getYear() == year)
                .mapToDouble(Observation::value)
                .average()
                .orElseThrow();
    }

    @Test
    void withoutASunkCostTheLapsedExemptionLeavesNoLastingExporters() throws Exception {
        for (int year : new int[] {2029, 2032, 2035}) {
            assertEquals(
                    activeExporters("rice-no-exemption.yaml", 0, year),
                    activeExporters("baseline.yaml", 0, year),
                    0,
                    "year " + year);
        }
    }
}
