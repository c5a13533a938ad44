package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {
    /** A noisy one-market scenario whose small target some replications reach and others do not. */
    static ScenarioConfig noisy() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0.0, "2025-01", "2029-12")
                .yaml().replace("valueUsd: 2000000000", "valueUsd: 2900000");
        return ConfigLoader.parse("noisy.yaml", yaml, List.of());
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCount(@TempDir Path out) throws IOException {
        ScenarioConfig config = noisy();
        Path one = ScenarioRun.run(config, out.resolve("one"), new ScenarioRun.Options(6, 1, false, d -> { }),
                List.of(), Clock.systemUTC()).folder();
        Path two = ScenarioRun.run(config, out.resolve("two"), new ScenarioRun.Options(6, 2, false, d -> { }),
                List.of(), Clock.systemUTC()).folder();
        for (String file : List.of("timeseries.csv", "annual.csv", "bands.csv", "bilateral.csv", "target.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        List<String> lines = Files.readAllLines(one.resolve("timeseries.csv"));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("scenario,")).count(), "one header");
        assertTrue(lines.get(lines.size() - 1).startsWith("test-rice,5,"), "replications in order");
        try (var files = Files.list(one)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".part-")), "parts are joined");
        }
    }

    @Test
    void replicationsUseDifferentSeedsRecordedInEveryRow(@TempDir Path out) throws IOException {
        Path folder = ScenarioRun.run(noisy(), out, new ScenarioRun.Options(3, 2, true, d -> { }), List.of(),
                Clock.systemUTC()).folder();
        List<String> bilateral = Files.readAllLines(folder.resolve("bilateral.csv"));
        long seeds = bilateral.stream().skip(1).map(l -> l.split(",")[2]).distinct().count();
        assertEquals(3, seeds);
        assertTrue(Files.notExists(folder.resolve("timeseries.csv")), "--summary-only skips the monthly rows");
    }

    @Test
    void bandsAreOrderedAndProbabilitiesAreNonDecreasingShares(@TempDir Path out) throws IOException {
        ScenarioRun.Result result = ScenarioRun.run(noisy(), out, new ScenarioRun.Options(40, 2, true, d -> { }),
                List.of(), Clock.systemUTC());
        double previous = 0;
        boolean between = false;
        for (TargetAnalysis.Year y : result.target()) {
            double[] t = y.total();
            assertTrue(t[1] <= t[2] && t[2] <= t[3] && t[3] <= t[4] && t[4] <= t[5], "p5<=p25<=p50<=p75<=p95 " + y.year());
            assertTrue(y.probabilityReached() >= previous && y.probabilityReached() <= 1);
            between |= y.probabilityReached() > 0 && y.probabilityReached() < 1;
            previous = y.probabilityReached();
        }
        assertTrue(between, "the test target is reached by some replications and not others");
        for (String line : Files.readAllLines(result.folder().resolve("bands.csv")).subList(1, 50)) {
            String[] f = line.split(",");
            for (int i = 8; i < 12; i++) {
                assertTrue(Double.parseDouble(f[i]) <= Double.parseDouble(f[i + 1]), line);
            }
        }
    }

    @Test
    void aScenarioIdenticalToTheBaselineDiffersByExactlyZeroInEveryReplication() {
        ScenarioConfig baseline = noisy();
        Comparison.Result result = Comparison.run(List.of(baseline, baseline), 5, 2, d -> { });
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
        ScenarioConfig keep = ConfigLoader.parse("keep.yaml", new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5,
                0.15, 0.15, 0.15, "2025-01", "2029-12").yaml(), List.of());
        Comparison.Result result = Comparison.run(List.of(keep, noisy()), 4, 2, d -> { });
        for (int k = 0; k < 4; k++) {
            assertTrue(result.outcomes().get(1).get(k).total(2029) > result.outcomes().get(0).get(k).total(2029));
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
                .map(p -> ConfigLoader.parse("s.yaml", yaml, p.overrides(parameters))).toList();
        List<Sweep.PointResult> results = Sweep.run(design, configs, 7, 2, 2, d -> { });
        List<Sweep.Sensitivity> ranking = Sweep.sensitivity(results, parameters, 2029);
        assertEquals("products.rice.sources.PAK.baseValueUsd", ranking.get(0).parameter(),
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
