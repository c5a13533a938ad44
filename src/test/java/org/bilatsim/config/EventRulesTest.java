package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.onLine;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.replace;
import static org.bilatsim.config.ValidScenario.replaceLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The {@code events} list. Line 85 starts events[0] (a duty change PAK/urea/AZE dated 2025-01),
 * line 94 events[1] (a trade-cost change PAK to AZE, all products, 2025-06), line 100 events[2] (an
 * exhibition PAK to AZE, rice, 2026-03). The simulated span is 2024-01 to 2026-12.
 */
class EventRulesTest {

    private static final String SPAN_RULE =
            "must fall within the simulated span 2024-01 to 2026-12 (policy already in force at the start belongs under tariffs)";

    // --- the list and the type

    @Test
    void eventsGivenAsAMappingInsteadOfAListAreRejected() {
        assertRejected(
                replaceLines(84, 106, "events: {duty: 2025-01}"),
                84,
                "events",
                "expected a list of '- item' lines, found a mapping");
    }

    @Test
    void anEventWithoutATypeIsRejected() {
        assertRejected(replaceLines(85, 86, "  - date: 2025-01"), 85, "events[0].type", "missing required key 'type'");
    }

    @Test
    void aMisspelledEventTypeIsRejectedWithADidYouMean() {
        assertRejected(
                replace("type: tradeCost", "type: tradecost"),
                94,
                "events[1].type = 'tradecost'",
                "must be one of duty, tradeCost, exhibition",
                "(did you mean 'tradeCost'?)");
    }

    @Test
    void anUnknownEventTypeIsRejectedWithTheThreeTypes() {
        assertRejected(
                replace("type: tradeCost", "type: quota"),
                94,
                "events[1].type = 'quota'",
                "must be one of duty, tradeCost, exhibition");
    }

    @Test
    void aKeyOfAnotherEventTypeIsRejected() {
        assertRejected(
                replace("rate: 0.0", "rate: 0.0\n    factor: 0.9"),
                92,
                "events[0].factor",
                "unknown key 'factor'; allowed here: date, importer, layer, note, partner, product, rate, type, until");
    }

    @Test
    void anExhibitionCannotExpire() {
        assertRejected(
                replace("discoveryProbability: 0.1", "discoveryProbability: 0.1\n    until: 2026-06"),
                107,
                "events[2].until",
                "unknown key 'until'; allowed here: date, discoveryProbability, exporter, fixedCostFactor,"
                        + " importer, note, product, type");
    }

    // --- dates

    @Test
    void aMalformedEventDateIsRejected() {
        assertRejected(
                onLine(86, "2025-01", "2025/01"),
                86,
                "events[0].date = '2025/01'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD), e.g. 2024-12");
    }

    @Test
    void anEventDateThatIsNotARealMonthIsRejected() {
        assertRejected(
                onLine(86, "2025-01", "2025-13"),
                86,
                "events[0].date = '2025-13'",
                "is not a real month or date; write YYYY-MM, e.g. 2024-12");
    }

    @Test
    void anEmptyEventDateIsRejected() {
        assertRejected(onLine(86, " 2025-01", ""), 86, "events[0].date = ''", "has no value; it is required");
    }

    @Test
    void anEventBeforeTheSimulatedSpanIsRejected() {
        assertRejected(onLine(86, "2025-01", "2023-12"), 86, "events[0].date = '2023-12'", SPAN_RULE);
    }

    @Test
    void anEventAfterTheSimulatedSpanIsRejected() {
        assertRejected(onLine(101, "2026-03", "2027-01"), 101, "events[2].date = '2027-01'", SPAN_RULE);
    }

    @Test
    void eventsOnTheFirstAndLastSimulatedMonthsAreAccepted() {
        ScenarioConfig config = parse(onLine(86, "2025-01", "2024-01").replace("date: 2026-03", "date: 2026-12"));
        assertEquals(YearMonth.of(2024, 1), config.events().get(0).date());
        assertEquals(YearMonth.of(2026, 12), config.events().get(2).date());
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRejected() {
        assertRejected(
                onLine(92, "2025-12", "2024-12"),
                92,
                "events[0].until = '2024-12'",
                "must not be before the event's date 2025-01");
    }

    @Test
    void aTradeCostChangeThatEndsBeforeItStartsIsRejected() {
        assertRejected(
                replace("factor: 0.97", "factor: 0.97\n    until: 2025-05"),
                100,
                "events[1].until = '2025-05'",
                "must not be before the event's date 2025-06");
    }

    @Test
    void aMalformedEventEndIsRejected() {
        assertRejected(
                onLine(92, "2025-12", "soon"),
                92,
                "events[0].until = 'soon'",
                "must be a month written YYYY-MM (or a date YYYY-MM-DD)");
    }

    // --- references

    @Test
    void anEventImporterNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(87, "PAK", "IND"),
                87,
                "events[0].importer = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void anEventExporterNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(96, "PAK", "IND"),
                96,
                "events[1].exporter = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void anEventProductNotInTheScenarioIsRejectedWithADidYouMean() {
        assertRejected(
                onLine(88, "urea", "urae"),
                88,
                "events[0].product = 'urae'",
                "is not a product of this scenario (did you mean 'urea'?); products: rice, urea, or * for all");
    }

    @Test
    void anEventOnAProductTheImporterDoesNotImportIsRejected() {
        assertRejected(
                onLine(88, "urea", "rice"),
                88,
                "events[0].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void anExhibitionOnAProductTheImporterDoesNotImportIsRejected() {
        assertRejected(
                onLine(103, "AZE", "PAK"),
                104,
                "events[2].product = 'rice'",
                "is imported by AZE in this scenario, not by PAK");
    }

    @Test
    void aDutyEventPartnerNotListedUnderCountriesIsRejected() {
        assertRejected(
                onLine(89, "AZE", "IND"),
                89,
                "events[0].partner = 'IND'",
                "is not listed under countries (listed: PAK, AZE, ROW)");
    }

    @Test
    void aDutyEventPartnerThatIsNotAnOriginOfTheProductIsRejected() {
        assertRejected(
                onLine(89, "AZE", "PAK"),
                89,
                "events[0].partner = 'PAK'",
                "is not an origin of product urea (origins: AZE, ROW), nor MFN");
    }

    @Test
    void aDutyEventOnAllProductsAcceptsAnyListedPartner() {
        PolicyEvent.DutyChange duty = (PolicyEvent.DutyChange)
                parse(onLine(88, "urea", "\"*\"")).events().get(0);
        assertEquals(PolicyEvent.ALL_PRODUCTS, duty.product());
    }

    @Test
    void aTradeCostChangeFromAnExporterThatIsNotAnOriginOfTheProductIsRejected() {
        assertRejected(
                replaceLines(96, 98, "    exporter: AZE\n    importer: AZE\n    product: rice"),
                96,
                "events[1].exporter = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW)");
    }

    @Test
    void aTradeCostChangeOnAllProductsFromAnExporterThatSuppliesNoneOfThemIsRejected() {
        assertRejected(
                onLine(96, "PAK", "AZE"),
                96,
                "events[1].exporter = 'AZE'",
                "supplies none of AZE's products in this scenario");
    }

    @Test
    void anExhibitionForAnExporterThatIsNotAnOriginOfTheProductIsRejected() {
        assertRejected(
                onLine(102, "PAK", "AZE"),
                102,
                "events[2].exporter = 'AZE'",
                "is not an origin of product rice (origins: PAK, ROW)");
    }

    @Test
    void aTradeCostChangeFromTheRestOfTheWorldIsAccepted() {
        PolicyEvent.TradeCostChange change = (PolicyEvent.TradeCostChange)
                parse(onLine(96, "PAK", "ROW")).events().get(1);
        assertEquals("ROW", change.exporter());
    }

    // --- levers

    @Test
    void anUnknownDutyLayerIsRejectedWithTheThreeLayers() {
        assertRejected(
                replace("layer: customs", "layer: vat"),
                90,
                "events[0].layer = 'vat'",
                "must be one of customs, regulatory, additional");
    }

    @Test
    void aCapitalisedDutyLayerIsRejectedWithADidYouMean() {
        assertRejected(
                replace("layer: customs", "layer: Customs"),
                90,
                "events[0].layer = 'Customs'",
                "must be one of customs, regulatory, additional (did you mean 'customs'?)");
    }

    @Test
    void aDutyRateGivenAsAPercentIsRejectedWithTheFractionToWrite() {
        assertRejected(
                replace("rate: 0.0", "rate: 5"),
                91,
                "events[0].rate = '5'",
                "duties and rates are fractions, not percents: for 5% write 0.05 (allowed: 0 to 1)");
    }

    @Test
    void aNegativeDutyRateIsRejected() {
        assertRejected(
                replace("rate: 0.0", "rate: -0.05"), 91, "events[0].rate = '-0.05'", "must be a fraction from 0 to 1");
    }

    @Test
    void aTradeCostFactorOfZeroIsRejected() {
        assertRejected(
                replace("factor: 0.97", "factor: 0"),
                99,
                "events[1].factor = '0'",
                "must be > 0 and <= 10 (multiplies the CIF/FOB trade cost; 0.97 = 3% cheaper)");
    }

    @Test
    void aTradeCostFactorAboveTenIsRejected() {
        assertRejected(
                replace("factor: 0.97", "factor: 10.5"), 99, "events[1].factor = '10.5'", "must be > 0 and <= 10");
    }

    @Test
    void aFixedCostFactorOfZeroIsRejected() {
        assertRejected(
                replace("fixedCostFactor: 0.8", "fixedCostFactor: 0"),
                105,
                "events[2].fixedCostFactor = '0'",
                "must be > 0 and <= 1 (multiplies exporters' fixed cost; 0.8 = 20% lower)");
    }

    @Test
    void aFixedCostFactorAboveOneIsRejected() {
        assertRejected(
                replace("fixedCostFactor: 0.8", "fixedCostFactor: 1.2"),
                105,
                "events[2].fixedCostFactor = '1.2'",
                "must be > 0 and <= 1");
    }

    @Test
    void aDiscoveryProbabilityAboveOneIsRejected() {
        assertRejected(
                replace("discoveryProbability: 0.1", "discoveryProbability: 1.5"),
                106,
                "events[2].discoveryProbability = '1.5'",
                "must be >= 0 and <= 1 (probability)");
    }
}
