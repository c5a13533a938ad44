package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.TEXT;
import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code observed} list of annual two-way totals, appended to the valid text: line 112
 * is {@code observed:}, lines 113 to 115 observed[0] (2024), lines 116 to 119 observed[1] (2025).
 */
class ObservedRulesTest {

    private static final String OBSERVED = String.join(
                    "\n",
                    /* 112 */ "observed:",
                    /* 113 */ "  - year: 2024",
                    /* 114 */ "    totalUsd: 40000000",
                    /* 115 */ "    source: PM statement",
                    /* 116 */ "  - year: 2025",
                    /* 117 */ "    totalUsd: 4.5e7",
                    /* 118 */ "    source: trade statistics",
                    /* 119 */ "    note: preliminary")
            + "\n";

    /** The valid text with the observed list, {@code old} (once in the list) replaced. */
    private static String observed(String old, String replacement) {
        assertEquals(OBSERVED.indexOf(old), OBSERVED.lastIndexOf(old), "must occur once: " + old);
        assertTrue(OBSERVED.contains(old), "must occur once: " + old);
        return TEXT + OBSERVED.replace(old, replacement);
    }

    @Test
    void observedTotalsAreRead() {
        List<Observed> observed = parse(TEXT + OBSERVED).observed();
        assertEquals(
                List.of(new Observed(2024, 4.0e7, "PM statement"), new Observed(2025, 4.5e7, "trade statistics")),
                observed);
    }

    @Test
    void withoutObservedTotalsTheListIsEmpty() {
        assertTrue(parse(TEXT).observed().isEmpty());
    }

    @Test
    void observedGivenAsASingleValueIsRejected() {
        assertRejected(TEXT + "observed: 2024\n", 112, "observed", "expected a list of '- item' lines, found '2024'");
    }

    @Test
    void anObservedYearBeforeTheSimulatedSpanIsRejected() {
        assertRejected(
                observed("year: 2024", "year: 2023"),
                113,
                "observed[0].year = '2023'",
                "must be a whole number from 2024 to 2026");
    }

    @Test
    void anObservedYearAfterTheSimulatedSpanIsRejected() {
        assertRejected(
                observed("year: 2025", "year: 2027"),
                116,
                "observed[1].year = '2027'",
                "must be a whole number from 2024 to 2026");
    }

    @Test
    void aFractionalObservedYearIsRejected() {
        assertRejected(
                observed("year: 2024", "year: 2024.5"),
                113,
                "observed[0].year = '2024.5'",
                "must be a whole number from 2024 to 2026");
    }

    @Test
    void anObservedTotalOfZeroIsRejected() {
        assertRejected(
                observed("totalUsd: 40000000", "totalUsd: 0"),
                114,
                "observed[0].totalUsd = '0'",
                "must be > 0 and <= 1.0E15 (US$ per year)");
    }

    @Test
    void anObservedTotalWithoutASourceIsRejected() {
        assertRejected(
                observed("    source: PM statement\n", ""), 113, "observed[0].source", "missing required key 'source'");
    }

    @Test
    void anEmptySourceIsRejected() {
        assertRejected(
                observed("source: PM statement", "source: \"\""), 115, "observed[0].source = ''", "must not be empty");
    }

    @Test
    void aMisspelledObservedKeyIsRejectedWithADidYouMean() {
        assertRejected(
                observed("note: preliminary", "notes: preliminary"),
                119,
                "observed[1].notes",
                "unknown key 'notes' (did you mean 'note'?); allowed here: note, source, totalUsd, year");
    }

    @Test
    void twoObservedTotalsForTheSameYearAreRejected() {
        assertRejected(observed("year: 2025", "year: 2024"), 116, "observed[1].year = '2024'", "2024");
    }
}
