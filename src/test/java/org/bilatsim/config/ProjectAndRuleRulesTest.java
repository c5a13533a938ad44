package org.bilatsim.config;

import static org.bilatsim.config.ValidLevers.TEXT;
import static org.bilatsim.config.ValidLevers.onLine;
import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * {@code projects} (projects[0] "mine" on lines 170 to 202 of {@link ValidLevers}) and {@code rules}
 * (rules[0] a safeguard on lines 204 to 211, rules[1] a promotion on lines 212 to 219).
 */
class ProjectAndRuleRulesTest {

    private static final String P = "projects[0].";

    @Test
    void projectsAndRulesAreRead() {
        ScenarioConfig config = parse(TEXT);
        Project mine = config.projects().get(0);
        assertEquals(YearMonth.of(2025, 7), mine.firstProduction());
        assertEquals(6, mine.rampUpMonths());
        assertEquals(
                new Project.ImportShare("AZE", 0.25, true), mine.importedCapex().get(0));
        assertEquals(
                new Project.Tranche("exim", 1.2e9, 0.06, 10, 2), mine.tranches().get(0));
        assertEquals(
                new Project.Commodity("copper", "tonnes", 120000, 9000, 0.2, "ROW", true),
                mine.commodities().get(0));
        assertEquals(new Project.Security(0.01, 3), mine.security());
        assertEquals(new Project.Infrastructure("railway", YearMonth.of(2026, 1), 0.5), mine.infrastructure());
        assertEquals(7500.0, mine.constructionJobs());
        assertEquals(
                new Rule.Safeguard("AZE", "rice", "PAK", 1.4, DutyLayer.CUSTOMS, 0.3, 12),
                config.rules().get(0));
        assertInstanceOf(Rule.Promotion.class, config.rules().get(1));
    }

    // --- projects

    @Test
    void aProjectNameWithCapitalsIsRejected() {
        assertRejected(
                onLine(170, "mine", "Mine"),
                170,
                P + "name = 'Mine'",
                "must be 1 to 40 lower-case letters, digits or '-'");
    }

    @Test
    void aProjectInACountryNotListedIsRejected() {
        assertRejected(
                onLine(171, "PAK", "IND"),
                171,
                P + "country = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void capitalSpendingThatEndsBeforeConstructionStartsIsRejected() {
        assertRejected(
                onLine(173, "2025-06", "2023-06"),
                173,
                P + "capexEnd = '2023-06'",
                "must not be before constructionStart 2024-01");
    }

    @Test
    void productionBeforeConstructionStartsIsRejected() {
        assertRejected(
                onLine(174, "2025-07", "2023-07"), 174, P + "firstProduction = '2023-07'", "constructionStart 2024-01");
    }

    @Test
    void aFirstProductionMonthThatDoesNotExistIsRejected() {
        assertRejected(
                onLine(174, "2025-07", "2025-13"),
                174,
                P + "firstProduction = '2025-13'",
                "is not a real month or date; write YYYY-MM");
    }

    @Test
    void aRampUpOfMoreThanTwentyYearsIsRejected() {
        assertRejected(
                onLine(175, "6", "241"), 175, P + "rampUpMonths = '241'", "must be a whole number from 0 to 240");
    }

    @Test
    void aNegativeCapexIsRejected() {
        assertRejected(
                onLine(176, "2400000000", "-1"),
                176,
                P + "capexUsd = '-1'",
                "must be >= 0 and <= 10000000000000 (US$)");
    }

    @Test
    void anImportedCapexShareAboveOneIsRejected() {
        assertRejected(
                onLine(179, "0.25", "1.25"),
                179,
                P + "importedCapex[0].share = '1.25'",
                "must be >= 0 and <= 1 (share of capex)");
    }

    @Test
    void importedCapexSharesAddingUpToMoreThanOneAreRejected() {
        String text = onLine(179, "share: 0.25", "share: 0.75\n      - exporter: ROW\n        share: 0.5");
        assertRejected(text, 181, P + "importedCapex[1].share = '0.5'", "the imported shares add up to more than 1");
    }

    @Test
    void importedCapexFromACountryNotListedIsRejected() {
        assertRejected(
                onLine(178, "AZE", "IND"),
                178,
                P + "importedCapex[0].exporter = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aLoanOfZeroDollarsIsRejected() {
        assertRejected(
                onLine(182, "1200000000", "0"),
                182,
                P + "tranches[0].amountUsd = '0'",
                "must be > 0 and <= 10000000000000 (US$)");
    }

    @Test
    void aLoanRateGivenAsAPercentIsRejected() {
        assertRejected(
                onLine(183, "0.06", "6"),
                183,
                P + "tranches[0].rate = '6'",
                "duties and rates are fractions, not percents: for 6% write 0.06 (allowed: 0 to 1)");
    }

    @Test
    void aLoanTenorOfZeroIsRejected() {
        assertRejected(
                onLine(184, "10", "0"), 184, P + "tranches[0].tenorYears = '0'", "must be > 0 and <= 50 (years)");
    }

    @Test
    void aGracePeriodAsLongAsTheTenorIsRejected() {
        assertRejected(
                onLine(185, "2", "10"), 185, P + "tranches[0].graceYears = '10'", "must be shorter than tenorYears 10");
    }

    @Test
    void aLoanWithoutALenderNameIsRejected() {
        assertRejected(onLine(181, "exim", "\"\""), 181, P + "tranches[0].lender = ''", "must not be empty");
    }

    @Test
    void aCommodityNameWithCapitalsIsRejected() {
        assertRejected(
                onLine(187, "copper", "Copper"),
                187,
                P + "commodities[0].name = 'Copper'",
                "must be 1 to 40 lower-case letters, digits or '-'");
    }

    @Test
    void aCommodityNamedLikeAProductIsRejected() {
        assertRejected(onLine(187, "copper", "rice"), 187, P + "commodities[0].name = 'rice'", "already");
    }

    @Test
    void zeroCapacityIsRejected() {
        assertRejected(
                onLine(189, "120000", "0"),
                189,
                P + "commodities[0].capacityPerYear = '0'",
                "must be > 0 and <= 1000000000000 (units per year at full capacity)");
    }

    @Test
    void aCommodityPriceOfZeroIsRejected() {
        assertRejected(
                onLine(190, "9000", "0"),
                190,
                P + "commodities[0].priceUsd = '0'",
                "must be > 0 and <= 1000000000 (US$ per unit)");
    }

    @Test
    void aPriceVolatilityAboveTwoIsRejected() {
        assertRejected(
                onLine(191, "0.2", "3"),
                191,
                P + "commodities[0].priceVolatility = '3'",
                "must be >= 0 and <= 2 (annual volatility of the log price)");
    }

    @Test
    void exportsToACountryNotListedAreRejected() {
        assertRejected(
                onLine(192, "ROW", "IND"),
                192,
                P + "commodities[0].exportTo = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void anIncidentProbabilityAboveOneIsRejected() {
        assertRejected(
                onLine(194, "0.01", "1.5"),
                194,
                P + "security.incidentProbabilityPerMonth = '1.5'",
                "must be >= 0 and <= 1 (probability)");
    }

    @Test
    void aDisruptionOfMoreThanTenYearsIsRejected() {
        assertRejected(
                onLine(195, "3", "121"),
                195,
                P + "security.disruptionMonths = '121'",
                "must be a whole number from 0 to 120");
    }

    @Test
    void aMalformedInfrastructureReadyDateIsRejected() {
        assertRejected(
                onLine(198, "2026-01", "someday"),
                198,
                P + "infrastructure.readyDate = 'someday'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD)");
    }

    @Test
    void aCapacityShareBeforeReadyAboveOneIsRejected() {
        assertRejected(
                onLine(199, "0.5", "1.5"),
                199,
                P + "infrastructure.capacityShareBeforeReady = '1.5'",
                "must be >= 0 and <= 1 (share of capacity)");
    }

    @Test
    void negativeJobsAreRejected() {
        assertRejected(
                onLine(201, "7500", "-1"), 201, P + "jobs.construction = '-1'", "must be >= 0 and <= 10000000 (jobs)");
    }

    @Test
    void moreThanTenMillionJobsAreRejected() {
        assertRejected(
                onLine(202, "4000", "2e7"), 202, P + "jobs.operation = '2e7'", "must be >= 0 and <= 10000000 (jobs)");
    }

    // --- rules

    @Test
    void aMisspelledRuleTypeIsRejectedWithADidYouMean() {
        assertRejected(
                onLine(204, "safeguard", "safegaurd"),
                204,
                "rules[0].type = 'safegaurd'",
                "must be one of safeguard, promotion (did you mean 'safeguard'?)");
    }

    @Test
    void aRuleWithoutATypeWordIsRejected() {
        assertRejected(onLine(204, "safeguard", "~"), 204, "rules[0].type", "expected a single word, found null");
    }

    @Test
    void aSafeguardOnAllProductsIsRejected() {
        assertRejected(
                onLine(206, "rice", "\"*\""),
                206,
                "rules[0].product = '*'",
                "is not a product of this scenario; products: rice, urea");
    }

    @Test
    void aSafeguardAgainstAPartnerThatIsNotAnOriginIsRejected() {
        assertRejected(
                onLine(207, "PAK", "AZE"),
                207,
                "rules[0].partner = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW), nor MFN");
    }

    @Test
    void aSafeguardByACountryThatDoesNotImportTheProductIsRejected() {
        assertRejected(
                onLine(205, "AZE", "PAK"),
                206,
                "rules[0].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void aSurgeRatioOfOneIsRejected() {
        assertRejected(
                onLine(208, "1.4", "1"),
                208,
                "rules[0].surgeRatio = '1'",
                "must be > 1 and <= 100 (imports over 12 months / base-year imports)");
    }

    @Test
    void anUnknownSafeguardLayerIsRejected() {
        assertRejected(
                onLine(209, "customs", "vat"),
                209,
                "rules[0].layer = 'vat'",
                "must be one of customs, regulatory, additional");
    }

    @Test
    void aSafeguardRateGivenAsAPercentIsRejected() {
        assertRejected(onLine(210, "0.3", "30"), 210, "rules[0].rate = '30'", "for 30% write 0.3 (allowed: 0 to 1)");
    }

    @Test
    void aSafeguardOfMoreThanFiftyYearsIsRejected() {
        assertRejected(
                onLine(211, "12", "601"),
                211,
                "rules[0].durationMonths = '601'",
                "must be a whole number from 1 to 600");
    }

    @Test
    void aSafeguardWithADateIsRejectedWithTheKeysAllowed() {
        assertRejected(
                onLine(204, "type: safeguard", "type: safeguard\n    date: 2025-01"),
                205,
                "rules[0].date",
                "unknown key 'date' (did you mean 'rate'?); allowed here: durationMonths, importer, layer, note, partner,"
                        + " product, rate, surgeRatio, type");
    }

    @Test
    void aPromotionByAnExporterThatIsNotAnOriginIsRejected() {
        assertRejected(
                onLine(213, "PAK", "AZE"),
                213,
                "rules[1].exporter = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW)");
    }

    @Test
    void aPromotionTargetYearNotAfterTheStartYearIsRejected() {
        assertRejected(
                onLine(216, "2030", "2024"),
                216,
                "rules[1].targetYear = '2024'",
                "must be a whole number from 2025 to 2300");
    }

    @Test
    void aPromotionEveryZeroMonthsIsRejected() {
        assertRejected(
                onLine(217, "6", "0"), 217, "rules[1].everyMonths = '0'", "must be a whole number from 1 to 120");
    }

    @Test
    void aPromotionFixedCostFactorOfZeroIsRejected() {
        assertRejected(
                onLine(218, "0.8", "0"),
                218,
                "rules[1].fixedCostFactor = '0'",
                "must be > 0 and <= 1 (multiplies exporters' fixed cost)");
    }

    @Test
    void aPromotionDiscoveryProbabilityAboveOneIsRejected() {
        assertRejected(
                onLine(219, "0.3", "1.3"),
                219,
                "rules[1].discoveryProbability = '1.3'",
                "must be >= 0 and <= 1 (probability)");
    }
}
