package org.bilatsim.experiment.goalseek;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario discovery: a Latin hypercube over the ranges of uncertain parameters and levers, each
 * sample evaluated on the same replications, and PRIM over the samples to find the boxes of the space
 * in which P(target by the year) reaches the probability.
 */
public final class Discovery {
    private Discovery() {}

    /**
     * One sampled dimension.
     *
     * @param name  its config path
     * @param kind  "uncertain" (an assumption) or "lever" (a policy choice)
     * @param lower lowest sampled value
     * @param upper highest sampled value
     * @param integer whether only whole values are valid
     */
    public record Dimension(String name, String kind, double lower, double upper, boolean integer) {
        public Dimension {
            if (!(lower < upper)) {
                throw new IllegalArgumentException(name + ": the sampled range must have lower < upper");
            }
        }
    }

    /** One sample: its point and its evaluation. */
    public record Sample(int index, Evaluation evaluation, boolean reached) {}

    /**
     * @param probability the probability that counts as reaching
     * @param samples     in sample order
     * @param prim        the boxes
     */
    public record Result(List<Dimension> dimensions, double probability, List<Sample> samples, Prim.Result prim) {
        public Result {
            dimensions = List.copyOf(dimensions);
            samples = List.copyOf(samples);
        }

        /** The sample whose evaluation comes closest to the target (most successes, then median). */
        public Sample closest() {
            Sample best = samples.get(0);
            for (Sample s : samples) {
                Evaluation e = s.evaluation();
                Evaluation b = best.evaluation();
                if (e.successes() > b.successes()
                        || e.successes() == b.successes() && e.medianStatistic() > b.medianStatistic()) {
                    best = s;
                }
            }
            return best;
        }
    }

    /**
     * @param samples   Latin hypercube points
     * @param lhsSeed   seed of the design
     * @param seeds     replications of every sample (common random numbers across samples)
     */
    public static Result run(
            List<Dimension> dimensions,
            int samples,
            long lhsSeed,
            double probability,
            SeedPlan seeds,
            Evaluator evaluator,
            Prim.Settings settings) {
        double[][] unit = LatinHypercube.sample(samples, dimensions.size(), lhsSeed);
        double[][] points = new double[samples][dimensions.size()];
        List<Sample> evaluated = new ArrayList<>();
        boolean[] reached = new boolean[samples];
        int needed = Math.max(1, ProbabilityInterval.successesForEstimate(probability, seeds.replications()));
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < dimensions.size(); j++) {
                Dimension d = dimensions.get(j);
                double v = d.lower() + unit[i][j] * (d.upper() - d.lower());
                points[i][j] = (d.integer() ? Math.round(v) : v) + 0.0;
            }
            Evaluation e = evaluator.evaluate(points[i], seeds);
            reached[i] = e.successes() >= needed;
            evaluated.add(new Sample(i, e, reached[i]));
        }
        Prim.Result prim = Prim.find(dimensions.stream().map(Dimension::name).toList(), points, reached, settings);
        return new Result(dimensions, probability, evaluated, prim);
    }
}
