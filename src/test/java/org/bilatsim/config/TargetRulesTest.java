package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code target} section (lines 107 to 111). */
class TargetRulesTest {

    private static final String BETWEEN = "  between: [PAK, AZE]";

    @Test
    void aTargetOfZeroDollarsIsRejected() {
        assertRejected(
                replace("valueUsd: 2000000000", "valueUsd: 0"),
                108,
                "target.valueUsd = '0'",
                "must be > 0 and <= 1.0E15 (US$ per year)");
    }

    @Test
    void aTargetAboveAQuadrillionDollarsIsRejected() {
        assertRejected(
                replace("valueUsd: 2000000000", "valueUsd: 2e15"),
                108,
                "target.valueUsd = '2e15'",
                "must be > 0 and <= 1.0E15");
    }

    @Test
    void aQuotedTargetValueIsRejected() {
        assertRejected(
                replace("valueUsd: 2000000000", "valueUsd: \"2000000000\""),
                108,
                "target.valueUsd = '2000000000'",
                "must be a number, found a string (remove the quotes)");
    }

    @Test
    void aTargetWithoutAPairIsRejected() {
        assertRejected(replace(BETWEEN + "\n", ""), 108, "target.between", "missing required key 'between'");
    }

    @Test
    void aPairGivenAsASingleCountryIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: PAK"),
                109,
                "target.between",
                "expected a list of '- item' lines, found 'PAK'");
    }

    @Test
    void aPairOfThreeCountriesIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: [PAK, AZE, ROW]"),
                109,
                "target.between",
                "must list exactly two countries, e.g. [PAK, AZE]");
    }

    @Test
    void anEmptyPairIsRejected() {
        assertRejected(replace(BETWEEN, "  between: []"), 109, "target.between", "must list exactly two countries");
    }

    @Test
    void aPairNamingACountryNotListedIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: [PAK, IND]"),
                109,
                "target.between = 'IND'",
                "must be a country listed under countries (PAK, AZE, ROW)");
    }

    @Test
    void aPairNamingACountryInLowerCaseIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: [PAK, aze]"),
                109,
                "target.between = 'aze'",
                "must be a country listed under countries (PAK, AZE, ROW)");
    }

    @Test
    void aPairWithANestedListIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: [[PAK], AZE]"),
                109,
                "target.between = a list",
                "must be a country listed under countries (PAK, AZE, ROW)");
    }

    @Test
    void aPairOfTheSameCountryTwiceIsRejected() {
        assertRejected(
                replace(BETWEEN, "  between: [PAK, PAK]"), 109, "target.between", "must name two different countries");
    }

    @Test
    void aPairWrittenAsABlockListIsAccepted() {
        assertEquals(
                List.of("AZE", "ROW"),
                parse(replace(BETWEEN, "  between:\n    - AZE\n    - ROW"))
                        .target()
                        .between());
    }

    @Test
    void aTargetYearBeforeTheStartYearIsRejected() {
        assertRejected(
                replace("year: 2030", "year: 2023"),
                110,
                "target.year = '2023'",
                "must be a whole number from 2024 to 2300");
    }

    @Test
    void aTargetYearAfter2300IsRejected() {
        assertRejected(
                replace("year: 2030", "year: 2301"),
                110,
                "target.year = '2301'",
                "must be a whole number from 2024 to 2300");
    }

    @Test
    void aTargetYearEqualToTheStartYearIsAccepted() {
        assertEquals(2024, parse(replace("year: 2030", "year: 2024")).target().year());
    }

    @Test
    void aTargetWithoutAYearHasNone() {
        assertNull(parse(replaceLines(110, 110, "")).target().year());
    }

    @Test
    void aMisspelledTargetKeyIsRejectedWithADidYouMean() {
        assertRejected(
                replace("year: 2030", "yaer: 2030"),
                110,
                "target.yaer",
                "unknown key 'yaer' (did you mean 'year'?); allowed here: between, counts, note, valueUsd, year");
    }
}
