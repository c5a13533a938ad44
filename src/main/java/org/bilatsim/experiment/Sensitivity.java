package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Seeds;
import org.bilatsim.experiment.uncertainty.SaltelliDesign;
import org.bilatsim.experiment.uncertainty.SobolIndices;

/**
 * Global sensitivity of a scenario's answer to its uncertain parameters: first-order and total Sobol
 * indices (Saltelli design, Saltelli 2010 and Jansen 1999 estimators, bootstrap intervals; see
 * {@link SobolIndices}) of four outputs in one year Y: the two-way total, the indicator "target
 * reached by Y" (whose mean is P(target by Y), so its indices apportion that probability's
 * variance), and each direction's total.
 *
 * <p>The model is stochastic. Base sample j runs every one of its d + 2 points (A_j, B_j, A_B^i_j)
 * with the same seed, replication j's, so the shocks and the agent set-up are the same within a base
 * sample and differ across base samples: the seed acts as one more, unlisted input. The pooled
 * variance V therefore includes the shocks, the first-order indices of the parameters are
 * unaffected by them, and 1 − Σ S_Ti bounds from below the share the shocks explain alone.
 */
public final class Sensitivity {
    /** The outputs, in the order {@link Result#indices()} lists them. */
    public enum Output {
        TOTAL("total_usd", "two-way total"),
        REACHED("target_reached", "target reached by the year (its mean is P(target))"),
        FORWARD("forward_usd", "first partner's exports to the second"),
        BACKWARD("backward_usd", "second partner's exports to the first");

        private final String key;
        private final String label;

        Output(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** The name in sobol.csv. */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The analysis.
     *
     * @param indices per output, its indices; an output that does not vary (P(target) of a target far
     *                out of reach) has variance 0 and NaN indices
     * @param runs    model evaluations, N(d + 2)
     */
    public record Result(
            ScenarioConfig config, int year, int samples, int runs, Map<Output, SobolIndices.Result> indices) {
        public Result {
            indices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indices));
        }
    }

    /** Runs evaluated at once; each keeps its annual rows until its four outputs are read. */
    static final int BATCH = 1024;

    private Sensitivity() {}

    /**
     * @param samples   N, base samples (a power of two suits the Sobol sequence best)
     * @param resamples bootstrap resamples per index
     * @throws IllegalArgumentException when the config has no uncertain parameters or Y is outside
     *                                  its span
     */
    public static Result run(
            ScenarioConfig config, int samples, int year, int resamples, Runner runner, IntConsumer progress) {
        List<String> names = config.uncertainty().names();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(config.name() + " has no uncertain parameters: give a key a "
                    + "distribution, e.g. substitutionElasticity: {median: 4.4, p5: 2.5, p95: 7.5, "
                    + "distribution: lognormal, source: \"...\"}");
        }
        if (year < config.start().getYear() || year > config.end().getYear()) {
            throw new IllegalArgumentException("--year " + year + " is outside the scenario's span "
                    + config.start().getYear() + "–" + config.end().getYear());
        }
        SaltelliDesign design = SaltelliDesign.of(samples, names.size());
        List<double[]> points = design.points();
        Output[] outputs = Output.values();
        double[][] values = new double[outputs.length][points.size()];
        // In batches: only four numbers of each run are kept, so memory does not grow with N.
        for (int from = 0; from < points.size(); from += BATCH) {
            int to = Math.min(points.size(), from + BATCH);
            List<RunSpec> specs = new ArrayList<>(to - from);
            for (int e = from; e < to; e++) {
                long seed = Seeds.replication(config.seed(), design.sampleOf(e));
                specs.add(new RunSpec(
                        config.name(), config.withParameters(points.get(e)).withSeed(seed), e));
            }
            int done = from;
            List<Outcome> outcomes = runner.run(specs, Observers.NONE, finished -> progress.accept(done + finished));
            for (int e = from; e < to; e++) {
                for (int o = 0; o < outputs.length; o++) {
                    values[o][e] = value(outcomes.get(e - from), outputs[o], year);
                }
            }
        }
        Map<Output, SobolIndices.Result> indices = new LinkedHashMap<>();
        for (int o = 0; o < outputs.length; o++) {
            // Each output's bootstrap has its own stream, so adding an output changes no other's interval.
            long bootstrapSeed = Seeds.forKey(config.seed(), "sobol-bootstrap", outputs[o].key());
            indices.put(outputs[o], SobolIndices.estimate(design, names, values[o], resamples, bootstrapSeed));
        }
        return new Result(config, year, samples, points.size(), indices);
    }

    static double value(Outcome outcome, Output output, int year) {
        for (BilateralTotals.Year y : outcome.totals()) {
            if (y.year() == year) {
                return switch (output) {
                    case TOTAL -> y.total();
                    case FORWARD -> y.forward();
                    case BACKWARD -> y.backward();
                    case REACHED -> {
                        Integer first = outcome.firstYearReached();
                        yield first != null && first <= year ? 1 : 0;
                    }
                };
            }
        }
        throw new IllegalArgumentException("no year " + year + " in the run");
    }
}
