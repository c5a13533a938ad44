package org.bilatsim.config;

import static org.bilatsim.config.ValidLevers.TEXT;
import static org.bilatsim.config.ValidLevers.onLine;
import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tourism} (tourism[0] on lines 140 to 148 of {@link ValidLevers}) and {@code contracts}
 * (contracts[0] "jets" on lines 150 to 156 with one delivery, contracts[1] "lng" on lines 157 to 168
 * with a recurring flow from line 162).
 */
class TourismAndContractRulesTest {

    private static final String NAME_RULE = "must be 1 to 40 lower-case letters, digits or '-'";

    @Test
    void tourismAndContractsAreRead() {
        ScenarioConfig config = parse(TEXT);
        assertEquals(
                List.of(new TourismRoute("pak-visitors", "PAK", "AZE", 80000, 700, 1000, 0.5, 0.03, true)),
                config.tourism());
        Contract jets = config.contracts().get(0);
        assertEquals(List.of(new Contract.Delivery(YearMonth.of(2025, 3), 4.0e7)), jets.deliveries());
        assertTrue(jets.countsTowardTarget(), "countsTowardTarget defaults to true");
        Contract lng = config.contracts().get(1);
        assertEquals(
                new Contract.Recurring(YearMonth.of(2024, 1), YearMonth.of(2026, 12), 3.0e7, 2, 0.5, 4.5e7),
                lng.recurring());
        assertTrue(!lng.countsTowardTarget());
    }

    // --- tourism

    @Test
    void aRouteNameWithCapitalsIsRejected() {
        assertRejected(onLine(140, "pak-visitors", "Pak-Visitors"), 140, "tourism[0].name = 'Pak-Visitors'", NAME_RULE);
    }

    @Test
    void aRouteNamedLikeAProductIsRejected() {
        assertRejected(
                onLine(140, "pak-visitors", "rice"),
                140,
                "tourism[0].name = 'rice'",
                "is already the name of a product, route, contract or commodity");
    }

    @Test
    void aRouteFromACountryNotListedIsRejected() {
        assertRejected(
                onLine(141, "PAK", "IND"),
                141,
                "tourism[0].visitorsFrom = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aRouteToTheVisitorsOwnCountryIsRejected() {
        assertRejected(onLine(142, "AZE", "PAK"), 142, "tourism[0].destination = 'PAK'", "must differ");
    }

    @Test
    void zeroBaseVisitorsAreRejected() {
        assertRejected(
                onLine(143, "80000", "0"),
                143,
                "tourism[0].baseVisitorsPerYear = '0'",
                "must be > 0 and <= 10000000000 (visitors per year)");
    }

    @Test
    void aNegativeSpendPerVisitorIsRejected() {
        assertRejected(
                onLine(144, "700", "-1"),
                144,
                "tourism[0].spendPerVisitorUsd = '-1'",
                "must be >= 0 and <= 1000000 (US$ per visitor)");
    }

    @Test
    void zeroBaseSeatsAreRejected() {
        assertRejected(
                onLine(145, "1000", "0"),
                145,
                "tourism[0].baseSeatsPerWeek = '0'",
                "must be > 0 and <= 10000000 (direct seats per week)");
    }

    @Test
    void aSeatElasticityAboveFiveIsRejected() {
        assertRejected(
                onLine(146, "0.5", "6"),
                146,
                "tourism[0].seatElasticity = '6'",
                "must be >= 0 and <= 5 (elasticity of visitors to seats)");
    }

    @Test
    void visitorGrowthGivenAsAPercentIsRejected() {
        assertRejected(
                onLine(147, "0.03", "3"),
                147,
                "tourism[0].growthPerYear = '3'",
                "must be >= -0.5 and <= 1 (fraction per year)");
    }

    @Test
    void countsTowardTargetMustBeTrueOrFalse() {
        assertRejected(
                onLine(148, "true", "yes"), 148, "tourism[0].countsTowardTarget = 'yes'", "must be true or false");
        assertRejected(onLine(148, "true", "1"), 148, "tourism[0].countsTowardTarget = '1'", "must be true or false");
    }

    @Test
    void aQuotedTrueIsRejected() {
        assertRejected(
                onLine(148, "true", "\"true\""),
                148,
                "tourism[0].countsTowardTarget = 'true'",
                "must be true or false");
    }

    // --- contracts

    @Test
    void anUnknownContractKindIsRejected() {
        assertRejected(
                onLine(151, "defence", "military"),
                151,
                "contracts[0].kind = 'military'",
                "must be one of defence, energy, other");
    }

    @Test
    void aContractNameWithCapitalsIsRejected() {
        assertRejected(onLine(150, "jets", "Jets"), 150, "contracts[0].name = 'Jets'", NAME_RULE);
    }

    @Test
    void aContractWithinOneCountryIsRejected() {
        assertRejected(
                onLine(153, "AZE", "PAK"), 153, "contracts[0].importer = 'PAK'", "must differ from the exporter");
    }

    @Test
    void aContractExporterNotListedIsRejected() {
        assertRejected(
                onLine(152, "PAK", "IND"),
                152,
                "contracts[0].exporter = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aContractWithNeitherDeliveriesNorRecurringIsRejected() {
        assertRejected(
                ValidLevers.replaceLines(154, 156, ""),
                150,
                "contracts[0]",
                "a contract needs deliveries, recurring, or both");
    }

    @Test
    void aDeliveryAfterTheSimulatedSpanIsRejected() {
        assertRejected(
                onLine(155, "2025-03", "2027-03"),
                155,
                "contracts[0].deliveries[0].date = '2027-03'",
                "must fall within the simulated span 2024-01 to 2026-12");
    }

    @Test
    void aDeliveryOfZeroDollarsIsRejected() {
        assertRejected(
                onLine(156, "40000000", "0"),
                156,
                "contracts[0].deliveries[0].valueUsd = '0'",
                "must be > 0 and <= 10000000000000 (US$)");
    }

    @Test
    void aMisspelledRecurringIsRejectedWithADidYouMean() {
        assertRejected(
                onLine(162, "recurring", "recurrent"),
                162,
                "contracts[1].recurrent",
                "unknown key 'recurrent' (did you mean 'recurring'?); allowed here: countsTowardTarget, deliveries,");
    }

    @Test
    void aRecurringFlowThatEndsBeforeItStartsIsRejected() {
        assertRejected(
                onLine(164, "2026-12", "2023-12"),
                164,
                "contracts[1].recurring.to = '2023-12'",
                "must not be before from 2024-01");
    }

    @Test
    void aRecurringDeliveryOfZeroDollarsIsRejected() {
        assertRejected(
                onLine(165, "30000000", "0"),
                165,
                "contracts[1].recurring.valueUsdPerDelivery = '0'",
                "must be > 0 and <= 1000000000000 (US$ per delivery)");
    }

    @Test
    void zeroDeliveriesPerMonthAreRejected() {
        assertRejected(
                onLine(166, "2", "0"),
                166,
                "contracts[1].recurring.deliveriesPerMonth = '0'",
                "must be a whole number from 1 to 1000");
    }

    @Test
    void anAcceptProbabilityAboveOneIsRejected() {
        assertRejected(
                onLine(167, "0.5", "1.5"),
                167,
                "contracts[1].recurring.acceptProbability = '1.5'",
                "must be >= 0 and <= 1 (probability the buyer takes a delivery)");
    }

    @Test
    void aCapacityOfZeroIsRejectedAndInfiniteIsAccepted() {
        assertRejected(
                onLine(168, "45000000", "0"),
                168,
                "contracts[1].recurring.capacityUsdPerMonth = '0'",
                "must be > 0 and <= 10000000000000 (US$ per month)");
        assertTrue(Double.isInfinite(parse(onLine(168, "45000000", "infinite"))
                .contracts()
                .get(1)
                .recurring()
                .capacityUsdPerMonth()));
    }

    @Test
    void aContractCountsTowardTargetMustBeTrueOrFalse() {
        assertRejected(
                onLine(161, "false", "maybe"),
                161,
                "contracts[1].countsTowardTarget = 'maybe'",
                "must be true or false");
    }

    @Test
    void aContractNamedLikeAProductIsRejected() {
        assertRejected(onLine(150, "jets", "rice"), 150, "contracts[0].name = 'rice'", "already");
    }

    @Test
    void twoContractsWithTheSameNameAreRejected() {
        assertRejected(onLine(157, "lng", "jets"), 157, "contracts[1].name = 'jets'", "already");
    }
}
