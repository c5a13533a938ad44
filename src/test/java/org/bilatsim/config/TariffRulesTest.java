package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.onLine;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The {@code tariffs} list. Line 69 starts tariffs[0] (AZE, rice, MFN, customs 0.15), line 73
 * tariffs[1] (AZE, rice, PAK, customs 0, until 2025-12), line 78 tariffs[2] (PAK, urea, MFN, three
 * layers).
 */
class TariffRulesTest {

    // --- the list and its keys

    @Test
    void tariffsGivenAsAMappingInsteadOfAListAreRejected() {
        assertRejected(
                replaceLines(68, 83, "tariffs: {rice: 0.15}"),
                68,
                "tariffs",
                "expected a list of '- item' lines, found a mapping");
    }

    @Test
    void aMisspelledDutyLayerIsRejectedWithADidYouMean() {
        assertRejected(
                replace("regulatory: 0.02", "regulatry: 0.02"),
                82,
                "tariffs[2].regulatry",
                "unknown key 'regulatry' (did you mean 'regulatory'?); allowed here: additional, customs, importer, partner,"
                        + " product, regulatory, until");
    }

    @Test
    void aTariffLineWithoutAPartnerIsRejected() {
        assertRejected(replaceLines(71, 71, ""), 69, "tariffs[0].partner", "missing required key 'partner'");
    }

    @Test
    void aTariffLineWithoutAnyDutyMeansZeroDuty() {
        TariffLine line = parse(replaceLines(72, 72, "")).tariffs().get(0);
        assertEquals(0.0, line.totalRate());
    }

    // --- references

    @Test
    void aTariffImporterNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(69, "AZE", "IND"),
                69,
                "tariffs[0].importer = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aTariffProductNotInTheScenarioIsRejectedWithADidYouMean() {
        assertRejected(
                onLine(70, "rice", "ryce"),
                70,
                "tariffs[0].product = 'ryce'",
                "is not a product of this scenario (did you mean 'rice'?); products: rice, urea");
    }

    @Test
    void aTariffCannotUseTheAllProductsWildcard() {
        assertRejected(
                onLine(70, "rice", "\"*\""),
                70,
                "tariffs[0].product = '*'",
                "is not a product of this scenario; products: rice, urea");
    }

    @Test
    void aTariffByACountryThatDoesNotImportTheProductIsRejected() {
        assertRejected(
                onLine(69, "AZE", "PAK"),
                70,
                "tariffs[0].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void aTariffPartnerNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(71, "MFN", "IND"),
                71,
                "tariffs[0].partner = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aTariffPartnerThatIsNotAnOriginOfTheProductIsRejected() {
        assertRejected(
                onLine(71, "MFN", "AZE"),
                71,
                "tariffs[0].partner = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW), nor MFN");
    }

    @Test
    void aTariffPartnerWrittenMfnInLowerCaseIsRejectedNamingMfnAsAnAlternative() {
        assertRejected(onLine(71, "MFN", "mfn"), 71, "tariffs[0].partner = 'mfn'", "MFN");
    }

    @Test
    void twoLinesForTheSameImporterProductAndPartnerAreRejected() {
        assertRejected(
                replaceLines(75, 77, "    partner: MFN\n    customs: 0.2"),
                75,
                "tariffs[1].partner = 'MFN'",
                "a line for AZE / rice / MFN is given twice");
    }

    // --- expiry

    @Test
    void anMfnLineThatExpiresIsRejected() {
        assertRejected(
                replace("    customs: 0.15\n", "    customs: 0.15\n    until: 2025-12\n"),
                73,
                "tariffs[0].until = '2025-12'",
                "only a partner-specific line (a preference) can expire; the MFN line always applies");
    }

    @Test
    void aMalformedExpiryMonthIsRejected() {
        assertRejected(
                onLine(77, "2025-12", "2025-13"),
                77,
                "tariffs[1].until = '2025-13'",
                "is not a real month or date; write YYYY-MM, e.g. 2024-12");
    }

    @Test
    void anExpiryAfterTheEndOfTheSimulationIsAccepted() {
        assertEquals(
                java.time.YearMonth.of(2099, 12),
                parse(onLine(77, "2025-12", "2099-12")).tariffs().get(1).until());
    }

    @Test
    void aPreferenceThatLapsedBeforeTheSimulationStartsIsRejected() {
        assertRejected(
                onLine(77, "2025-12", "2023-12"),
                77,
                "tariffs[1].until = '2023-12'",
                "is before time.start 2024-01: a preference that lapsed before the run is not in force; remove the line");
    }

    @Test
    void aPreferenceThatLapsesInTheFirstSimulatedMonthIsAccepted() {
        assertEquals(
                java.time.YearMonth.of(2024, 1),
                parse(onLine(77, "2025-12", "2024-01")).tariffs().get(1).until());
    }

    // --- duty values

    @Test
    void aDutyGivenAsAPercentIsRejectedWithTheFractionToWrite() {
        assertRejected(
                replace("customs: 0.15", "customs: 15"),
                72,
                "tariffs[0].customs = '15'",
                "duties and rates are fractions, not percents: for 15% write 0.15 (allowed: 0 to 1)");
    }

    @Test
    void aRegulatoryDutyGivenAsAPercentIsRejected() {
        assertRejected(
                replace("regulatory: 0.02", "regulatory: 2"),
                82,
                "tariffs[2].regulatory = '2'",
                "duties and rates are fractions, not percents: for 2% write 0.02 (allowed: 0 to 1)");
    }

    @Test
    void anAdditionalDutyAboveOneIsReadAsAPercent() {
        assertRejected(
                replace("additional: 0.01", "additional: 1.5"),
                83,
                "tariffs[2].additional = '1.5'",
                "for 1.5% write 0.015 (allowed: 0 to 1)");
    }

    @Test
    void aDutyAboveOneHundredPercentIsRejected() {
        assertRejected(
                replace("customs: 0.15", "customs: 150"),
                72,
                "tariffs[0].customs = '150'",
                "must be a fraction from 0 to 1 (a duty above 100% of customs value is not accepted)");
    }

    @Test
    void aNegativeDutyIsRejected() {
        assertRejected(
                replace("customs: 0.15", "customs: -0.15"),
                72,
                "tariffs[0].customs = '-0.15'",
                "must be a fraction from 0 to 1");
    }

    @Test
    void aDutyWithAPercentSignIsRejected() {
        assertRejected(replace("customs: 0.15", "customs: 15%"), 72, "tariffs[0].customs = '15%'", "must be a number");
    }

    @Test
    void aQuotedDutyIsRejected() {
        assertRejected(
                replace("customs: 0.15", "customs: \"0.15\""),
                72,
                "tariffs[0].customs = '0.15'",
                "must be a number, found a string (remove the quotes)");
    }

    @Test
    void aDutyOfExactlyOneIsAccepted() {
        assertEquals(
                1.0,
                parse(replace("customs: 0.15", "customs: 1")).tariffs().get(0).customs());
    }
}
