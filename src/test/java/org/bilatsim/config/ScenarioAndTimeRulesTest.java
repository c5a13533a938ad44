package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The top level, {@code scenario}, {@code time} and {@code seed}. */
class ScenarioAndTimeRulesTest {

    private static final String NAME_RULE =
            "must be 1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit";
    /** Seeds are below 2^53, so that a seed read back as a double is exact (issue 20). */
    private static final String WHOLE_LONG = "must be a whole number from 0 to 9007199254740991";

    // --- top level

    @Test
    void anUnknownTopLevelKeyIsRejectedWithADidYouMean() {
        assertRejected(
                replace("seed: 42", "seeds: 42"),
                7,
                "seeds",
                "unknown key 'seeds' (did you mean 'seed'?); allowed here: ",
                "countries",
                "products",
                "seed");
    }

    @Test
    void anUnknownTopLevelKeyFarFromEveryAllowedKeyGetsNoSuggestion() {
        assertRejected(
                replace("seed: 42", "randomness: 42"), 7, "randomness", "unknown key 'randomness'; allowed here:");
    }

    @Test
    void aMissingRequiredSectionIsRejected() {
        assertRejected(replaceLines(107, 111, ""), 1, "target", "missing required key 'target'");
    }

    @Test
    void aMissingTimeSectionIsRejected() {
        assertRejected(replaceLines(4, 6, ""), 1, "time", "missing required key 'time'");
    }

    @Test
    void aDocumentThatIsAListInsteadOfAMappingIsRejected() {
        ConfigException e = ValidScenario.rejection("- scenario\n- time\n");
        assertEquals("scenario.yaml:1:1: expected a mapping of 'key: value' lines, found a list", e.getMessage());
    }

    @Test
    void aSectionThatIsASingleValueInsteadOfAMappingIsRejected() {
        assertRejected(
                replaceLines(4, 6, "time: 2024-01"),
                4,
                "time",
                "expected a mapping of 'key: value' lines, found '2024-01'");
    }

    // --- scenario

    @Test
    void aScenarioNameWithDotDotSlashIsRejected() {
        assertRejected(
                replace("name: test-scenario", "name: ../escape"),
                2,
                "scenario.name = '../escape'",
                NAME_RULE + " (it names the output folder)");
    }

    @Test
    void aScenarioNameWithASlashIsRejected() {
        assertRejected(replace("name: test-scenario", "name: runs/x"), 2, "scenario.name = 'runs/x'", NAME_RULE);
    }

    @Test
    void aScenarioNameWithABackslashIsRejected() {
        assertRejected(replace("name: test-scenario", "name: '..\\x'"), 2, "scenario.name = '..\\x'", NAME_RULE);
    }

    @Test
    void aScenarioNameThatIsOnlyDotsIsRejected() {
        assertRejected(replace("name: test-scenario", "name: .."), 2, "scenario.name = '..'", NAME_RULE);
    }

    @Test
    void aScenarioNameContainingDotDotIsRejectedEvenWithoutASlash() {
        assertRejected(
                replace("name: test-scenario", "name: a..b"),
                2,
                "scenario.name = 'a..b'",
                "must not contain '..' (it names the output folder)");
    }

    @Test
    void aScenarioNameStartingWithADotIsRejected() {
        assertRejected(replace("name: test-scenario", "name: .hidden"), 2, "scenario.name = '.hidden'", NAME_RULE);
    }

    @Test
    void aScenarioNameWithASpaceIsRejected() {
        assertRejected(
                replace("name: test-scenario", "name: my scenario"), 2, "scenario.name = 'my scenario'", NAME_RULE);
    }

    @Test
    void aScenarioNameOfEightyOneCharactersIsRejectedAndEightyAreAccepted() {
        String eighty = "a".repeat(80);
        assertEquals(
                eighty, parse(replace("name: test-scenario", "name: " + eighty)).name());
        assertRejected(
                replace("name: test-scenario", "name: " + eighty + "a"),
                2,
                "scenario.name = '" + eighty + "a'",
                NAME_RULE);
    }

    @Test
    void anEmptyScenarioNameIsRejected() {
        assertRejected(replace("name: test-scenario", "name: \"\""), 2, "scenario.name = ''", "must not be empty");
    }

    @Test
    void aMissingScenarioNameIsRejected() {
        // the scenario mapping then starts at its first key, description on line 3
        assertRejected(replaceLines(2, 2, ""), 3, "scenario.name", "missing required key 'name'");
    }

    @Test
    void anUnknownKeyUnderScenarioIsRejectedWithADidYouMean() {
        assertRejected(
                replace("  description:", "  descripton:"),
                3,
                "scenario.descripton",
                "unknown key 'descripton' (did you mean 'description'?); allowed here: description, name");
    }

    // --- time

    @Test
    void aStartMonthThatDoesNotExistIsRejected() {
        assertRejected(
                replace("start: 2024-01", "start: 2024-13"),
                5,
                "time.start = '2024-13'",
                "is not a real month or date; write YYYY-MM, e.g. 2024-12");
    }

    @Test
    void aStartDateThatDoesNotExistIsRejected() {
        assertRejected(
                replace("start: 2024-01", "start: 2024-02-30"),
                5,
                "time.start = '2024-02-30'",
                "is not a real month or date; write YYYY-MM");
    }

    @Test
    void aStartMonthWrittenWithASlashIsRejected() {
        assertRejected(
                replace("start: 2024-01", "start: 2024/01"),
                5,
                "time.start = '2024/01'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD), e.g. 2024-12");
    }

    @Test
    void aStartMonthWrittenInWordsIsRejected() {
        assertRejected(
                replace("start: 2024-01", "start: Jan 2024"),
                5,
                "time.start = 'Jan 2024'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD)");
    }

    @Test
    void aStartWithATimeOfDayIsRejected() {
        assertRejected(
                replace("start: 2024-01", "start: 2024-01-01T00:00:00"),
                5,
                "time.start = '2024-01-01T00:00:00'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD)");
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        assertRejected(
                replace("end: 2026-12", "end: 2023-12"),
                6,
                "time.end = '2023-12'",
                "must not be before time.start 2024-01");
    }

    @Test
    void anEndEqualToTheStartIsAccepted() {
        // the events (2025 and 2026) would then fall outside the span, so they go
        String text = replaceLines(84, 106, "").replace("end: 2026-12", "end: 2024-01");
        assertEquals(1, parse(text).months());
    }

    @Test
    void anEndMoreThanTwoHundredYearsAfterTheStartIsRejected() {
        assertRejected(
                replace("end: 2026-12", "end: 2224-02"),
                6,
                "time.end = '2224-02'",
                "must be within 200 years of time.start 2024-01");
    }

    @Test
    void anEndExactlyTwoHundredYearsAfterTheStartIsAccepted() {
        assertEquals(
                YearMonth.of(2224, 1),
                parse(replace("end: 2026-12", "end: 2224-01")).end());
    }

    @Test
    void aStepOtherThanMonthIsRejected() {
        assertRejected(
                replace("end: 2026-12", "end: 2026-12\n  step: week"), 7, "time.step = 'week'", "must be one of month");
    }

    @Test
    void aStepOfMonthIsAccepted() {
        assertEquals(
                36,
                parse(replace("end: 2026-12", "end: 2026-12\n  step: month")).months());
    }

    // --- seed

    @Test
    void aSeedThatIsNotANumberIsRejected() {
        assertRejected(replace("seed: 42", "seed: abc"), 7, "seed = 'abc'", WHOLE_LONG);
    }

    @Test
    void aFractionalSeedIsRejected() {
        assertRejected(replace("seed: 42", "seed: 1.5"), 7, "seed = '1.5'", WHOLE_LONG);
    }

    @Test
    void aQuotedSeedIsRejected() {
        assertRejected(replace("seed: 42", "seed: \"42\""), 7, "seed = '42'", WHOLE_LONG);
    }

    @Test
    void aSeedBeyondTheRangeOfALongIsRejected() {
        assertRejected(
                replace("seed: 42", "seed: 99999999999999999999"), 7, "seed = '99999999999999999999'", WHOLE_LONG);
    }

    @Test
    void aSeedWithUnderscoresAndTheLargestSeedAreAccepted() {
        assertEquals(1000L, parse(replace("seed: 42", "seed: 1_000")).seed());
        assertEquals(
                (1L << 53) - 1,
                parse(replace("seed: 42", "seed: 9007199254740991")).seed());
    }

    @Test
    void aNegativeSeedAndOneFrom2To53AreRejected() {
        assertRejected(replace("seed: 42", "seed: -42"), 7, "seed = '-42'", WHOLE_LONG);
        assertRejected(replace("seed: 42", "seed: 9007199254740992"), 7, "seed = '9007199254740992'", WHOLE_LONG);
    }
}
