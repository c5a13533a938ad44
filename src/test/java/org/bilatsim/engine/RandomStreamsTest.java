package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/**
 * Every population and purpose draws from its own stream: changing the number of one origin's
 * exporters, or one origin's awareness, leaves every other draw unchanged, so a sweep over agent
 * counts or a parameter moves only what it should.
 */
class RandomStreamsTest {

    private static List<Observation> run(ScenarioConfig config) {
        Collector run = new Collector();
        SingleRun.run(config, run);
        return run.observations;
    }

    private static List<Observation> only(List<Observation> observations, String product, String exporter) {
        return observations.stream()
                .filter(o -> o.product().equals(product)
                        && o.exporter().equals(exporter)
                        && !o.metric().equals(Metric.ACTIVE_EXPORTERS))
                .toList();
    }

    /**
     * With every potential firm serving (no fixed cost) the number of Pakistan's rice exporters
     * cannot matter for the flows: importers' sizes, awareness and shocks are drawn from their own
     * streams, so both origins' series are identical to the bit at 200, 1,900 and 19,000 firms, with
     * demand shocks on.
     */
    @Test
    void theNumberOfOneOriginsExportersLeavesTheImportersDrawsUnchanged() {
        List<Observation> reference = null;
        for (int count : new int[] {200, 1_900, 19_000}) {
            Scenarios.Rice rice = Scenarios.Rice.frictionless(4.4, -1)
                    .withShock(0.1)
                    .withExporters("{count: " + count + ", activeExporters: " + count + "}");
            List<Observation> observations = run(rice.config());
            List<Observation> flows = observations.stream()
                    .filter(o -> !o.metric().equals(Metric.ACTIVE_EXPORTERS))
                    .toList();
            if (reference == null) {
                reference = flows;
            } else {
                assertEquals(reference, flows, count + " exporters");
            }
        }
    }

    /** In the default scenario, resizing Pakistan's rice exporters leaves every other market's series unchanged. */
    @Test
    void resizingOnePopulationLeavesTheOtherMarketsUnchanged() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("configs/pak-aze/baseline.yaml"));
        ScenarioConfig small =
                ConfigLoader.parse("baseline.yaml", yaml, List.of("products.rice.sources.PAK.exporters.count=200"));
        ScenarioConfig large =
                ConfigLoader.parse("baseline.yaml", yaml, List.of("products.rice.sources.PAK.exporters.count=19000"));
        List<Observation> a = run(small);
        List<Observation> b = run(large);
        for (String[] market : new String[][] {
            {"textiles", "PAK"}, {"textiles", "ROW"}, {"other-pak", "PAK"}, {"urea", "AZE"}, {"other-aze", "AZE"}
        }) {
            assertEquals(only(a, market[0], market[1]), only(b, market[0], market[1]), String.join("/", market));
        }
        // Rice itself changes (other firms, another solved fixed cost), as it should.
        assertNotEquals(only(a, "rice", "PAK"), only(b, "rice", "PAK"));
    }

    /**
     * Productivity shocks come from each origin's own stream: giving Pakistan's rice exporters shocks
     * changes rice and nothing else, and giving its textile exporters shocks too leaves the rice
     * series exactly as they were.
     */
    @Test
    void productivityShocksOfOneOriginLeaveEveryOtherPopulationUnchanged() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("configs/pak-aze/baseline.yaml"));
        String rice = "products.rice.sources.PAK.exporters.";
        String textiles = "products.textiles.sources.PAK.exporters.";
        List<Observation> none = run(ConfigLoader.parse("baseline.yaml", yaml, List.of()));
        List<Observation> riceShocks = run(ConfigLoader.parse(
                "baseline.yaml",
                yaml,
                List.of(rice + "productivityShockSd=0.05", rice + "productivityShockPersistence=0.9")));
        List<Observation> both = run(ConfigLoader.parse(
                "baseline.yaml",
                yaml,
                List.of(
                        rice + "productivityShockSd=0.05",
                        rice + "productivityShockPersistence=0.9",
                        textiles + "productivityShockSd=0.05",
                        textiles + "productivityShockPersistence=0.9")));
        for (String[] market : new String[][] {
            {"textiles", "PAK"}, {"textiles", "ROW"}, {"other-pak", "PAK"}, {"urea", "AZE"}, {"other-aze", "AZE"}
        }) {
            assertEquals(
                    only(none, market[0], market[1]), only(riceShocks, market[0], market[1]), String.join("/", market));
        }
        assertNotEquals(only(none, "rice", "PAK"), only(riceShocks, "rice", "PAK"));
        assertEquals(only(riceShocks, "rice", "PAK"), only(both, "rice", "PAK"));
        assertEquals(only(riceShocks, "rice", "ROW"), only(both, "rice", "ROW"));
        assertNotEquals(only(riceShocks, "textiles", "PAK"), only(both, "textiles", "PAK"));
    }
}
