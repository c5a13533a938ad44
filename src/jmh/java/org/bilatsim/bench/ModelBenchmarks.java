package org.bilatsim.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.engine.TradeModel;
import org.bilatsim.experiment.SyntheticScenario;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The model's benchmarks. Throughput is months (or runs) per second; multiply by the agent count
 * printed in docs/performance.md to get agent-steps per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// As the launcher: Serial GC and huge pages (the reasons are in the bilatsim script). Unlike the
// launcher the forks ask for huge pages unconditionally; on a kernel without them the JVM warns.
@Fork(
        value = 1,
        jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:+UseTransparentHugePages"})
public class ModelBenchmarks {

    /** One product market of a synthetic scenario, stepped month by month. */
    @State(Scope.Thread)
    public static class Market {
        @Param({"100000"})
        public int exporters;

        @Param({"1000"})
        public int importers;

        @Param({"SEQUENCE", "INDIVIDUAL"})
        public TradeModel.Scheduling scheduling;

        TradeModel model;

        @Setup(Level.Trial)
        public void setUp() {
            // No trend growth: JMH steps the model for tens of thousands of months, and with the
            // synthetic 5 % a year demand would grow until every exporter serves; the benchmark is
            // one month of a market in its stationary state, like the reference loop.
            ScenarioConfig config = ConfigLoader.parse(
                    "synthetic.yaml",
                    SyntheticScenario.yaml(exporters, importers, 1, 200),
                    List.of("products.good-0.demandGrowthPerYear=0"));
            model = new TradeModel(config, o -> {}, false, scheduling);
            model.start();
        }
    }

    /** One month of one market: every agent of the market steps once. */
    @Benchmark
    public boolean oneMonthOfOneMarket(Market market) {
        return market.model.schedule.step(market.model);
    }

    /**
     * The same market with idiosyncratic AR(1) productivity shocks on the partner's exporters (s.d.
     * 0.05 a month, persistence 0.95): every firm draws a normal innovation and takes its AR(1) step,
     * a log-space test passes over the firms whose key is certainly below the walk's floor, and only
     * the firms near the cut get an exponential and a sorted key ({@code FirmShocks}), none of which
     * the shock-free month needs. Shocks are off in every bundled scenario; this prices them. The
     * reference loop's {@code oneMonthWithProductivityShocks} does the same arithmetic by hand.
     */
    @State(Scope.Thread)
    public static class ShockedMarket {
        @Param({"100000"})
        public int exporters;

        TradeModel model;

        @Setup(Level.Trial)
        public void setUp() {
            String pak = "products.good-0.sources.PAK.exporters.";
            ScenarioConfig config = ConfigLoader.parse(
                    "synthetic.yaml",
                    SyntheticScenario.yaml(exporters, 1000, 1, 200),
                    List.of(
                            "products.good-0.demandGrowthPerYear=0",
                            pak + "productivityShockSd=0.05",
                            pak + "productivityShockPersistence=0.95"));
            model = new TradeModel(config, o -> {}, false, TradeModel.Scheduling.SEQUENCE);
            model.start();
        }
    }

    /** One month of the market with productivity shocks. */
    @Benchmark
    public boolean oneMonthWithProductivityShocks(ShockedMarket market) {
        return market.model.schedule.step(market.model);
    }

    /** The default scenario, all 144 months, one replication, observations discarded. */
    @State(Scope.Thread)
    public static class Default {
        ScenarioConfig config;

        @Setup(Level.Trial)
        public void setUp() {
            config = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), List.of());
        }
    }

    @Benchmark
    public void fullDefaultRun(Default state, Blackhole hole) {
        ObservationSink sink = hole::consume;
        hole.consume(SingleRun.run(state.config, sink));
    }
}
