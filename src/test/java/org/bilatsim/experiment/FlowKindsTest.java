package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.FlowKind;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Goods, services and G2G contracts kept apart: the target counts its kinds, all flows count every kind. */
class FlowKindsTest {
    private static final Path PUSH = Path.of("configs/pak-aze/two-billion-push.yaml");

    private static AnnualAggregator.Row trade(String exporter, String importer, String product, double usd) {
        return new AnnualAggregator.Row(2030, exporter, importer, product, Metric.TRADE_VALUE, "USD", usd);
    }

    private static final List<AnnualAggregator.Row> ROWS = List.of(
            trade("PAK", "AZE", "rice", 10),
            trade("PAK", "AZE", "aze-investment-equipment", 1),
            trade("AZE", "PAK", "pak-visitors", 100),
            trade("PAK", "AZE", "jf17-aircraft", 1000),
            trade("AZE", "PAK", "urea", 5),
            trade("PAK", "ROW", "rice", 99999));

    @Test
    void theBundledPushKindsEachFlowAndItsTargetCountsGoods() {
        ScenarioConfig push = ConfigLoader.load(PUSH, List.of());
        assertEquals(Set.of(FlowKind.GOODS), push.target().counts());
        assertEquals(FlowKind.GOODS, push.flowKind("rice"));
        assertEquals(FlowKind.GOODS, push.flowKind("aze-investment-equipment"));
        assertEquals(FlowKind.SERVICES, push.flowKind("pak-visitors"));
        assertEquals(FlowKind.G2G, push.flowKind("jf17-aircraft"));
        assertEquals(FlowKind.G2G, push.flowKind("lng-cargoes"));
        BilateralTotals.Year y = BilateralTotals.of(ROWS, push).get(0);
        assertEquals(11, y.forward());
        assertEquals(5, y.backward());
        assertEquals(16, y.total());
        assertEquals(1011, y.allFlowsForward());
        assertEquals(105, y.allFlowsBackward());
        assertEquals(1116, y.allFlowsTotal());
    }

    @Test
    void aTargetThatNamesEveryKindCountsAllFlows() {
        ScenarioConfig all = ConfigLoader.parse(
                PUSH.resolveSibling("every-kind.yaml").toString(),
                "extends: two-billion-push.yaml\ntarget:\n  counts: [goods, services, g2g]\n",
                List.of());
        assertEquals(Set.of(FlowKind.values()), all.target().counts());
        BilateralTotals.Year y = BilateralTotals.of(ROWS, all).get(0);
        assertEquals(1116, y.total());
        assertEquals(y.allFlowsTotal(), y.total());
    }

    @Test
    void anUnknownKindIsRefusedWithItsLine() {
        String yaml = "target:\n  valueUsd: 1\n  between: [PAK, AZE]\n  counts: [goods, tourism]\n";
        String file = PUSH.resolveSibling("t.yaml").toString();
        Executable parse = () -> ConfigLoader.parse(file, "extends: two-billion-push.yaml\n" + yaml, List.of());
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, parse);
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("t.yaml:5:") && e.getMessage().contains("must be goods, services or g2g"),
                e.getMessage());
    }
}
