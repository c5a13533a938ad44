package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.bilatsim.config.ScenarioConfig;

/**
 * Scenarios against a baseline with common random numbers: replication k of every scenario runs
 * with the seed the baseline's replication k uses, so a scenario identical to the baseline differs
 * from it by exactly zero, and differences measure the policy, not the luck of the draw.
 */
public final class Comparison {
    private Comparison() {}

    /**
     * Summary of one scenario in one year.
     *
     * @param level              mean and quantiles of its two-way total, US$
     * @param difference         mean and quantiles of (scenario − baseline) per replication, US$
     * @param probabilityReached share of replications that reached the target by this year
     * @param allFlowsLevel      mean and quantiles of its two-way total of every flow, whatever its kind
     *     (services, G2G contracts beside the target's kinds), US$
     * @param allFlowsDifference mean and quantiles of the all-flows (scenario − baseline), US$
     */
    public record Year(
            String scenario,
            int year,
            double[] level,
            double[] difference,
            double probabilityReached,
            double[] allFlowsLevel,
            double[] allFlowsDifference) {
        public Year {
            level = level.clone();
            difference = difference.clone();
            allFlowsLevel = allFlowsLevel.clone();
            allFlowsDifference = allFlowsDifference.clone();
        }

        @Override
        public double[] allFlowsLevel() {
            return allFlowsLevel.clone();
        }

        @Override
        public double[] allFlowsDifference() {
            return allFlowsDifference.clone();
        }

        @Override
        public double[] level() {
            return level.clone();
        }

        @Override
        public double[] difference() {
            return difference.clone();
        }
    }

    /**
     * Every scenario's outcomes, in the order given (the baseline first).
     *
     * @param scenarios the scenarios' labels (a scenario listed twice gets "#2")
     * @param configs   the scenarios' configs, in the same order
     * @param outcomes  per scenario, its replications in order
     * @param years     per scenario and year, level and difference from the baseline
     */
    public record Result(
            List<String> scenarios, List<ScenarioConfig> configs, List<List<Outcome>> outcomes, List<Year> years) {
        public Result {
            scenarios = List.copyOf(scenarios);
            configs = List.copyOf(configs);
            outcomes = outcomes.stream().map(List::copyOf).toList();
            years = List.copyOf(years);
        }

        public ScenarioConfig baseline() {
            return configs.get(0);
        }

        public int replications() {
            return outcomes.get(0).size();
        }
    }

    /**
     * Why {@code scenario} does not answer the same question as {@code baseline}, or null when it does:
     * a difference means something only between scenarios that count trade between the same pair
     * (in either order) over the same span.
     */
    public static String mismatch(ScenarioConfig baseline, ScenarioConfig scenario) {
        java.util.Set<String> pair = java.util.Set.copyOf(baseline.target().between());
        if (!pair.equals(java.util.Set.copyOf(scenario.target().between()))) {
            return scenario.name() + " counts trade between "
                    + String.join(" and ", scenario.target().between()) + ", the baseline " + baseline.name()
                    + " between " + String.join(" and ", baseline.target().between());
        }
        if (!baseline.start().equals(scenario.start()) || !baseline.end().equals(scenario.end())) {
            return scenario.name() + " runs " + scenario.start() + " to " + scenario.end() + ", the baseline "
                    + baseline.name() + " " + baseline.start() + " to " + baseline.end();
        }
        return null;
    }

    /** Runs every scenario with the baseline's base seed (common random numbers). */
    public static Result run(List<ScenarioConfig> scenarios, int replications, Runner runner, IntConsumer progress) {
        long seed = scenarios.get(0).seed();
        // The same scenario may be listed twice (a check of common random numbers): label it apart.
        List<String> labels = new ArrayList<>();
        for (ScenarioConfig scenario : scenarios) {
            String label = scenario.name();
            int copy = 2;
            while (labels.contains(label)) {
                label = scenario.name() + "#" + copy++;
            }
            labels.add(label);
        }
        List<String> runLabels = scenarios.stream().map(ScenarioConfig::name).toList();
        List<List<Outcome>> byScenario = runner.replicateEach(runLabels, scenarios, seed, replications, progress);
        List<Year> years = new ArrayList<>();
        List<Outcome> baseline = byScenario.get(0);
        for (int s = 0; s < scenarios.size(); s++) {
            List<Outcome> outcomes = byScenario.get(s);
            List<TargetAnalysis.Year> target = TargetAnalysis.of(outcomes);
            for (TargetAnalysis.Year t : target) {
                double[] differences = new double[replications];
                double[] allFlowsDifferences = new double[replications];
                for (int k = 0; k < replications; k++) {
                    differences[k] =
                            outcomes.get(k).total(t.year()) - baseline.get(k).total(t.year());
                    allFlowsDifferences[k] = outcomes.get(k).allFlowsTotal(t.year())
                            - baseline.get(k).allFlowsTotal(t.year());
                }
                years.add(new Year(
                        labels.get(s),
                        t.year(),
                        t.total(),
                        Quantiles.summary(differences),
                        t.probabilityReached(),
                        t.allFlowsTotal(),
                        Quantiles.summary(allFlowsDifferences)));
            }
        }
        return new Result(labels, scenarios, byScenario, years);
    }
}
