package org.bilatsim.experiment.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The sample design of Saltelli et al. (2010, "Variance based sensitivity analysis of model output",
 * Computer Physics Communications 181, 259–270): two N × d matrices A and B, taken as the first and
 * last d coordinates of a 2d-dimensional Sobol sequence, and for each input i the matrix A_B^i, which
 * is A with its column i taken from B. The model is evaluated at N(d + 2) points, all in the unit
 * cube; a caller maps each coordinate to its parameter through that parameter's quantile function.
 *
 * <p>The sequence starts at its second point: the first is the origin, whose coordinates are 0 and
 * have no quantile. Every later coordinate lies strictly inside (0, 1). The design is a pure
 * function of N and d: the same run gives the same points whatever the thread count.
 */
public final class SaltelliDesign {
    /** The most inputs the Sobol generator's direction numbers allow (it has 1,000 dimensions). */
    public static final int MAX_INPUTS = 500;

    private final int samples;
    private final int inputs;
    private final double[][] a;
    private final double[][] b;

    private SaltelliDesign(int samples, int inputs, double[][] a, double[][] b) {
        this.samples = samples;
        this.inputs = inputs;
        this.a = a;
        this.b = b;
    }

    /** The design of N base samples over d inputs. */
    public static SaltelliDesign of(int samples, int inputs) {
        if (samples < 2) {
            throw new IllegalArgumentException("needs at least 2 samples, was " + samples);
        }
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("needs 1 to " + MAX_INPUTS + " inputs, was " + inputs);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * inputs);
        sobol.skipTo(1);
        double[][] a = new double[samples][];
        double[][] b = new double[samples][];
        for (int j = 0; j < samples; j++) {
            double[] point = sobol.nextVector();
            a[j] = java.util.Arrays.copyOfRange(point, 0, inputs);
            b[j] = java.util.Arrays.copyOfRange(point, inputs, 2 * inputs);
        }
        return new SaltelliDesign(samples, inputs, a, b);
    }

    public int samples() {
        return samples;
    }

    public int inputs() {
        return inputs;
    }

    /** N(d + 2): how many model evaluations the design needs. */
    public int evaluations() {
        return samples * (inputs + 2);
    }

    /**
     * Every point in evaluation order: for base sample j, first A_j, then B_j, then A_B^1_j to
     * A_B^d_j. {@link SobolIndices#estimate} expects its outputs in this order.
     */
    public List<double[]> points() {
        List<double[]> points = new ArrayList<>(evaluations());
        for (int j = 0; j < samples; j++) {
            points.add(a[j].clone());
            points.add(b[j].clone());
            for (int i = 0; i < inputs; i++) {
                double[] mixed = a[j].clone();
                mixed[i] = b[j][i];
                points.add(mixed);
            }
        }
        return points;
    }

    /** Which base sample an evaluation index belongs to (its replication seed is keyed on this). */
    public int sampleOf(int evaluation) {
        return evaluation / (inputs + 2);
    }
}
