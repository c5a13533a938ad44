package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.onLine;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A product market under {@code products}, with its {@code importers}. */
class ProductRulesTest {

    private static final String SIGMA = "products.rice.substitutionElasticity";
    private static final String SIGMA_RULE =
            "must be > 1 and <= 50 (the Armington elasticity between origins must exceed 1";
    private static final String EM_RULE =
            "must be > -20 and < 0 (import demand falls when its price rises, so Em is negative";
    private static final String IMPORTERS = "products.rice.importers.";
    private static final String COUNT_RULE = "must be a whole number from 1 to 20000000";

    // --- the product map

    @Test
    void productsGivenAsAListInsteadOfAMappingAreRejected() {
        assertRejected(
                replaceLines(16, 67, "products: [rice, urea]"),
                16,
                "products",
                "expected a mapping of 'key: value' lines, found a list");
    }

    @Test
    void anEmptyProductMapIsRejected() {
        assertRejected(replaceLines(16, 67, "products: {}"), 16, "products", "needs at least one product market");
    }

    @Test
    void aProductKeyWithACapitalLetterIsRejected() {
        assertRejected(
                replace("  rice:", "  Rice:"),
                17,
                "products.Rice",
                "product keys must be 1 to 40 lower-case letters, digits or '-', starting with a letter");
    }

    @Test
    void aProductKeyStartingWithADigitIsRejected() {
        assertRejected(
                replace("  rice:", "  1rice:"),
                17,
                "products.1rice",
                "product keys must be 1 to 40 lower-case letters, digits or '-', starting with a letter");
    }

    @Test
    void aMisspelledProductKeyIsRejectedWithADidYouMean() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticty: 4.4"),
                21,
                "products.rice.substitutionElasticty",
                "unknown key 'substitutionElasticty' (did you mean 'substitutionElasticity'?); allowed here: demandGrowthPerYear,");
    }

    @Test
    void aProductWithoutAUnitIsRejected() {
        assertRejected(replaceLines(19, 19, ""), 18, "products.rice.unit", "missing required key 'unit'");
    }

    @Test
    void aBlankProductNameIsRejected() {
        assertRejected(replace("name: Rice", "name: \"   \""), 18, "products.rice.name = '   '", "must not be empty");
    }

    // --- importer

    @Test
    void anImporterNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(20, "AZE", "IND"),
                20,
                "products.rice.importer = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void anImporterThatIsNotAnIso3CodeIsRejected() {
        assertRejected(
                onLine(20, "AZE", "aze"),
                20,
                "products.rice.importer = 'aze'",
                "must be an ISO3 code listed under countries");
    }

    // --- elasticities and growth

    @Test
    void substitutionElasticityAtOrBelowOneIsRejected() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 1.0"),
                21,
                SIGMA + " = '1.0'",
                SIGMA_RULE);
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 0.5"),
                21,
                SIGMA + " = '0.5'",
                SIGMA_RULE);
    }

    @Test
    void substitutionElasticityAboveFiftyIsRejectedAndFiftyIsAccepted() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 50.01"),
                21,
                SIGMA + " = '50.01'",
                SIGMA_RULE);
        assertEquals(
                50.0,
                parse(replace("substitutionElasticity: 4.4", "substitutionElasticity: 50"))
                        .product("rice")
                        .orElseThrow()
                        .substitutionElasticity());
    }

    @Test
    void importDemandElasticityOfZeroIsRejected() {
        assertRejected(
                replace("importDemandElasticity: -1.0", "importDemandElasticity: 0"),
                22,
                "products.rice.importDemandElasticity = '0'",
                EM_RULE);
    }

    @Test
    void aPositiveImportDemandElasticityIsRejected() {
        assertRejected(
                replace("importDemandElasticity: -1.0", "importDemandElasticity: 1.0"),
                22,
                "products.rice.importDemandElasticity = '1.0'",
                EM_RULE);
    }

    @Test
    void importDemandElasticityOfMinusTwentyIsRejected() {
        assertRejected(
                replace("importDemandElasticity: -1.0", "importDemandElasticity: -20"),
                22,
                "products.rice.importDemandElasticity = '-20'",
                EM_RULE);
    }

    @Test
    void demandGrowthGivenAsAPercentIsRejected() {
        assertRejected(
                replace("demandGrowthPerYear: 0.05", "demandGrowthPerYear: 5"),
                23,
                "products.rice.demandGrowthPerYear = '5'",
                "must be >= -0.5 and <= 1 (fraction per year)");
    }

    @Test
    void demandShrinkingFasterThanHalfAYearIsRejected() {
        assertRejected(
                replace("demandGrowthPerYear: 0.05", "demandGrowthPerYear: -0.6"),
                23,
                "products.rice.demandGrowthPerYear = '-0.6'",
                "must be >= -0.5 and <= 1 (fraction per year)");
    }

    // --- importers

    @Test
    void importersGivenAsANumberInsteadOfAMappingAreRejected() {
        assertRejected(
                replaceLines(54, 55, "    importers: 20"),
                54,
                "products.urea.importers",
                "expected a mapping of 'key: value' lines, found '20'");
    }

    @Test
    void anUnknownImporterKeyIsRejectedWithTheAllowedKeys() {
        assertRejected(
                onLine(55, "count: 20", "number: 20"),
                55,
                "products.urea.importers.number",
                "unknown key 'number'; allowed here: adjustmentPerMonth, count, importerShockSd, marketShockPersistence,"
                        + " marketShockSd, sizeDispersion");
    }

    @Test
    void zeroImportersAreRejected() {
        assertRejected(replace("count: 60", "count: 0"), 25, IMPORTERS + "count = '0'", COUNT_RULE);
    }

    @Test
    void moreThanTwentyMillionImportersAreRejectedAndTwentyMillionAreAccepted() {
        assertRejected(replace("count: 60", "count: 20000001"), 25, IMPORTERS + "count = '20000001'", COUNT_RULE);
        assertEquals(
                20_000_000,
                parse(replace("count: 60", "count: 20000000"))
                        .product("rice")
                        .orElseThrow()
                        .importers()
                        .count());
    }

    @Test
    void aFractionalImporterCountIsRejected() {
        assertRejected(replace("count: 60", "count: 60.5"), 25, IMPORTERS + "count = '60.5'", COUNT_RULE);
    }

    @Test
    void anImporterCountInExponentNotationIsRejected() {
        assertRejected(replace("count: 60", "count: 6e1"), 25, IMPORTERS + "count = '6e1'", COUNT_RULE);
    }

    @Test
    void aQuotedImporterCountIsRejected() {
        assertRejected(replace("count: 60", "count: \"60\""), 25, IMPORTERS + "count = '60'", COUNT_RULE);
    }

    @Test
    void sizeDispersionAboveFiveIsRejected() {
        assertRejected(
                replace("sizeDispersion: 1.0", "sizeDispersion: 5.5"),
                26,
                IMPORTERS + "sizeDispersion = '5.5'",
                "must be >= 0 and <= 5 (standard deviation of log size)");
    }

    @Test
    void anAdjustmentOfZeroPerMonthIsRejected() {
        assertRejected(
                replace("adjustmentPerMonth: 0.2", "adjustmentPerMonth: 0"),
                27,
                IMPORTERS + "adjustmentPerMonth = '0'",
                "must be > 0 and <= 1 (1 = importers re-source at once)");
    }

    @Test
    void anAdjustmentAboveOnePerMonthIsRejected() {
        assertRejected(
                replace("adjustmentPerMonth: 0.2", "adjustmentPerMonth: 1.2"),
                27,
                IMPORTERS + "adjustmentPerMonth = '1.2'",
                "must be > 0 and <= 1");
    }

    @Test
    void anImporterShockSdAboveTwoIsRejected() {
        assertRejected(
                replace("importerShockSd: 0.1", "importerShockSd: 3"),
                28,
                IMPORTERS + "importerShockSd = '3'",
                "must be >= 0 and <= 2 (standard deviation of a log shock)");
    }

    @Test
    void aNegativeMarketShockSdIsRejected() {
        assertRejected(
                replace("marketShockSd: 0.04", "marketShockSd: -0.04"),
                29,
                IMPORTERS + "marketShockSd = '-0.04'",
                "must be >= 0 and <= 2 (standard deviation of a log shock)");
    }

    @Test
    void aMarketShockPersistenceOfOneIsRejected() {
        assertRejected(
                replace("marketShockPersistence: 0.8", "marketShockPersistence: 1"),
                30,
                IMPORTERS + "marketShockPersistence = '1'",
                "must be >= 0 and <= 0.999 (AR(1) coefficient, below 1)");
    }
}
