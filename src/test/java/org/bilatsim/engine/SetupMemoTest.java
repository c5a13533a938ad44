package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/** A kept set-up is the set-up made afresh: the same generators, the same draws, every observation the same. */
class SetupMemoTest {
    private static void assertSameStream(MersenneTwisterFast expected, MersenneTwisterFast actual, String what) {
        for (int i = 0; i < 2000; i++) {
            assertEquals(expected.nextInt(), actual.nextInt(), what + ", int " + i);
            assertEquals(expected.nextGaussian(), actual.nextGaussian(), what + ", normal " + i);
            assertEquals(expected.nextDouble(), actual.nextDouble(), what + ", double " + i);
        }
    }

    @Test
    void aKeptGeneratorStartsWhereAFreshlySeededOneStartsEveryTimeItIsHandedOut() {
        SetupMemo memo = new SetupMemo(1 << 20);
        for (long seed : new long[] {0, 1, -1, 42, Seeds.MAX_SEED, 0x9E3779B97F4A7C15L}) {
            MersenneTwisterFast first = memo.generator(seed);
            // Drawing from one hand-out must not move the next.
            assertSameStream(Seeds.generator(seed), first, "seed " + seed + ", first");
            MersenneTwisterFast second = memo.generator(seed);
            assertNotSame(first, second);
            assertSameStream(Seeds.generator(seed), second, "seed " + seed + ", kept");
        }
        assertEquals(6 * SetupMemo.GENERATOR_BYTES, memo.bytes());
    }

    @Test
    void theMemoKeepsNoMoreThanItsBytesAndStillHandsOutTheRightGenerators() {
        SetupMemo memo = new SetupMemo(3 * SetupMemo.GENERATOR_BYTES);
        for (long seed = 0; seed < 50; seed++) {
            assertSameStream(Seeds.generator(seed), memo.generator(seed), "seed " + seed);
            assertTrue(memo.bytes() <= 3 * SetupMemo.GENERATOR_BYTES, "kept " + memo.bytes() + " bytes");
        }
        double[] big = new double[1000];
        double[] got = memo.paretoStrata(7, big.length, 2.0, () -> big);
        assertSame(big, got);
        assertTrue(memo.bytes() <= 3 * SetupMemo.GENERATOR_BYTES, "a sample larger than the memo is not kept");
        SetupMemo none = new SetupMemo(0);
        assertSameStream(Seeds.generator(5), none.generator(5), "a memo of 0 bytes");
        assertEquals(0, none.bytes());
    }

    /**
     * Every observation of runs made with a memo, empty and then full of their seeds, is the
     * observation of the run made without: a scenario with contracts, projects and tourism, and the
     * default one with productivity shocks on (their own streams), two seeds each.
     */
    @Test
    void runsThroughAMemoObserveExactlyWhatRunsWithoutOne() {
        ScenarioConfig push = ConfigLoader.load(Path.of("configs/pak-aze/two-billion-push.yaml"), List.of());
        ScenarioConfig shocked = ConfigLoader.load(
                Path.of("configs/pak-aze/baseline.yaml"),
                List.of(
                        "products.textiles.sources.PAK.exporters.productivityShockSd=0.1",
                        "products.textiles.sources.PAK.exporters.productivityShockPersistence=0.9"));
        SetupMemo memo = new SetupMemo(64L << 20);
        for (ScenarioConfig config : List.of(push, shocked)) {
            for (long seed : new long[] {config.seed(), Seeds.replication(config.seed(), 3)}) {
                ScenarioConfig run = config.withSeed(seed);
                Collector fresh = new Collector();
                SingleRun.run(run, fresh);
                Collector filling = new Collector();
                SingleRun.run(run, filling, memo);
                long kept = memo.bytes();
                Collector kept2 = new Collector();
                SingleRun.run(run, kept2, memo);
                assertEquals(fresh.observations, filling.observations, config.name() + " seed " + seed + ", filling");
                assertEquals(fresh.observations, kept2.observations, config.name() + " seed " + seed + ", kept");
                assertEquals(kept, memo.bytes(), "the second run of the same seed finds everything kept");
            }
        }
        assertTrue(memo.bytes() > 100 * SetupMemo.GENERATOR_BYTES, "the runs kept their generators and draws");
    }
}
