package org.bilatsim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;

/**
 * The parallel speed-up on replications: the same N replications of a scenario (with their annual
 * aggregation, as {@code run} does, but no files) on 1 and then 2 threads, alternately, after a
 * warm-up; prints each pair's times and ratio. The whole {@code run} command also writes files and
 * charts, which are serial (docs/performance.md).
 * Usage: java -XX:+UseSerialGC -XX:+UseTransparentHugePages -cp target/benchmarks.jar \
 *     org.bilatsim.bench.ReplicationSpeedup
 * [config] [replications] [pairs]
 */
public final class ReplicationSpeedup {
    private ReplicationSpeedup() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "configs/pak-aze/baseline.yaml");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ScenarioConfig config = ConfigLoader.load(file, List.of());
        List<RunSpec> specs = RunSpec.replications(config.name(), config, config.seed(), n);
        System.out.printf(
                Locale.ROOT,
                "%s: %d replications, %d processors%n",
                file,
                n,
                Runtime.getRuntime().availableProcessors());
        time(specs, 2);
        time(specs, 1);
        for (int p = 0; p < pairs; p++) {
            double one = time(specs, 1);
            double two = time(specs, 2);
            System.out.printf(Locale.ROOT, "1 thread %.3f s, 2 threads %.3f s: speed-up %.2fx%n", one, two, one / two);
        }
    }

    private static double time(List<RunSpec> specs, int threads) {
        long start = System.nanoTime();
        Runner.local(threads).run(specs, Observers.NONE, done -> {});
        return (System.nanoTime() - start) / 1e9;
    }
}
