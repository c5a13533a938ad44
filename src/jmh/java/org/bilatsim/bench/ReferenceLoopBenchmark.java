package org.bilatsim.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.bilatsim.economics.Productivity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same month's arithmetic for the same agents as {@code ModelBenchmarks.oneMonthOfOneMarket}, in
 * plain primitive arrays and loops, with no agents and no schedule: the floor the agent model is
 * measured against. Exporters decide entry in productivity order and share the volume by weight;
 * importers compute CES demand over two origins and adjust partially.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ReferenceLoopBenchmark {
    @Param({"100000"})
    public int exporters;

    @Param({"1000"})
    public int importers;

    double[] weight;
    double[] unitCost;
    double[] sales;
    boolean[] serving;
    double[] importerShare;
    double[][] volumes;
    double[] b = {2.0e-3, 1.0};
    double[] prices = {945.2, 1237.6};
    double expected = 187.3;

    @Setup(Level.Trial)
    public void setUp() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double[] phi = new double[exporters];
        for (int j = 0; j < exporters; j++) {
            phi[j] = Productivity.paretoQuantile(random.nextDouble(), 4);
        }
        Arrays.sort(phi);
        weight = new double[exporters];
        unitCost = new double[exporters];
        sales = new double[exporters];
        serving = new boolean[exporters];
        for (int j = 0; j < exporters; j++) {
            double p = phi[exporters - 1 - j];
            weight[j] = Productivity.salesWeight(p, 4.4);
            unitCost[j] = Productivity.unitCost(728, 0.9, p);
        }
        importerShare = new double[importers];
        volumes = new double[importers][2];
        for (int i = 0; i < importers; i++) {
            importerShare[i] = 1.0 / importers;
        }
    }

    @Benchmark
    public double oneMonthOfOneMarket() {
        double ahead = 0;
        int count = 0;
        for (int j = 0; j < weight.length; j++) {
            double share = weight[j] / (ahead + weight[j]);
            serving[j] = (728 - unitCost[j]) * expected * share - 500 >= 0;
            if (serving[j]) {
                ahead += weight[j];
                count++;
            }
            sales[j] = 0;
        }
        double ordered = 0;
        double sigma = 4.4;
        for (int i = 0; i < importerShare.length; i++) {
            double sum = b[0] * Math.pow(prices[0], 1 - sigma) + b[1] * Math.pow(prices[1], 1 - sigma);
            double index = Math.pow(sum, 1 / (1 - sigma));
            double composite = 5.7e6 * importerShare[i] * Math.pow(index, -1.0);
            for (int s = 0; s < 2; s++) {
                double desired = b[s] * Math.pow(prices[s] / index, -sigma) * composite;
                volumes[i][s] += 0.2 * (desired - volumes[i][s]);
            }
            ordered += volumes[i][0];
        }
        double booked = 0;
        for (int j = 0; j < count; j++) {
            sales[j] = ordered * weight[j] / ahead;
            booked += sales[j];
        }
        return booked;
    }
}
