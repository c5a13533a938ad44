package org.bilatsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.uncertainty.HonestBackcast;

/**
 * A scenario with N replications: replication k runs with the seed {@link RunSpec#replications}
 * derives from the config's seed and k. The result holds every replication's annual outcome, the
 * bands over replications, the target analysis and, when the config has observed totals, the
 * backcast of the median over replications (calibration year excluded from its error; band
 * coverage). When the config has uncertain parameters, replication k also runs with its own draw of
 * them ({@link RunSpec#replications}), so the bands include parameter uncertainty. Monthly observations are never kept: whoever wants them streams them
 * through {@link Observers} (output writes timeseries.csv that way).
 */
public final class ScenarioRun {
    private ScenarioRun() {}

    /**
     * The finished experiment; {@code outcomes} are in replication order.
     *
     * @param panel the {@link Panel} of the outcomes (every table of the run is laid out on it)
     */
    public record Result(
            ScenarioConfig config,
            List<Outcome> outcomes,
            Panel panel,
            List<Bands.Row> bands,
            List<TargetAnalysis.Year> target,
            HonestBackcast.Result backcast) {
        public Result {
            outcomes = List.copyOf(outcomes);
            // The bands of Bands.of are immutable already, and make their rows when read.
            bands = Bands.isTable(bands) ? bands : List.copyOf(bands);
            target = List.copyOf(target);
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
    public static Result run(
            ScenarioConfig config, int replications, Runner runner, Observers observers, IntConsumer progress) {
        List<RunSpec> specs = RunSpec.replications(config.name(), config, config.seed(), replications);
        List<Outcome> outcomes = runner.run(specs, observers, progress);
        Panel panel = Panel.of(outcomes);
        return new Result(
                config,
                outcomes,
                panel,
                Bands.of(panel, outcomes),
                TargetAnalysis.of(outcomes),
                backcast(config, outcomes));
    }

    /** The honest backcast of a run's replications against the config's observed totals. */
    public static HonestBackcast.Result backcast(ScenarioConfig config, List<Outcome> outcomes) {
        Map<Integer, double[]> byYear = new LinkedHashMap<>();
        for (BilateralTotals.Year y : outcomes.get(0).totals()) {
            double[] values = new double[outcomes.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = outcomes.get(k).total(y.year());
            }
            byYear.put(y.year(), values);
        }
        return HonestBackcast.of(config.observed(), byYear, config.start().getYear());
    }
}
