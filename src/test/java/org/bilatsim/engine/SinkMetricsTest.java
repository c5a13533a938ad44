package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/** A sink that keeps a few metrics gets exactly those observations of a full run, in the same order. */
class SinkMetricsTest {
    private static final class Some implements ObservationSink {
        final Set<Metric> metrics;
        final List<Observation> observations = new java.util.ArrayList<>();

        Some(Set<Metric> metrics) {
            this.metrics = metrics;
        }

        @Override
        public void accept(Observation observation) {
            observations.add(observation);
        }

        @Override
        public Set<Metric> metrics() {
            return metrics;
        }
    }

    @Test
    void aSinkThatKeepsSomeMetricsGetsTheFullRunsObservationsOfThoseMetrics() {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/two-billion-push.yaml"), List.of());
        Collector all = new Collector();
        SingleRun.run(config, all);
        for (Set<Metric> metrics : List.of(
                EnumSet.of(Metric.TRADE_VALUE, Metric.TARIFF_REVENUE),
                EnumSet.of(Metric.NET_WELFARE, Metric.DEBT_SERVICE, Metric.ACTIVE_EXPORTERS),
                EnumSet.of(Metric.CONSUMER_SURPLUS_CHANGE, Metric.JOBS, Metric.FLOW_VALUE_NOT_COUNTED))) {
            Some some = new Some(metrics);
            SingleRun.run(config, some);
            List<Observation> expected = all.observations.stream()
                    .filter(o -> metrics.contains(o.metric()))
                    .toList();
            assertEquals(
                    metrics,
                    EnumSet.copyOf(expected.stream().map(Observation::metric).toList()),
                    "the scenario has every metric asked for");
            assertEquals(expected, some.observations, metrics.toString());
        }
        assertTrue(all.observations.size() > 3 * 144, "a full run observes many metrics a month");
    }
}
