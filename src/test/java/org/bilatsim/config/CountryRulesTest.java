package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.onLine;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;

import org.junit.jupiter.api.Test;

/** The {@code countries} list. */
class CountryRulesTest {

    private static final String VAT_RULE = "must be >= 0 and <= 0.5 (VAT as a fraction, e.g. 0.18 for 18%)";

    @Test
    void countriesGivenAsASingleValueInsteadOfAListAreRejected() {
        assertRejected(
                replaceLines(8, 15, "countries: PAK"),
                8,
                "countries",
                "expected a list of '- item' lines, found 'PAK'");
    }

    @Test
    void fewerThanTwoCountriesAreRejected() {
        assertRejected(
                replaceLines(11, 15, ""),
                9,
                "countries",
                "needs at least two countries (the partners), usually three with ROW");
    }

    @Test
    void aCountryWrittenAsAPlainValueInsteadOfAMappingIsRejected() {
        assertRejected(
                replaceLines(11, 13, "  - AZE"),
                11,
                "countries[1]",
                "expected a mapping of 'key: value' lines, found 'AZE'");
    }

    @Test
    void anIso3CodeInLowerCaseIsRejected() {
        assertRejected(
                onLine(11, "AZE", "Aze"),
                11,
                "countries[1].iso3 = 'Aze'",
                "must be three capital letters (ISO 3166 alpha-3, or ROW)");
    }

    @Test
    void anIso3CodeOfTwoLettersIsRejected() {
        assertRejected(
                onLine(9, "PAK", "PK"),
                9,
                "countries[0].iso3 = 'PK'",
                "must be three capital letters (ISO 3166 alpha-3, or ROW)");
    }

    @Test
    void aCountryListedTwiceIsRejected() {
        assertRejected(onLine(11, "AZE", "PAK"), 11, "countries[1].iso3 = 'PAK'", "is listed twice in countries");
    }

    @Test
    void aCountryWithoutANameIsRejected() {
        assertRejected(
                replace("name: Azerbaijan", "name: ~"), 12, "countries[1].name = null", "has no value; it is required");
    }

    @Test
    void aCountryWithoutIso3IsRejected() {
        assertRejected(
                replaceLines(14, 15, "  - name: Rest of the world"),
                14,
                "countries[2].iso3",
                "missing required key 'iso3'");
    }

    @Test
    void aVatRateAboveFiftyPercentIsRejected() {
        assertRejected(replace("vatRate: 0.18", "vatRate: 0.6"), 13, "countries[1].vatRate = '0.6'", VAT_RULE);
    }

    @Test
    void aVatRateGivenAsAPercentIsRejected() {
        assertRejected(replace("vatRate: 0.18", "vatRate: 18"), 13, "countries[1].vatRate = '18'", VAT_RULE);
    }

    @Test
    void aNegativeVatRateIsRejected() {
        assertRejected(replace("vatRate: 0.18", "vatRate: -0.1"), 13, "countries[1].vatRate = '-0.1'", VAT_RULE);
    }

    @Test
    void aMisspelledVatRateIsRejectedWithADidYouMean() {
        assertRejected(
                replace("vatRate: 0.18", "vatrate: 0.18"),
                13,
                "countries[1].vatrate",
                "unknown key 'vatrate' (did you mean 'vatRate'?); allowed here: iso3, name, vatRate");
    }
}
