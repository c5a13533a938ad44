package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every bundled scenario loads, builds and runs its first months. */
class SmokeTest {
    @TestFactory
    Stream<DynamicTest> everyBundledConfigRunsAFewMonths() throws IOException {
        List<Path> configs;
        try (Stream<Path> files = Files.walk(Path.of("configs"))) {
            configs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(configs.isEmpty());
        return configs.stream()
                .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
                    ScenarioConfig config = ConfigLoader.load(file, List.of());
                    Collector sink = new Collector();
                    TradeModel model = new TradeModel(config, sink, false);
                    model.start();
                    for (int m = 0; m < 3; m++) {
                        model.schedule.step(model);
                    }
                    assertTrue(sink.observations.size() > 0);
                    // Welfare changes and surpluses net of fixed costs may be negative; every other metric may not.
                    var signed = java.util.EnumSet.of(
                            Metric.CONSUMER_SURPLUS_CHANGE, Metric.PRODUCER_SURPLUS, Metric.NET_WELFARE);
                    assertTrue(sink.observations.stream()
                            .allMatch(o ->
                                    Double.isFinite(o.value()) && (o.value() >= 0 || signed.contains(o.metric()))));
                }));
    }
}
