package org.bilatsim.config;

import static org.bilatsim.config.ValidLevers.TEXT;
import static org.bilatsim.config.ValidLevers.onLine;
import static org.bilatsim.config.ValidLevers.replaceLines;
import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lever events of {@link ValidLevers}: events[3] a PTA (lines 107 to 119, concessions from line
 * 112), events[4] a tariff-rate quota (lines 120 to 128), events[5] new flights (lines 129 to 133).
 */
class LeverEventRulesTest {

    private static final String SPAN_RULE = "must fall within the simulated span 2024-01 to 2026-12";

    @Test
    void theLeverEventsAreRead() {
        List<PolicyEvent> events = parse(TEXT).events();
        PolicyEvent.Pta pta = assertInstanceOf(
                PolicyEvent.Pta.class,
                events.stream().filter(e -> e.type().equals("pta")).findFirst().orElseThrow());
        assertEquals(
                new PolicyEvent.Pta(
                        YearMonth.of(2025, 1),
                        "pak-aze-pta",
                        List.of(
                                new PolicyEvent.Concession("AZE", "rice", "PAK", 0.0),
                                new PolicyEvent.Concession("PAK", "urea", "AZE", 0.0)),
                        0.8),
                pta);
        assertTrue(events.contains(new PolicyEvent.TariffRateQuota(
                YearMonth.of(2025, 1), "AZE", "rice", "MFN", 0.05, 0.3, 50000, YearMonth.of(2026, 12))));
        assertTrue(events.contains(new PolicyEvent.Flights(YearMonth.of(2025, 6), "pak-visitors", 500, 0.98)));
    }

    @Test
    void aMisspelledLeverTypeIsRejectedWithAllSixTypes() {
        assertRejected(
                onLine(107, "pta", "ptaa"),
                107,
                "events[3].type = 'ptaa'",
                "must be one of duty, tradeCost, exhibition, pta, trq, flights",
                "(did you mean 'pta'?)");
    }

    @Test
    void anEventTypeThatIsNotAWordIsRejected() {
        assertRejected(onLine(107, "pta", "[pta]"), 107, "events[3].type", "expected a single word, found a list");
    }

    // --- PTA

    @Test
    void aPtaWithoutANameIsRejected() {
        assertRejected(onLine(109, "pak-aze-pta", "\"\""), 109, "events[3].name = ''", "must not be empty");
    }

    @Test
    void aPtaUtilizationAboveOneIsRejected() {
        assertRejected(
                onLine(110, "0.8", "1.2"),
                110,
                "events[3].utilization = '1.2'",
                "must be >= 0 and <= 1 (share of imports that claim the preference (rules of origin))");
    }

    @Test
    void aPtaUtilizationGivenAsAPercentIsRejected() {
        assertRejected(onLine(110, "0.8", "80"), 110, "events[3].utilization = '80'", "must be >= 0 and <= 1");
    }

    @Test
    void aPtaOutsideTheSimulatedSpanIsRejected() {
        assertRejected(onLine(108, "2025-01", "2023-01"), 108, "events[3].date = '2023-01'", SPAN_RULE);
    }

    @Test
    void aPtaWithoutConcessionsIsRejected() {
        assertRejected(
                replaceLines(111, 119, "    concessions: []"),
                111,
                "events[3].concessions",
                "a PTA needs at least one concession");
    }

    @Test
    void aPtaConcessionForMfnIsRejected() {
        assertRejected(
                onLine(114, "PAK", "MFN"),
                114,
                "events[3].concessions[0].partner = 'MFN'",
                "a PTA concession names a partner country, not MFN");
    }

    @Test
    void aPtaConcessionForAPartnerNotListedIsRejected() {
        assertRejected(
                onLine(114, "PAK", "IND"),
                114,
                "events[3].concessions[0].partner = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aPtaConcessionForAPartnerThatIsNotAnOriginIsRejected() {
        assertRejected(
                onLine(114, "PAK", "AZE"),
                114,
                "events[3].concessions[0].partner = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW)");
    }

    @Test
    void aPtaConcessionForANonOriginDoesNotOfferMfnAsAnAlternative() {
        ConfigException e = assertRejected(
                onLine(114, "PAK", "AZE"),
                114,
                "events[3].concessions[0].partner = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW)");
        assertTrue(!e.getMessage().contains("MFN"), e.getMessage());
    }

    @Test
    void aPtaConcessionOnAllProductsIsRejected() {
        assertRejected(
                onLine(113, "rice", "\"*\""),
                113,
                "events[3].concessions[0].product = '*'",
                "is not a product of this scenario; products: rice, urea");
    }

    @Test
    void aPtaConcessionByACountryThatDoesNotImportTheProductIsRejected() {
        assertRejected(
                onLine(112, "AZE", "PAK"),
                113,
                "events[3].concessions[0].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void aPtaConcessionRateGivenAsAPercentIsRejected() {
        assertRejected(
                onLine(115, "0.0", "5"),
                115,
                "events[3].concessions[0].rate = '5'",
                "duties and rates are fractions, not percents: for 5% write 0.05 (allowed: 0 to 1)");
    }

    @Test
    void anUnknownKeyInAConcessionIsRejected() {
        assertRejected(
                onLine(119, "rate: 0.0", "rate: 0.0\n        factor: 1"),
                120,
                "events[3].concessions[1].factor",
                "unknown key 'factor'; allowed here: importer, note, partner, product, rate");
    }

    // --- tariff-rate quota

    @Test
    void aQuotaOnAllProductsIsRejected() {
        assertRejected(
                onLine(123, "rice", "\"*\""),
                123,
                "events[4].product = '*'",
                "is not a product of this scenario; products: rice, urea");
    }

    @Test
    void aQuotaForAPartnerThatIsNotAnOriginIsRejected() {
        assertRejected(
                onLine(124, "MFN", "AZE"),
                124,
                "events[4].partner = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW), nor MFN");
    }

    @Test
    void aQuotaByACountryThatDoesNotImportTheProductIsRejected() {
        assertRejected(
                onLine(122, "AZE", "PAK"),
                123,
                "events[4].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void anInQuotaRateGivenAsAPercentIsRejected() {
        assertRejected(
                onLine(125, "0.05", "5"),
                125,
                "events[4].inQuotaRate = '5'",
                "duties and rates are fractions, not percents: for 5% write 0.05 (allowed: 0 to 1)");
    }

    @Test
    void anOutOfQuotaRateAboveOneIsRejected() {
        assertRejected(
                onLine(126, "0.3", "150"),
                126,
                "events[4].outOfQuotaRate = '150'",
                "must be a fraction from 0 to 1 (a duty above 100% of customs value is not accepted)");
    }

    @Test
    void aNegativeQuotaVolumeIsRejected() {
        assertRejected(
                onLine(127, "50000", "-1"),
                127,
                "events[4].quotaVolumePerYear = '-1'",
                "must be >= 0 and <= 1.0E15 (product units per year)");
    }

    @Test
    void aQuotaThatEndsBeforeItStartsIsRejected() {
        assertRejected(
                onLine(128, "2026-12", "2024-12"),
                128,
                "events[4].until = '2024-12'",
                "must not be before the event's date 2025-01");
    }

    // --- flights

    @Test
    void flightsOnARouteThatIsNotListedAreRejected() {
        assertRejected(
                onLine(131, "pak-visitors", "aze-visitors"),
                131,
                "events[5].route = 'aze-visitors'",
                "is not a tourism route of this scenario (routes: pak-visitors)");
    }

    @Test
    void flightsWithoutAnyTourismRouteAreRejectedWithAHint() {
        assertRejected(
                replaceLines(139, 148, ""),
                131,
                "events[5].route = 'pak-visitors'",
                "is not a tourism route of this scenario (there are none: add one under tourism)");
    }

    @Test
    void aSeatChangeBeyondAMillionPerWeekIsRejected() {
        assertRejected(
                onLine(132, "500", "2000000"),
                132,
                "events[5].seatsPerWeekChange = '2000000'",
                "must be >= -1000000 and <= 1000000 (seats per week added (or removed, if negative))");
    }

    @Test
    void aFlightsTradeCostFactorOfZeroIsRejected() {
        assertRejected(
                onLine(133, "0.98", "0"),
                133,
                "events[5].tradeCostFactor = '0'",
                "must be > 0 and <= 10 (multiplies goods trade costs between the two countries)");
    }

    @Test
    void flightsAfterTheSimulatedSpanAreRejected() {
        assertRejected(onLine(130, "2025-06", "2027-06"), 130, "events[5].date = '2027-06'", SPAN_RULE);
    }

    @Test
    void flightsCannotExpire() {
        assertRejected(
                onLine(133, "tradeCostFactor: 0.98", "tradeCostFactor: 0.98\n    until: 2026-01"),
                134,
                "events[5].until",
                "unknown key 'until'; allowed here: date, note, route, seatsPerWeekChange, tradeCostFactor, type");
    }
}
