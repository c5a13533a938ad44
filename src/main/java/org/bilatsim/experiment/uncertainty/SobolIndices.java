package org.bilatsim.experiment.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * First-order and total Sobol indices from the outputs of a {@link SaltelliDesign}, with percentile
 * bootstrap confidence intervals.
 *
 * <p>With f_A, f_B and f_ABi the outputs at the rows of A, B and A_B^i, and V the variance of f_A and
 * f_B pooled (2N values):
 * <ul>
 * <li>first-order S_i = mean((f_B − m) · (f_ABi − f_A)) / V (Saltelli et al. 2010, table 2, estimator
 * (b)), with m the pooled mean: E[f_ABi − f_A] = 0, so subtracting m changes nothing in expectation but
 * removes the estimator's dependence on the output's level (a total of US$300M with a spread of
 * US$60M otherwise makes S_i swing by more than 1 at N = 64);
 * <li>total S_Ti = mean((f_A − f_ABi)²) / (2V) (Jansen 1999; Saltelli et al. 2010, table 2, (f)).
 * </ul>
 * S_i is the share of the output's variance that input i explains alone; S_Ti adds every interaction
 * it takes part in. Σ S_i ≤ 1 ≤ Σ S_Ti up to sampling error.
 *
 * <p>The bootstrap resamples the N base samples with replacement (each resample keeps the rows of A,
 * B and every A_B^i of a base sample together) and takes the 2.5th and 97.5th percentiles of the
 * resampled indices. It draws from a generator seeded by the caller, so intervals are reproducible.
 */
public final class SobolIndices {
    /** Bootstrap resamples unless the caller says otherwise. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private SobolIndices() {}

    /**
     * The indices of one input, with 95 % bootstrap intervals.
     *
     * @param first first-order index S_i
     * @param total total index S_Ti
     */
    public record Index(
            String input,
            double first,
            double firstLow,
            double firstHigh,
            double total,
            double totalLow,
            double totalHigh) {
        /** Width of the total index's interval. */
        public double totalWidth() {
            return totalHigh - totalLow;
        }
    }

    /**
     * The indices of every input, in input order, and the output's mean and variance.
     *
     * @param variance pooled variance of f_A and f_B; 0 when the output does not vary, and then every
     *                 index is NaN
     */
    public record Result(List<Index> indices, double mean, double variance, int samples) {
        public Result {
            indices = List.copyOf(indices);
        }

        /** The indices ranked by total index, largest first (NaN last), ties by input order. */
        public List<Index> rankedByTotal() {
            List<Index> ranked = new ArrayList<>(indices);
            ranked.sort((x, y) -> Double.compare(nanLow(y.total()), nanLow(x.total())));
            return ranked;
        }

        private static double nanLow(double v) {
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
    }

    /** Evaluates {@code model} at every point of the design, in order, and estimates the indices. */
    public static Result evaluate(
            SaltelliDesign design, List<String> inputs, ToDoubleFunction<double[]> model, int resamples, long seed) {
        List<double[]> points = design.points();
        double[] outputs = new double[points.size()];
        for (int k = 0; k < outputs.length; k++) {
            outputs[k] = model.applyAsDouble(points.get(k));
        }
        return estimate(design, inputs, outputs, resamples, seed);
    }

    /**
     * @param outputs the model's output at {@link SaltelliDesign#points()}, in that order
     * @param resamples bootstrap resamples (0 for none: the intervals are then NaN)
     */
    public static Result estimate(
            SaltelliDesign design, List<String> inputs, double[] outputs, int resamples, long seed) {
        int n = design.samples();
        int d = design.inputs();
        if (inputs.size() != d) {
            throw new IllegalArgumentException("design has " + d + " inputs, " + inputs.size() + " names given");
        }
        if (outputs.length != design.evaluations()) {
            throw new IllegalArgumentException(
                    "design needs " + design.evaluations() + " outputs, got " + outputs.length);
        }
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[d][n];
        int stride = d + 2;
        for (int j = 0; j < n; j++) {
            fA[j] = outputs[j * stride];
            fB[j] = outputs[j * stride + 1];
            for (int i = 0; i < d; i++) {
                fAB[i][j] = outputs[j * stride + 2 + i];
            }
        }
        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        double[] point = indices(fA, fB, fAB, identity);
        double[][] boot = new double[2 * d][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] pick = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) {
                pick[j] = random.nextInt(n);
            }
            double[] again = indices(fA, fB, fAB, pick);
            for (int k = 0; k < 2 * d; k++) {
                boot[k][r] = again[k];
            }
        }
        List<Index> result = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            double[] first = interval(boot[i]);
            double[] total = interval(boot[d + i]);
            result.add(new Index(inputs.get(i), point[i], first[0], first[1], point[d + i], total[0], total[1]));
        }
        return new Result(result, point[2 * d], point[2 * d + 1], n);
    }

    /** S_1..S_d, S_T1..S_Td, mean, variance over the base samples listed in {@code pick}. */
    private static double[] indices(double[] fA, double[] fB, double[][] fAB, int[] pick) {
        int n = pick.length;
        int d = fAB.length;
        double sum = 0;
        for (int j : pick) {
            sum += fA[j] + fB[j];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int j : pick) {
            squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        double variance = squares / (2.0 * n - 1);
        double[] out = new double[2 * d + 2];
        for (int i = 0; i < d; i++) {
            double first = 0;
            double total = 0;
            for (int j : pick) {
                double diff = fAB[i][j] - fA[j];
                first += (fB[j] - mean) * diff;
                total += diff * diff;
            }
            out[i] = variance > 0 ? first / n / variance : Double.NaN;
            out[d + i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        out[2 * d] = mean;
        out[2 * d + 1] = variance;
        return out;
    }

    private static double[] interval(double[] values) {
        if (values.length == 0 || Double.isNaN(values[0])) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {SampleQuantile.ofSorted(sorted, 0.025), SampleQuantile.ofSorted(sorted, 0.975)};
    }
}
