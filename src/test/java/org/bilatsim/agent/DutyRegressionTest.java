package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Collector;
import org.bilatsim.engine.Metric;
import org.bilatsim.engine.Scenarios;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.experiment.AnalyticComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regression inputs of issue 15 (src/test/resources/regression/duties/): the tariff changes the
 * analytic command replays are exactly the acts' own, with no false change when a temporary act
 * lapses under a newer one; and in a full run a safeguard overlapped by a newer event leaves the
 * event's rate when it lapses.
 */
class DutyRegressionTest {
    private static ScenarioConfig load(String name) {
        return ConfigLoader.load(Path.of("src/test/resources/regression/duties", name + ".yaml"), List.of());
    }

    /** The changes as "month:PAK before>after" (PAK is the first origin, ROW never changes). */
    private static String changes(ScenarioConfig config) {
        StringBuilder text = new StringBuilder();
        for (DutyCalendar.Change c : DutyCalendar.changes(config)) {
            assertEquals(c.before()[1], c.after()[1], "ROW pays MFN throughout");
            text.append(text.isEmpty() ? "" : " ")
                    .append(c.month())
                    .append(':')
                    .append(Math.round(c.before()[0] * 1e4) / 1e4)
                    .append('>')
                    .append(Math.round(c.after()[0] * 1e4) / 1e4);
        }
        return text.toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "temporary-then-permanent          | 2024-03:0.15>0.05 2024-06:0.05>0.2",
                "pta-over-temporary                | 2024-03:0.2>0.35 2024-06:0.35>0.11",
                "lapsing-preference-with-later-act | 2024-06:0.0>0.02 2025-01:0.02>0.17"
            })
    void theAnalyticReplayListsOnlyTheActsOwnChanges(String name, String expected) {
        ScenarioConfig config = load(name);
        assertEquals(expected, changes(config));
        assertEquals(
                expected.split(" ").length,
                AnalyticComparison.of(config).size(),
                "one analytic row per change of PAK's rate");
    }

    @Test
    void aSafeguardOverlappedByANewerEventLeavesTheEventsRateWhenItLapses() {
        // The partner's duty is cut to 0 in 2024-06; imports surge and a 12-month 30% safeguard follows.
        String rules = "rules:\n  - {type: safeguard, importer: AZE, product: rice, partner: PAK, surgeRatio: 1.4, "
                + "layer: customs, rate: 0.30, durationMonths: 12}\n";
        String cut = "  - {type: duty, date: 2024-06, importer: AZE, product: rice, partner: PAK, "
                + "layer: customs, rate: 0.0}\n";
        YearMonth imposed = null;
        Collector first = run(cut, rules);
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2027, 12)); m = m.plusMonths(1)) {
            if (first.value(m, "PAK", "rice", Metric.TARIFF_RATE) == 0.30) {
                imposed = m;
                break;
            }
        }
        assertTrue(
                imposed != null && !imposed.plusMonths(13).isAfter(YearMonth.of(2027, 12)),
                "the safeguard is imposed with a year to spare: " + imposed);
        // The same run with the exemption withdrawn (back to 15%) two months into the safeguard: the
        // months before are identical, so the safeguard comes in the same month.
        YearMonth withdrawn = imposed.plusMonths(2);
        Collector second = run(
                cut + "  - {type: duty, date: " + withdrawn + ", importer: AZE, product: rice, "
                        + "partner: PAK, layer: customs, rate: 0.15}\n",
                rules);
        assertEquals(0.30, second.value(imposed, "PAK", "rice", Metric.TARIFF_RATE));
        assertEquals(
                0.15,
                second.value(withdrawn, "PAK", "rice", Metric.TARIFF_RATE),
                "the newer event governs while the safeguard is in force");
        for (YearMonth m = imposed.plusMonths(12); !m.isAfter(imposed.plusMonths(13)); m = m.plusMonths(1)) {
            assertEquals(
                    0.15,
                    second.value(m, "PAK", "rice", Metric.TARIFF_RATE),
                    "after the safeguard lapses in " + m + " the withdrawal still governs, not the cut it replaced");
        }
    }

    private static Collector run(String events, String rules) {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 1.0, 0, 1.0, 0, 0.15, 0.15, "2024-06", "2027-12").yaml();
        yaml = yaml.replaceAll("events:\\n.*\\n", "events:\n" + events);
        Collector c = new Collector();
        SingleRun.run(ConfigLoader.parse("safeguard.yaml", yaml + rules, List.of()), c);
        return c;
    }
}
