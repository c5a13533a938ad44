package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bilatsim.agent.Clock;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/** The simulated month is made of MASON's step count in one place: the model, as the agents' clock. */
class ClockTest {
    @Test
    void theModelsClockAdvancesOneMonthPerStepAndEveryMonthIsRecordedUnderIt() throws IOException {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/reko-diq/exim-financing.yaml"), List.of());
        Collector sink = new Collector();
        TradeModel model = new TradeModel(config, sink, false);
        model.start();
        Clock clock = model;
        assertEquals(0, clock.monthIndex());
        assertEquals(config.start(), clock.month());
        List<YearMonth> recorded = new ArrayList<>();
        for (int m = 0; m < 14; m++) {
            int before = sink.observations.size();
            model.schedule.step(model);
            assertTrue(sink.observations.size() > before, "month " + m + " recorded");
            sink.observations.subList(before, sink.observations.size()).stream()
                    .map(Observation::period)
                    .distinct()
                    .forEach(recorded::add);
            assertEquals(m + 1, clock.monthIndex());
        }
        List<YearMonth> expected = new ArrayList<>();
        for (int m = 0; m < 14; m++) {
            expected.add(config.start().plusMonths(m));
        }
        assertEquals(expected, recorded, "each step's observations carry that step's month, project metrics included");
    }

    @Test
    void aWorldBuiltWithoutAModelStandsAtTheStartMonth() {
        Clock clock = Clock.stoppedAt(YearMonth.of(2024, 1));
        assertEquals(0, clock.monthIndex());
        assertEquals(YearMonth.of(2024, 1), clock.month());
    }

    @Test
    void noMainSourceTurnsTheStepCountIntoAMonthItself() throws IOException {
        Pattern ownCalendar = Pattern.compile("plusMonths\\([^;]*getSteps\\(\\)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    if (ownCalendar.matcher(lines.get(i)).find()) {
                        found.add(source + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "use the agent.Clock handed over by the engine");
    }
}
