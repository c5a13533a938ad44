package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.Scenarios;
import org.junit.jupiter.api.Test;

class ExperimentTest {
    /** A noisy one-market scenario whose small target some replications reach and others do not. */
    static ScenarioConfig noisy() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0.0, "2025-01", "2029-12")
                .yaml()
                .replace("valueUsd: 2000000000", "valueUsd: 2900000");
        return ConfigLoader.parse("noisy.yaml", yaml, List.of());
    }

    static ScenarioRun.Result run(ScenarioConfig config, int replications, int threads) {
        return ScenarioRun.run(config, replications, Runner.local(threads), Observers.NONE, d -> {});
    }

    @Test
    void resultsAreIdenticalWhateverTheThreadCount() {
        ScenarioConfig config = noisy();
        ScenarioRun.Result one = run(config, 6, 1);
        ScenarioRun.Result two = run(config, 6, 2);
        for (int k = 0; k < 6; k++) {
            assertEquals(k, two.outcomes().get(k).spec().replication(), "outcomes in replication order");
            assertArrayEquals(
                    one.outcomes().get(k).values(), two.outcomes().get(k).values(), "replication " + k);
            assertEquals(one.outcomes().get(k).totals(), two.outcomes().get(k).totals());
        }
        assertEquals(one.bands().size(), two.bands().size());
        for (int i = 0; i < one.bands().size(); i++) {
            assertEquals(one.bands().get(i).key(), two.bands().get(i).key());
            assertArrayEquals(one.bands().get(i).summary(), two.bands().get(i).summary());
        }
        assertEquals(one.outcomes().get(0).keys(), two.outcomes().get(5).keys());
        assertSame(two.outcomes().get(0).keys(), two.outcomes().get(5).keys(), "replications share one key list");
    }

    @Test
    void replicationsUseDifferentSeedsDerivedFromTheBaseSeed() {
        ScenarioRun.Result result = run(noisy(), 3, 2);
        assertEquals(3, result.seeds().stream().distinct().count());
        assertEquals(
                RunSpec.replications("x", noisy(), noisy().seed(), 3).stream()
                        .map(RunSpec::seed)
                        .toList(),
                result.seeds());
        assertEquals(3 * result.months() * result.agents(), result.agentSteps());
    }

    @Test
    void observersSeeEveryMonthOfEveryReplicationAndAreFinished() {
        ScenarioConfig config = noisy();
        int[] observations = new int[3];
        boolean[] finished = new boolean[3];
        ScenarioRun.Result result = ScenarioRun.run(
                config,
                3,
                Runner.local(2),
                (index, spec) -> new ObservationSink() {
                    @Override
                    public void accept(Observation observation) {
                        observations[index]++;
                    }

                    @Override
                    public void finish() {
                        finished[index] = true;
                    }
                },
                d -> {});
        for (int k = 0; k < 3; k++) {
            assertTrue(finished[k], "replication " + k + " finished");
            assertTrue(observations[k] >= result.months(), "replication " + k + " observed every month");
        }
    }

    @Test
    void resultsCannotBeChangedThroughTheirArrays() {
        ScenarioRun.Result result = run(noisy(), 2, 1);
        Outcome outcome = result.outcomes().get(0);
        double first = outcome.value(0);
        outcome.values()[0] = first + 1;
        assertEquals(first, outcome.value(0));
        TargetAnalysis.Year year = result.target().get(0);
        double median = year.medianTotal();
        year.total()[3] = median + 1;
        assertEquals(median, year.medianTotal());
        assertThrows(
                UnsupportedOperationException.class, () -> result.outcomes().clear());
    }

    @Test
    void bandsAreOrderedAndProbabilitiesAreNonDecreasingShares() {
        ScenarioRun.Result result = run(noisy(), 40, 2);
        double previous = 0;
        boolean between = false;
        for (TargetAnalysis.Year y : result.target()) {
            double[] t = y.total();
            assertTrue(
                    t[1] <= t[2] && t[2] <= t[3] && t[3] <= t[4] && t[4] <= t[5], "p5<=p25<=p50<=p75<=p95 " + y.year());
            assertTrue(y.probabilityReached() >= previous && y.probabilityReached() <= 1);
            between |= y.probabilityReached() > 0 && y.probabilityReached() < 1;
            previous = y.probabilityReached();
        }
        assertTrue(between, "the test target is reached by some replications and not others");
        for (Bands.Row row : result.bands()) {
            double[] q = row.summary();
            for (int i = 1; i < 5; i++) {
                assertTrue(q[i] <= q[i + 1], row.toString());
            }
        }
    }

    @Test
    void eachBandRowIsTheSummaryOfItsPanelColumnAndReadsTheSameTwice() {
        ScenarioRun.Result result = run(noisy(), 5, 2);
        Panel panel = Panel.of(result.outcomes());
        java.util.Map<List<AnnualAggregator.Row>, int[]> cache = new java.util.IdentityHashMap<>();
        double[][] byReplication = new double[5][];
        for (int r = 0; r < 5; r++) {
            byReplication[r] = panel.annual(result.outcomes().get(r), cache);
        }
        List<Bands.Row> bands = result.bands();
        assertEquals(panel.years().size() * panel.series().size(), bands.size());
        for (int i = 0; i < bands.size(); i++) {
            double[] column = new double[5];
            for (int r = 0; r < 5; r++) {
                column[r] = byReplication[r][i];
            }
            Panel.Series s = panel.series().get(i % panel.series().size());
            assertEquals(
                    new Bands.Key(
                            panel.years().get(i / panel.series().size()),
                            s.exporter(),
                            s.importer(),
                            s.product(),
                            s.metric(),
                            s.unit()),
                    bands.get(i).key());
            assertArrayEquals(Quantiles.summary(column), bands.get(i).summary());
            assertArrayEquals(bands.get(i).summary(), bands.get(i).summary(), "a row read twice");
        }
        assertThrows(UnsupportedOperationException.class, () -> bands.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> bands.get(bands.size()));
    }

    @Test
    void theAggregatorsKeysAndValuesAreItsRowsTakenApart() {
        AnnualAggregator annual = new AnnualAggregator();
        org.bilatsim.engine.SingleRun.run(noisy(), annual);
        List<AnnualAggregator.Row> rows = annual.rows();
        List<AnnualAggregator.Row> keys = annual.keys();
        double[] values = annual.values();
        assertEquals(rows.size(), keys.size());
        assertEquals(rows.size(), values.length);
        for (int i = 0; i < rows.size(); i++) {
            AnnualAggregator.Row r = rows.get(i);
            assertEquals(
                    new AnnualAggregator.Row(
                            r.year(), r.exporter(), r.importer(), r.product(), r.metric(), r.unit(), 0),
                    keys.get(i));
            assertEquals(Double.doubleToRawLongBits(r.value()), Double.doubleToRawLongBits(values[i]));
        }
    }

    @Test
    void theBandsOfOneReplicationAreTheQuantilesOfItsValues() {
        Outcome outcome = run(noisy(), 1, 1).outcomes().get(0);
        List<Bands.Row> bands = Bands.of(List.of(outcome));
        assertEquals(outcome.keys().size(), bands.size());
        for (int i = 0; i < bands.size(); i++) {
            AnnualAggregator.Row key = outcome.keys().get(i);
            assertEquals(
                    new Bands.Key(key.year(), key.exporter(), key.importer(), key.product(), key.metric(), key.unit()),
                    bands.get(i).key());
            assertArrayEquals(
                    Quantiles.summary(new double[] {outcome.value(i)}),
                    bands.get(i).summary());
        }
    }

    @Test
    void theDefaultYearsComeFromTheSpanAndTheTarget() {
        ScenarioConfig config = noisy(); // 2025-01 to 2029-12, no target year
        assertEquals(2027, Years.milestone(config));
        assertEquals(List.of(2027, 2029), Years.headline(config));
        String yaml =
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0.0, "2024-01", "2035-12").yaml();
        assertEquals(2030, Years.milestone(ConfigLoader.parse("long.yaml", yaml, List.of())), "2024-2035: 2030");
        ScenarioConfig withYear = ConfigLoader.parse("year.yaml", yaml, List.of("target.year=2033"));
        assertEquals(List.of(2033, 2035), Years.headline(withYear), "a stated target year within the span");
        ScenarioConfig late = ConfigLoader.parse("late.yaml", yaml, List.of("target.year=2040"));
        assertEquals(2030, Years.milestone(late), "a target year beyond the span is not shown");
        assertEquals(2035, Years.withinSpan(late, 2040));
    }

    @Test
    void aScenarioIdenticalToTheBaselineDiffersByExactlyZeroInEveryReplication() {
        ScenarioConfig baseline = noisy();
        Comparison.Result result = Comparison.run(List.of(baseline, baseline), 5, Runner.local(2), d -> {});
        for (int k = 0; k < 5; k++) {
            Outcome a = result.outcomes().get(0).get(k);
            Outcome b = result.outcomes().get(1).get(k);
            for (int year = 2024; year <= 2029; year++) {
                assertEquals(0.0, b.total(year) - a.total(year));
            }
        }
        for (Comparison.Year y : result.years()) {
            assertArrayEquals(new double[6], y.difference(), y.scenario() + " " + y.year());
        }
    }

    @Test
    void removingTheRiceDutyRaisesTradeAgainstTheBaselineInEveryReplication() {
        ScenarioConfig keep = ConfigLoader.parse(
                "keep.yaml",
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0.15, "2025-01", "2029-12").yaml(),
                List.of());
        Comparison.Result result = Comparison.run(List.of(keep, noisy()), 4, Runner.local(2), d -> {});
        for (int k = 0; k < 4; k++) {
            assertTrue(result.outcomes().get(1).get(k).total(2029)
                    > result.outcomes().get(0).get(k).total(2029));
        }
    }

    @Test
    void aFullFactorialVisitsEveryCombinationAndTheSensitivityRanksTheLargestSwingFirst() {
        List<Sweep.Parameter> parameters = List.of(
                Sweep.Parameter.parse("products.rice.importDemandElasticity=-0.5,-3"),
                Sweep.Parameter.parse("products.rice.sources.PAK.baseValueUsd=1800000,3600000"));
        List<Sweep.Point> design = Sweep.fullFactorial(parameters);
        assertEquals(4, design.size());
        assertEquals(List.of("-3", "3600000"), design.get(3).values());
        String yaml = Scenarios.Rice.frictionless(4.4, -1).yaml();
        List<ScenarioConfig> configs = design.stream()
                .map(p -> ConfigLoader.parse("s.yaml", yaml, p.overrides(parameters)))
                .toList();
        List<Sweep.PointResult> results = Sweep.run(design, configs, 7, 2, Runner.local(2), d -> {});
        List<Sweep.Sensitivity> ranking = Sweep.sensitivity(results, parameters, 2029);
        assertEquals(
                "products.rice.sources.PAK.baseValueUsd",
                ranking.get(0).parameter(),
                "doubling the partner's base flow moves the two-way total more than Em");
        assertTrue(ranking.get(0).swing() > 0);
    }

    @Test
    void aLatinHypercubeUsesEachStratumOfEachParameterOnce() {
        List<Sweep.Parameter> parameters = List.of(Sweep.Parameter.parse("a=0,10"), Sweep.Parameter.parse("b=1,2"));
        List<Sweep.Point> design = Sweep.latinHypercube(parameters, 10, 42);
        for (int p = 0; p < 2; p++) {
            boolean[] used = new boolean[10];
            for (Sweep.Point point : design) {
                double v = Double.parseDouble(point.values().get(p));
                double low = p == 0 ? 0 : 1;
                double width = p == 0 ? 10 : 1;
                int stratum = (int) Math.min(9, Math.floor((v - low) / width * 10));
                assertTrue(!used[stratum], "stratum used twice");
                used[stratum] = true;
            }
        }
        assertEquals(design, Sweep.latinHypercube(parameters, 10, 42), "the same seed gives the same design");
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] s = Quantiles.summary(new double[] {4, 1, 3, 2, 5});
        assertArrayEquals(new double[] {3, 1.2, 2, 3, 4, 4.8}, s, 1e-12);
    }
}
