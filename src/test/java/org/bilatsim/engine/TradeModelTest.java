package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

class TradeModelTest {
    static final Path BASELINE = Path.of("configs/pak-aze/baseline.yaml");

    static ScenarioConfig baseline() {
        return ConfigLoader.load(BASELINE, List.of());
    }

    @Test
    void everyConfiguredMonthIsRecordedOnceForEveryFlowAndMetric() {
        ScenarioConfig config = baseline();
        Collector run = new Collector();
        SingleRun.Summary summary = SingleRun.run(config, run);
        assertEquals(144, config.months());
        assertEquals(144, summary.months());
        long flows =
                config.products().stream().mapToLong(p -> p.sources().size()).sum();
        long countries = config.products().stream()
                .flatMap(p -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(p.importer()),
                        p.sources().stream().map(source -> source.exporter())))
                .distinct()
                .count();
        assertEquals(
                144
                        * (flows * Metric.MARKET.size()
                                + config.products().size() * Metric.IMPORT_MARKET.size()
                                + countries * Metric.COUNTRY.size()),
                run.observations.size());
        assertEquals(YearMonth.of(2024, 1), run.observations.get(0).period());
        assertEquals(
                YearMonth.of(2035, 12),
                run.observations.get(run.observations.size() - 1).period());
    }

    @Test
    void phasesRunInTheEnumsOrderEveryMonth() {
        ScenarioConfig config = Scenarios.Rice.frictionless(4.4, -1).config();
        TradeModel model = new TradeModel(config, new Collector(), true);
        SingleRun.run(model, new Collector());
        List<Phase> expected = new ArrayList<>();
        for (int m = 0; m < config.months(); m++) {
            expected.addAll(List.of(Phase.values()));
        }
        assertEquals(expected, model.phaseTrace());
    }

    @Test
    void exportsEqualMirrorImportsAndRevenueIsRateTimesDutiableValueInTheDefaultScenario() {
        ScenarioConfig config = baseline();
        Collector run = new Collector();
        SingleRun.run(config, run);
        Map<String, double[]> byFlowMonth = new TreeMap<>();
        for (Observation o : run.observations) {
            double[] row = byFlowMonth.computeIfAbsent(
                    o.period() + o.exporter() + o.importer() + o.product(), k -> new double[Metric.values().length]);
            row[o.metric().ordinal()] = o.value();
        }
        for (var entry : byFlowMonth.entrySet()) {
            double[] row = entry.getValue();
            double dutiable = row[Metric.TRADE_VALUE.ordinal()];
            assertEquals(
                    row[Metric.TARIFF_RATE.ordinal()] * dutiable,
                    row[Metric.TARIFF_REVENUE.ordinal()],
                    1e-6 * Math.max(1, dutiable),
                    entry.getKey());
        }
    }

    @Test
    void schedulingEveryAgentIndividuallyGivesTheSameResultsAsSequences() {
        ScenarioConfig config = baseline();
        Collector sequences = new Collector();
        Collector individual = new Collector();
        SingleRun.run(new TradeModel(config, sequences, false, TradeModel.Scheduling.SEQUENCE), sequences);
        SingleRun.run(new TradeModel(config, individual, false, TradeModel.Scheduling.INDIVIDUAL), individual);
        assertEquals(sequences.observations, individual.observations);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedDifferentOnes() {
        ScenarioConfig config = baseline();
        Collector first = new Collector();
        Collector second = new Collector();
        Collector other = new Collector();
        SingleRun.run(config, first);
        SingleRun.run(config, second);
        SingleRun.run(config.withSeed(config.seed() + 1), other);
        assertEquals(first.observations, second.observations);
        assertNotEquals(first.observations, other.observations);
    }

    @Test
    void theBasePeriodReproducesConfiguredFlowsWithinOneTenthOfAPercent() {
        ScenarioConfig config = baseline();
        // Without shocks the first month is the calibrated base month exactly.
        List<String> noShocks = new ArrayList<>();
        for (var product : config.products()) {
            noShocks.add("products." + product.key() + ".importers.importerShockSd=0");
            noShocks.add("products." + product.key() + ".importers.marketShockSd=0");
        }
        ScenarioConfig calm = ConfigLoader.load(BASELINE, noShocks);
        Collector run = new Collector();
        SingleRun.run(calm, run);
        for (var product : calm.products()) {
            for (var source : product.sources()) {
                double monthly = source.baseValueUsd() / 12;
                assertEquals(
                        monthly,
                        run.value(calm.start(), source.exporter(), product.key(), Metric.TRADE_VALUE),
                        1e-3 * monthly,
                        product.key() + " from " + source.exporter());
            }
        }
    }

    @Test
    void theRiceDutyReturningIn2028LowersPakistaniRiceExportsToAzerbaijan() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 0.3, 500, 0.4, 0, 0, 0, "2024-06", "2030-12")
                .yaml()
                .replace(
                        "{importer: AZE, product: rice, partner: PAK, customs: 0.0}",
                        "{importer: AZE, product: rice, partner: PAK, customs: 0.0, until: 2027-12}")
                .replaceAll("events:\n.*\n", "");
        ScenarioConfig lapse = ConfigLoader.parse("lapse.yaml", yaml, List.of());
        assertTrue(lapse.events().isEmpty());
        Collector run = new Collector();
        SingleRun.run(lapse, run);
        double before = run.value(YearMonth.of(2027, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double after = run.value(YearMonth.of(2029, 12), "PAK", "rice", Metric.TRADE_VALUE);
        assertEquals(0, run.value(YearMonth.of(2027, 12), "PAK", "rice", Metric.TARIFF_RATE));
        assertEquals(0.15, run.value(YearMonth.of(2028, 1), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        assertTrue(after < 0.7 * before, "rice exports fall after the preference lapses: " + before + " -> " + after);
        assertTrue(
                run.value(YearMonth.of(2029, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS)
                        < run.value(YearMonth.of(2027, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS),
                "fewer exporters serve");
    }
}
