package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.onLine;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The origins under {@code products.<key>.sources}, with their {@code exporters}. */
class SourceRulesTest {

    private static final String PAK = "products.rice.sources.PAK.";
    private static final String EXPORTERS = PAK + "exporters.";
    private static final String ELASTICITY_RULE =
            "must be > 0 and <= 1000 (export supply elasticity, or the word infinite for price takers)";

    private static double pakElasticity(String text) {
        return parse(text).product("rice").orElseThrow().sources().get(0).exportSupplyElasticity();
    }

    // --- the origins

    @Test
    void aProductWithoutOriginsIsRejected() {
        assertRejected(
                replaceLines(56, 67, "    sources: {}"), 56, "products.urea.sources", "needs at least one origin");
    }

    @Test
    void anOriginNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(62, "ROW", "IND"),
                62,
                "products.urea.sources.IND",
                "origin 'IND' is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void anOriginEqualToTheImporterIsRejected() {
        assertRejected(
                onLine(32, "PAK", "AZE"),
                32,
                "products.rice.sources.AZE",
                "an origin must differ from the importer AZE (domestic supply is not modelled)");
    }

    @Test
    void aMisspelledSourceKeyIsRejectedWithADidYouMean() {
        assertRejected(
                replace("tradeCost: 1.1", "tradecost: 1.1"),
                35,
                PAK + "tradecost",
                "unknown key 'tradecost' (did you mean 'tradeCost'?); allowed here: awareness, basePriceUsd, baseValueUsd,"
                        + " exportSupplyElasticity, exporters, tradeCost");
    }

    @Test
    void anOriginWithoutExportersIsRejected() {
        assertRejected(
                replaceLines(46, 47, ""),
                44,
                "products.rice.sources.ROW.exporters",
                "missing required key 'exporters'");
    }

    // --- base flows

    @Test
    void aBaseValueOfZeroIsRejected() {
        assertRejected(
                replace("baseValueUsd: 1800000", "baseValueUsd: 0"),
                33,
                PAK + "baseValueUsd = '0'",
                "must be > 0 and <= 10000000000000 (annual customs value, US$ per year)");
    }

    @Test
    void aBaseValueAboveTenTrillionIsRejected() {
        assertRejected(
                replace("baseValueUsd: 1800000", "baseValueUsd: 2e13"),
                33,
                PAK + "baseValueUsd = '2e13'",
                "must be > 0 and <= 10000000000000");
    }

    @Test
    void aNegativeBasePriceIsRejected() {
        assertRejected(
                replace("basePriceUsd: 801", "basePriceUsd: -801"),
                34,
                PAK + "basePriceUsd = '-801'",
                "must be > 0 and <= 1000000000 (customs unit value, US$ per unit)");
    }

    @Test
    void aBasePriceAboveOneBillionIsRejected() {
        assertRejected(
                replace("basePriceUsd: 801", "basePriceUsd: 2e9"),
                34,
                PAK + "basePriceUsd = '2e9'",
                "must be > 0 and <= 1000000000");
    }

    @Test
    void aTradeCostBelowOneIsRejected() {
        assertRejected(
                replace("tradeCost: 1.1", "tradeCost: 0.9"),
                35,
                PAK + "tradeCost = '0.9'",
                "must be >= 1 and <= 10 (CIF/FOB ratio)");
    }

    @Test
    void aTradeCostAboveTenIsRejected() {
        assertRejected(
                replace("tradeCost: 1.1", "tradeCost: 11"),
                35,
                PAK + "tradeCost = '11'",
                "must be >= 1 and <= 10 (CIF/FOB ratio)");
    }

    // --- export supply elasticity

    @Test
    void anExportSupplyElasticityOfZeroIsRejected() {
        assertRejected(
                replace("exportSupplyElasticity: 5", "exportSupplyElasticity: 0"),
                36,
                PAK + "exportSupplyElasticity = '0'",
                ELASTICITY_RULE);
    }

    @Test
    void anExportSupplyElasticityAboveOneThousandIsRejected() {
        assertRejected(
                replace("exportSupplyElasticity: 5", "exportSupplyElasticity: 1001"),
                36,
                PAK + "exportSupplyElasticity = '1001'",
                ELASTICITY_RULE);
    }

    @Test
    void theWordInfiniteAndYamlInfinityMeanAPriceTaker() {
        assertTrue(Double.isInfinite(
                pakElasticity(replace("exportSupplyElasticity: 5", "exportSupplyElasticity: infinite"))));
        assertTrue(
                Double.isInfinite(pakElasticity(replace("exportSupplyElasticity: 5", "exportSupplyElasticity: .inf"))));
        assertTrue(Double.isInfinite(pakElasticity(replaceLines(36, 36, ""))), "the default is infinite");
    }

    @Test
    void minusInfinityIsRejectedAsAnExportSupplyElasticity() {
        assertRejected(
                replace("exportSupplyElasticity: 5", "exportSupplyElasticity: -.inf"),
                36,
                PAK + "exportSupplyElasticity = '-.inf'",
                "must be a number or the word infinite");
    }

    @Test
    void aMisspelledInfiniteIsRejected() {
        assertRejected(
                replace("exportSupplyElasticity: 5", "exportSupplyElasticity: infinity"),
                36,
                PAK + "exportSupplyElasticity = 'infinity'",
                "must be a number or the word infinite");
    }

    // --- awareness

    @Test
    void anAwarenessOfZeroIsRejected() {
        assertRejected(
                replace("awareness: 0.3", "awareness: 0"),
                37,
                PAK + "awareness = '0'",
                "must be > 0 and <= 1 (share of importers who know this origin)");
    }

    @Test
    void anAwarenessGivenAsAPercentIsRejected() {
        assertRejected(
                replace("awareness: 0.3", "awareness: 30"), 37, PAK + "awareness = '30'", "must be > 0 and <= 1");
    }

    // --- exporters

    @Test
    void zeroExportersAreRejected() {
        assertRejected(
                replace("count: 200", "count: 0"),
                39,
                EXPORTERS + "count = '0'",
                "must be a whole number from 1 to 20000000");
    }

    @Test
    void aMisspelledExporterKeyIsRejectedWithADidYouMean() {
        assertRejected(
                replace("count: 200", "cnt: 200"),
                39,
                EXPORTERS + "cnt",
                "unknown key 'cnt' (did you mean 'count'?); allowed here: activeExporters, costShare, count, discountRatePerYear, fixedCostUsdPerMonth, "
                        + "paretoShape, productivityShockPersistence, productivityShockSd, sunkCostUsd, "
                        + "withinOriginElasticity");
    }

    @Test
    void aParetoShapeOfZeroIsRejected() {
        assertRejected(
                replace("paretoShape: 4.0", "paretoShape: 0"),
                40,
                EXPORTERS + "paretoShape = '0'",
                "must be > 0 and <= 100 (shape of the Pareto productivity distribution)");
    }

    @Test
    void aParetoShapeAboveOneHundredIsRejected() {
        assertRejected(
                replace("paretoShape: 4.0", "paretoShape: 101"),
                40,
                EXPORTERS + "paretoShape = '101'",
                "must be > 0 and <= 100");
    }

    @Test
    void aCostShareOfOneIsRejected() {
        assertRejected(
                replace("costShare: 0.9", "costShare: 1"),
                41,
                EXPORTERS + "costShare = '1'",
                "must be > 0 and < 1 (retired, without effect (the markup sets the cost share))");
    }

    @Test
    void aCostShareOfZeroIsRejected() {
        assertRejected(
                replace("costShare: 0.9", "costShare: 0"), 41, EXPORTERS + "costShare = '0'", "must be > 0 and < 1");
    }

    @Test
    void aNegativeFixedCostIsRejected() {
        assertRejected(
                replace("fixedCostUsdPerMonth: 500", "fixedCostUsdPerMonth: -1"),
                42,
                EXPORTERS + "fixedCostUsdPerMonth = '-1'",
                "must be >= 0 and <= 1000000000 (US$ per month)");
    }

    @Test
    void aFixedCostAboveOneBillionPerMonthIsRejected() {
        assertRejected(
                replace("fixedCostUsdPerMonth: 500", "fixedCostUsdPerMonth: 2e9"),
                42,
                EXPORTERS + "fixedCostUsdPerMonth = '2e9'",
                "must be >= 0 and <= 1000000000");
    }

    @Test
    void exporterDefaultsApplyWhenOnlyTheCountIsGiven() {
        ExporterPopulation row = parse(ValidScenario.TEXT)
                .product("rice")
                .orElseThrow()
                .sources()
                .get(1)
                .exporters();
        assertEquals(new ExporterPopulation(1, 4.0, 0.9, 0), row);
    }
}
