package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/** The months handed to a second thread reach the sink exactly as they would without it. */
class MonthlyHandOffTest {
    /** Keeps the observations and the threads that delivered them. */
    private static final class Recording implements ObservationSink {
        final List<Observation> observations = new ArrayList<>();
        final Set<Thread> threads = new HashSet<>();
        int finished;

        @Override
        public void accept(Observation observation) {
            observations.add(observation);
            threads.add(Thread.currentThread());
        }

        @Override
        public void finish() {
            finished++;
        }
    }

    @Test
    void aRunHandedOffMonthByMonthGivesTheSinkTheSameObservationsInTheSameOrder() {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/two-billion-push.yaml"), List.of());
        Recording direct = new Recording();
        SingleRun.run(new TradeModel(config, direct, false), direct);
        Recording handedOff = new Recording();
        SingleRun.run(config, handedOff, new MonthlyHandOff(handedOff, 1), null);
        assertEquals(direct.observations, handedOff.observations);
        assertFalse(handedOff.threads.contains(Thread.currentThread()), "delivered by the hand-off's thread");
        assertEquals(1, handedOff.finished, "finish once, after every observation");
    }

    @Test
    void aSmallRunGoesStraightThrough() {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), List.of());
        Recording sink = new Recording();
        SingleRun.run(config, sink);
        assertEquals(Set.of(Thread.currentThread()), sink.threads);
        assertTrue(sink.observations.size() < MonthlyHandOff.THRESHOLD * config.months());
    }

    @Test
    void theSinksFailureIsRethrownOnTheModelsThread() {
        IllegalStateException full = new IllegalStateException("disk full");
        ObservationSink failing = o -> {
            throw full;
        };
        MonthlyHandOff handOff = new MonthlyHandOff(failing, 1);
        Observation o = new Observation(YearMonth.of(2025, 1), "PAK", "AZE", "rice", Metric.TRADE_VALUE, "USD", 1);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            for (int m = 0; m < 10; m++) {
                handOff.accept(o);
                handOff.endOfMonth();
            }
            handOff.close();
        });
        assertSame(full, thrown);
    }

    @Test
    void afterTheModelFailsTheSinkStillHasEveryObservationMadeBeforeIt() {
        Recording sink = new Recording();
        MonthlyHandOff handOff = new MonthlyHandOff(sink, 1);
        List<Observation> made = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            Observation o =
                    new Observation(YearMonth.of(2025, 1 + m), "PAK", "AZE", "rice", Metric.TRADE_VALUE, "USD", m);
            made.add(o);
            handOff.accept(o);
            if (m < 4) {
                handOff.endOfMonth();
            }
        }
        handOff.abandon();
        assertEquals(made, sink.observations);
    }
}
