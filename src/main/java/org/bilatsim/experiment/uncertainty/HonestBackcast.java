package org.bilatsim.experiment.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.Observed;

/**
 * How well a run reproduces the observed totals, measured honestly: the calibration year (the base
 * year the model is fitted to, whose error is near zero by construction) is shown but left out of the
 * error and the coverage; the simulated value is the median over replications, not replication 0;
 * and each observed year is checked against the run's 50 % and 90 % bands (coverage). With parameter
 * uncertainty on, the bands include it, so coverage measures whether the stated uncertainty is wide
 * enough.
 */
public final class HonestBackcast {
    private HonestBackcast() {}

    /**
     * One observed year.
     *
     * @param errorShare  (median − observed) / observed
     * @param calibration true for the calibration year, which the summary leaves out
     */
    public record Year(
            int year,
            double observedUsd,
            double medianUsd,
            double p5Usd,
            double p25Usd,
            double p75Usd,
            double p95Usd,
            double errorShare,
            boolean inBand50,
            boolean inBand90,
            boolean calibration,
            String source) {}

    /**
     * @param outOfSampleError mean absolute error of the median, as a share of the observed value,
     *                         over the years other than the calibration year (NaN when there are none)
     * @param coverage50       share of those years whose observed value lies in the 25–75 % band
     * @param coverage90       share of those years whose observed value lies in the 5–95 % band
     */
    public record Result(
            List<Year> years,
            int calibrationYear,
            int replications,
            int outOfSampleYears,
            double outOfSampleError,
            double coverage50,
            double coverage90) {
        public Result {
            years = List.copyOf(years);
        }
    }

    /**
     * @param simulated two-way totals by year, one value per replication (every array the same length)
     * @param calibrationYear the year the run is calibrated to (its start year)
     */
    public static Result of(List<Observed> observed, Map<Integer, double[]> simulated, int calibrationYear) {
        List<Year> years = new ArrayList<>();
        int replications = 0;
        int count = 0;
        double errorSum = 0;
        int in50 = 0;
        int in90 = 0;
        for (Observed o : observed) {
            double[] values = simulated.get(o.year());
            if (values == null || values.length == 0) {
                continue;
            }
            replications = values.length;
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double median = SampleQuantile.ofSorted(sorted, 0.5);
            double p5 = SampleQuantile.ofSorted(sorted, 0.05);
            double p25 = SampleQuantile.ofSorted(sorted, 0.25);
            double p75 = SampleQuantile.ofSorted(sorted, 0.75);
            double p95 = SampleQuantile.ofSorted(sorted, 0.95);
            double v = o.totalUsd();
            boolean band50 = v >= p25 && v <= p75;
            boolean band90 = v >= p5 && v <= p95;
            boolean calibration = o.year() == calibrationYear;
            double error = median / v - 1;
            years.add(new Year(o.year(), v, median, p5, p25, p75, p95, error, band50, band90, calibration, o.source()));
            if (!calibration) {
                count++;
                errorSum += Math.abs(error);
                in50 += band50 ? 1 : 0;
                in90 += band90 ? 1 : 0;
            }
        }
        double mae = count == 0 ? Double.NaN : errorSum / count;
        double c50 = count == 0 ? Double.NaN : (double) in50 / count;
        double c90 = count == 0 ? Double.NaN : (double) in90 / count;
        return new Result(years, calibrationYear, replications, count, mae, c50, c90);
    }
}
