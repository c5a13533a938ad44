package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Uncertainty;
import org.bilatsim.engine.Scenarios;
import org.junit.jupiter.api.Test;

class ParameterUncertaintyTest {
    private static final String SIGMA = "{median: 4.4, p5: 2.5, p95: 7.5, distribution: lognormal, source: ASSUMPTION}";
    private static final String AWARENESS = "{min: 0.3, mode: 0.5, max: 0.8, distribution: pert, source: ASSUMPTION}";

    /** The noisy one-market scenario of ExperimentTest with its elasticity and awareness uncertain. */
    static ScenarioConfig uncertain(double dutyAfter) {
        String yaml = new Scenarios.Rice(
                        4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, dutyAfter, "2025-01", "2027-12")
                .yaml()
                .replace("substitutionElasticity: 4.4", "substitutionElasticity: " + SIGMA)
                .replace("awareness: 0.5", "awareness: " + AWARENESS);
        return ConfigLoader.parse("uncertain.yaml", yaml, List.of());
    }

    @Test
    void eachReplicationDrawsItsOwnParametersAndRecordsThem() {
        ScenarioConfig config = uncertain(0);
        List<RunSpec> specs = RunSpec.replications(config.name(), config, config.seed(), 20);
        Set<Double> sigmas = new HashSet<>();
        for (RunSpec spec : specs) {
            double sigma = spec.config().product("rice").orElseThrow().substitutionElasticity();
            assertEquals(sigma, spec.config().uncertainty().drawn().get("products.rice.substitutionElasticity"), 0);
            sigmas.add(sigma);
        }
        assertEquals(20, sigmas.size(), "a Latin hypercube gives every replication its own stratum");
    }

    @Test
    void theDrawsAndResultsAreTheSameAtOneAndTwoThreads() {
        ScenarioConfig config = uncertain(0);
        ScenarioRun.Result one = ScenarioRun.run(config, 6, Runner.local(1), Observers.NONE, d -> {});
        ScenarioRun.Result two = ScenarioRun.run(config, 6, Runner.local(2), Observers.NONE, d -> {});
        for (int k = 0; k < 6; k++) {
            assertEquals(
                    one.outcomes().get(k).spec().config(),
                    two.outcomes().get(k).spec().config());
            assertArrayEquals(
                    one.outcomes().get(k).values(), two.outcomes().get(k).values(), 0);
        }
    }

    @Test
    void aScenarioIdenticalToTheBaselineDiffersByExactlyZeroWithParameterUncertaintyOn() {
        ScenarioConfig baseline = uncertain(0);
        Comparison.Result result = Comparison.run(List.of(baseline, uncertain(0)), 8, Runner.local(2), d -> {});
        for (Comparison.Year y : result.years()) {
            for (double d : y.difference()) {
                assertEquals(0.0, d, 0.0, y.scenario() + " " + y.year());
            }
        }
        // And it is not zero because nothing varies: the levels have a band.
        Comparison.Year last = result.years().get(result.years().size() - 1);
        assertTrue(last.level()[5] > last.level()[1], "the 95th percentile exceeds the 5th");
    }

    @Test
    void replicationKOfEveryScenarioGetsTheSameParameterDraws() {
        Comparison.Result result = Comparison.run(List.of(uncertain(0), uncertain(0.15)), 5, Runner.local(2), d -> {});
        for (int k = 0; k < 5; k++) {
            assertEquals(
                    result.outcomes()
                            .get(0)
                            .get(k)
                            .spec()
                            .config()
                            .uncertainty()
                            .drawn(),
                    result.outcomes()
                            .get(1)
                            .get(k)
                            .spec()
                            .config()
                            .uncertainty()
                            .drawn());
            assertEquals(
                    result.outcomes().get(0).get(k).spec().seed(),
                    result.outcomes().get(1).get(k).spec().seed());
        }
        assertNotEquals(
                result.outcomes().get(0).get(0).spec().config().uncertainty().drawn(),
                result.outcomes().get(0).get(1).spec().config().uncertainty().drawn());
    }

    @Test
    void parameterUncertaintyWidensTheBand() {
        ScenarioConfig config = uncertain(0);
        ScenarioRun.Result with = ScenarioRun.run(config, 40, Runner.local(2), Observers.NONE, d -> {});
        ScenarioRun.Result without = ScenarioRun.run(
                config.withUncertainty(Uncertainty.none()), 40, Runner.local(2), Observers.NONE, d -> {});
        TargetAnalysis.Year a = with.target().get(with.target().size() - 1);
        TargetAnalysis.Year b = without.target().get(without.target().size() - 1);
        assertTrue(
                a.total()[5] - a.total()[1] > 2 * (b.total()[5] - b.total()[1]),
                "band with parameters " + (a.total()[5] - a.total()[1]) + " vs shocks only "
                        + (b.total()[5] - b.total()[1]));
    }

    @Test
    void compareNamesWhyTwoScenariosAnswerDifferentQuestions() {
        ScenarioConfig a = uncertain(0);
        assertNull(Comparison.mismatch(a, uncertain(0.15)));
        ScenarioConfig otherSpan = ConfigLoader.parse(
                "b.yaml",
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0, "2025-01", "2029-12").yaml(),
                List.of());
        assertTrue(
                Comparison.mismatch(a, otherSpan)
                        .contains("runs 2024-01 to 2029-12, the baseline test-rice 2024-01 to 2027-12"),
                Comparison.mismatch(a, otherSpan));
        ScenarioConfig otherPair = ConfigLoader.parse(
                "c.yaml",
                new Scenarios.Rice(4.4, -1, "infinite", 0.3, 300, 0.5, 0.15, 0.15, 0, "2025-01", "2027-12")
                        .yaml()
                        .replace("between: [PAK, AZE]", "between: [PAK, ROW]"),
                List.of());
        assertTrue(Comparison.mismatch(a, otherPair).contains("counts trade between PAK and ROW"));
    }
}
