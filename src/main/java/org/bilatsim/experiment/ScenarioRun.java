package org.bilatsim.experiment;

import java.util.List;
import java.util.function.IntConsumer;
import org.bilatsim.config.ScenarioConfig;

/**
 * A scenario with N replications: replication k runs with the seed {@link RunSpec#replications}
 * derives from the config's seed and k. The result holds every replication's annual outcome, the
 * bands over replications, the target analysis and, when the config has observed totals, the
 * backcast of replication 0. Monthly observations are never kept: whoever wants them streams them
 * through {@link Observers} (output writes timeseries.csv that way).
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /** The finished experiment; {@code outcomes} are in replication order. */
    public record Result(ScenarioConfig config, List<Outcome> outcomes, List<Bands.Row> bands,
            List<TargetAnalysis.Year> target, List<Backcast.Year> backcast) {
        public Result {
            outcomes = List.copyOf(outcomes);
            bands = List.copyOf(bands);
            target = List.copyOf(target);
            backcast = List.copyOf(backcast);
        }

        public int replications() {
            return outcomes.size();
        }

        /** The two-way totals of replication 0. */
        public List<BilateralTotals.Year> totals() {
            return outcomes.get(0).totals();
        }

        public List<Long> seeds() {
            return outcomes.stream().map(o -> o.spec().seed()).toList();
        }

        public int months() {
            return outcomes.get(0).summary().months();
        }

        public long agents() {
            return outcomes.get(0).summary().agents();
        }

        /** Agent steps summed over replications. */
        public long agentSteps() {
            return outcomes.stream().mapToLong(o -> o.summary().agentSteps()).sum();
        }
    }

    /**
     * @param config       the scenario; its seed is the base seed
     * @param observers    monthly sink per replication ({@link Observers#NONE} for none)
     */
    public static Result run(ScenarioConfig config, int replications, Runner runner, Observers observers,
            IntConsumer progress) {
        List<RunSpec> specs = RunSpec.replications(config.name(), config, config.seed(), replications);
        List<Outcome> outcomes = runner.run(specs, observers, progress);
        List<Backcast.Year> backcast = config.observed().isEmpty() ? List.of()
                : Backcast.compare(outcomes.get(0).totals(), config.observed());
        return new Result(config, outcomes, Bands.of(outcomes), TargetAnalysis.of(outcomes), backcast);
    }
}
