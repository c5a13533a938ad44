package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.bilatsim.agent.OriginSupply;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.economics.ExactCes;
import org.bilatsim.experiment.AnalyticComparison;
import org.junit.jupiter.api.Test;

/** Each policy lever moves the model in the direction, and by the size, its documentation claims. */
class LeversTest {
    /** The test rice market with the given events (YAML list items) and extra top-level sections. */
    private static ScenarioConfig rice(String events, String extra) {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 1.0, 0, 1.0, 0, 0.15, 0.15, "2024-06", "2027-12").yaml();
        yaml = yaml.replaceAll("events:\\n.*\\n", events.isEmpty() ? "" : "events:\n" + events);
        return ConfigLoader.parse("levers.yaml", yaml + extra, List.of());
    }

    private static Collector run(ScenarioConfig config) {
        Collector c = new Collector();
        SingleRun.run(config, c);
        return c;
    }

    private static double total(Collector c, String product, Metric metric, int year) {
        return c.observations.stream()
                .filter(o -> o.product().equals(product)
                        && o.metric() == metric
                        && o.period().getYear() == year)
                .mapToDouble(Observation::value)
                .sum();
    }

    @Test
    void aTemporaryDutyCutRaisesPartnerImportsAndThePreviousRateReturnsAfterIt() {
        Collector c = run(rice(
                "  - {type: duty, date: 2025-01, importer: AZE, product: rice, partner: PAK, "
                        + "layer: customs, rate: 0.0, until: 2025-12}\n",
                ""));
        assertEquals(0.15, c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        assertEquals(0.0, c.value(YearMonth.of(2025, 6), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        assertEquals(0.15, c.value(YearMonth.of(2026, 1), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        double before = c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double during = c.value(YearMonth.of(2025, 6), "PAK", "rice", Metric.TRADE_VALUE);
        // sigma 4.4, a 15% duty removed: partner imports rise by about (1.15)^4.4 = 1.85 at constant P.
        assertTrue(during / before > 1.6 && during / before < 1.9, "ratio " + during / before);
        assertEquals(before, c.value(YearMonth.of(2026, 6), "PAK", "rice", Metric.TRADE_VALUE), before * 1e-9);
    }

    @Test
    void aPtaAppliesItsPreferenceOnlyToTheUtilisedShareOfImports() {
        String pta = "  - type: pta\n    date: 2025-01\n    name: test-pta\n    utilization: %s\n"
                + "    concessions:\n      - {importer: AZE, product: rice, partner: PAK, rate: 0.0}\n";
        Collector full = run(rice(String.format(pta, "1.0"), ""));
        Collector half = run(rice(String.format(pta, "0.5"), ""));
        assertEquals(0.0, full.value(YearMonth.of(2025, 3), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        assertEquals(0.075, half.value(YearMonth.of(2025, 3), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        double base = full.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double withFull = full.value(YearMonth.of(2025, 3), "PAK", "rice", Metric.TRADE_VALUE);
        double withHalf = half.value(YearMonth.of(2025, 3), "PAK", "rice", Metric.TRADE_VALUE);
        assertTrue(base < withHalf && withHalf < withFull, base + " < " + withHalf + " < " + withFull);
    }

    @Test
    void aTariffRateQuotaChargesTheOutOfQuotaRateOnceTheYearsQuotaIsFilled() {
        // Partner imports are about 187 t a month; a 1,000 t quota fills in the sixth month.
        Collector c = run(rice(
                "  - {type: trq, date: 2025-01, importer: AZE, product: rice, partner: PAK, "
                        + "inQuotaRate: 0.0, outOfQuotaRate: 0.5, quotaVolumePerYear: 1000}\n",
                ""));
        double inQuota = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2025, m);
            if (c.value(month, "PAK", "rice", Metric.TARIFF_RATE) == 0.0) {
                inQuota += c.value(month, "PAK", "rice", Metric.TRADE_VOLUME);
            }
        }
        double largestMonth = c.observations.stream()
                .filter(o -> o.metric() == Metric.TRADE_VOLUME
                        && o.exporter().equals("PAK")
                        && o.period().getYear() == 2025)
                .mapToDouble(Observation::value)
                .max()
                .orElseThrow();
        assertTrue(inQuota >= 1000 && inQuota <= 1000 + largestMonth, "in-quota volume " + inQuota);
        assertEquals(0.5, c.value(YearMonth.of(2025, 12), "PAK", "rice", Metric.TARIFF_RATE), 1e-12);
        assertEquals(
                0.0,
                c.value(YearMonth.of(2026, 1), "PAK", "rice", Metric.TARIFF_RATE),
                1e-12,
                "the quota opens again each January");
    }

    @Test
    void moreFlightsBringVisitorsByTheSeatElasticityAndCheapenGoodsTrade() {
        String tourism = "tourism:\n  - {name: pak-visitors, visitorsFrom: PAK, destination: AZE, baseVisitorsPerYear: "
                + "80000, spendPerVisitorUsd: 700, baseSeatsPerWeek: 1000, seatElasticity: 0.5, countsTowardTarget: true}\n";
        Collector c = run(rice(
                "  - {type: flights, date: 2025-01, route: pak-visitors, seatsPerWeekChange: 1000, "
                        + "tradeCostFactor: 0.95}\n",
                tourism));
        double before = c.value(YearMonth.of(2024, 12), "AZE", "pak-visitors", Metric.TRADE_VOLUME);
        double after = c.value(YearMonth.of(2025, 1), "AZE", "pak-visitors", Metric.TRADE_VOLUME);
        assertEquals(80000 / 12.0, before, 1e-6);
        assertEquals(Math.sqrt(2), after / before, 1e-9, "seats doubled, elasticity 0.5");
        assertEquals(after * 700, c.value(YearMonth.of(2025, 1), "AZE", "pak-visitors", Metric.TRADE_VALUE), 1e-6);
        double landedBefore = c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.LANDED_PRICE);
        double landedAfter = c.value(YearMonth.of(2025, 1), "PAK", "rice", Metric.LANDED_PRICE);
        assertEquals(0.95, landedAfter / landedBefore, 1e-12);
    }

    @Test
    void anExhibitionIntroducesThePartnerToImportersAndLowersExportersFixedCost() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 1.0, 800, 0.35, 0, 0.15, 0.15, "2025-01", "2026-12")
                .yaml()
                .replaceAll(
                        "events:\\n.*\\n",
                        "events:\n  - {type: exhibition, date: 2025-01, exporter: PAK, importer: AZE,"
                                + " product: rice, fixedCostFactor: 0.5, discoveryProbability: 0.5}\n");
        Collector c = run(ConfigLoader.parse("fair.yaml", yaml, List.of()));
        double before = c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double after = c.value(YearMonth.of(2025, 6), "PAK", "rice", Metric.TRADE_VALUE);
        assertTrue(after > 1.5 * before, before + " -> " + after);
        assertTrue(c.value(YearMonth.of(2025, 6), "PAK", "rice", Metric.ACTIVE_EXPORTERS)
                > c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS));
    }

    @Test
    void contractsDeliverLumpsAndDeclinedOrCappedCargoes() {
        String contracts = """
                contracts:
                  - name: jets
                    kind: defence
                    exporter: PAK
                    importer: AZE
                    deliveries: [{date: 2025-03, valueUsd: 40000000}]
                  - name: lng
                    kind: energy
                    exporter: AZE
                    importer: PAK
                    countsTowardTarget: false
                    recurring: {from: 2024-01, to: 2027-12, valueUsdPerDelivery: 30000000, deliveriesPerMonth: 2,
                                acceptProbability: 0.5, capacityUsdPerMonth: 45000000}
                """;
        Collector c = run(rice("", contracts));
        assertEquals(40e6, total(c, "jets", Metric.TRADE_VALUE, 2025), 1e-6);
        assertEquals(0, total(c, "jets", Metric.TRADE_VALUE, 2026));
        double lng = total(c, "lng", Metric.FLOW_VALUE_NOT_COUNTED, 2025);
        assertEquals(0, total(c, "lng", Metric.TRADE_VALUE, 2025), "LNG of third-party origin does not count");
        assertTrue(lng > 0 && lng <= 12 * 45e6, "capped at 45m a month: " + lng);
        assertTrue(lng < 12 * 2 * 30e6 * 0.8, "about half the cargoes are declined: " + lng);
    }

    private static final String PROJECT = """
            projects:
              - name: mine
                country: PAK
                constructionStart: 2024-01
                capexEnd: 2025-12
                firstProduction: 2026-01
                rampUpMonths: 1
                capexUsd: 2400000000
                importedCapex: [{exporter: AZE, share: 0.25}]
                tranches: [{lender: exim, amountUsd: 1200000000, rate: 0.06, tenorYears: 3, graceYears: 1}]
                commodities: [{name: copper, unit: tonnes, capacityPerYear: 120000, priceUsd: 9000, exportTo: ROW}]
                security: {incidentProbabilityPerMonth: %s, disruptionMonths: 3}
                infrastructure: {name: railway, readyDate: 2027-01, capacityShareBeforeReady: 0.5}
                jobs: {construction: 7500, operation: 4000}
            """;

    @Test
    void aProjectSpendsImportsBorrowsRepaysAndProducesCappedUntilTheRailwayIsReady() {
        Collector c = run(rice("", String.format(PROJECT, "0.0")));
        assertEquals(1.2e9, total(c, "mine", Metric.PROJECT_CAPEX, 2024), 1);
        assertEquals(0.25 * 1.2e9, total(c, "mine-equipment", Metric.TRADE_VALUE, 2025), 1);
        assertEquals(
                0.5 * 10000,
                c.value(YearMonth.of(2026, 6), "PAK", "copper", Metric.PROJECT_OUTPUT),
                1e-9,
                "half capacity before the railway");
        assertEquals(10000, c.value(YearMonth.of(2027, 6), "PAK", "copper", Metric.PROJECT_OUTPUT), 1e-9);
        assertEquals(
                9000 * 10000,
                c.value(YearMonth.of(2027, 6), "PAK", "copper", Metric.TRADE_VALUE),
                1e-3,
                "exports at the (non-volatile) world price");
        assertEquals(
                1.2e9 * 0.06 / 12 / 24,
                c.value(YearMonth.of(2024, 2), "PAK", "mine", Metric.DEBT_SERVICE),
                1,
                "interest on the first month's draw is paid from the second month");
        assertTrue(
                c.value(YearMonth.of(2026, 12), "PAK", "mine", Metric.DEBT_OUTSTANDING)
                        < c.value(YearMonth.of(2025, 12), "PAK", "mine", Metric.DEBT_OUTSTANDING),
                "repayment after grace");
        assertEquals(4000, c.value(YearMonth.of(2027, 6), "PAK", "mine", Metric.JOBS), 1e-9);
    }

    @Test
    void securityIncidentsStopOutputInTheirMonths() {
        Collector c = run(rice("", String.format(PROJECT, "0.2")));
        int disrupted = 0;
        for (YearMonth m = YearMonth.of(2027, 1); !m.isAfter(YearMonth.of(2027, 12)); m = m.plusMonths(1)) {
            boolean stopped = c.value(m, "PAK", "mine", Metric.DISRUPTED) == 1;
            double output = c.value(m, "PAK", "copper", Metric.PROJECT_OUTPUT);
            assertEquals(stopped ? 0 : 10000, output, 1e-9, m.toString());
            disrupted += stopped ? 1 : 0;
        }
        assertTrue(disrupted > 0 && disrupted < 12, "some months disrupted: " + disrupted);
    }

    @Test
    void aSafeguardReimposesTheDutyWhenPartnerImportsSurge() {
        String rules = "rules:\n  - {type: safeguard, importer: AZE, product: rice, partner: PAK, surgeRatio: 1.4, "
                + "layer: customs, rate: 0.30, durationMonths: 12}\n";
        Collector c = run(rice(
                "  - {type: duty, date: 2024-06, importer: AZE, product: rice, partner: PAK, "
                        + "layer: customs, rate: 0.0}\n",
                rules));
        boolean imposed = c.observations.stream()
                .anyMatch(o -> o.metric() == Metric.TARIFF_RATE && o.exporter().equals("PAK") && o.value() == 0.30);
        assertTrue(imposed, "partner imports nearly double after the cut, past 1.4 times base");
    }

    @Test
    void aPromotionRuleHoldsExhibitionsWhileTradeIsBehindTheTargetPath() {
        String yaml = new Scenarios.Rice(4.4, -1, "infinite", 1.0, 800, 0.35, 0, 0.15, 0.15, "2025-01", "2027-12")
                .yaml()
                .replaceAll("events:\\n.*\\n", "");
        String rules = "rules:\n  - {type: promotion, exporter: PAK, importer: AZE, product: rice, targetYear: 2030, "
                + "everyMonths: 6, fixedCostFactor: 0.8, discoveryProbability: 0.3}\n";
        Collector withRule = run(ConfigLoader.parse("p.yaml", yaml + rules, List.of()));
        Collector without = run(ConfigLoader.parse("p.yaml", yaml, List.of()));
        YearMonth last = YearMonth.of(2027, 12);
        double promoted = withRule.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        double left = without.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        assertTrue(
                promoted > 2 * left, "exhibitions introduce Pakistani rice to importers: " + left + " -> " + promoted);
    }

    /** The test rice market with Pakistan's exporters monopolistically competitive: 30 of 3,000 serve in the base. */
    private static String firmRice(String events, String rules, double sigmaF) {
        String yaml = Scenarios.Rice.frictionless(4.4, -1)
                .withDuties(0.15, 0.15)
                .withExporters(
                        "{count: 3000, paretoShape: 4, activeExporters: 30, withinOriginElasticity: " + sigmaF + "}")
                .yaml()
                .replace("end: 2029-12", "end: 2028-12");
        return yaml.replaceAll("events:\\n.*\\n", events.isEmpty() ? "" : "events:\n" + events) + rules;
    }

    private static ExactCes.Firms pakistanFirms(TradeModel model, double fixedCostFactor) {
        OriginSupply pak = model.world().markets().get(0).origins()[0];
        return new ExactCes.Firms(
                pak.salesWeights(), pak.baseFixedCostUsdPerMonth() * fixedCostFactor, pak.withinOriginElasticity(), 12);
    }

    /**
     * An exhibition's fixed-cost factor acts on trade: with every importer already aware of Pakistan
     * (no discovery), halving the fixed cost lets more firms serve, lowers Pakistan's price index and
     * raises its exports, by exactly the finite-firm equilibrium's amount in the long run.
     */
    @Test
    void anExhibitionsLowerFixedCostRaisesTradeThroughEntry() {
        ScenarioConfig config = ConfigLoader.parse(
                "fair.yaml",
                firmRice(
                        "  - {type: exhibition, date: 2025-01, "
                                + "exporter: PAK, importer: AZE, product: rice, fixedCostFactor: 0.5, discoveryProbability: 0}\n",
                        "",
                        4.4),
                List.of());
        Collector c = new Collector();
        TradeModel model = new TradeModel(config, c, false);
        SingleRun.run(model, c);
        YearMonth last = YearMonth.of(2028, 12);
        double before = c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double after = c.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        assertEquals(30, c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS));
        assertTrue(c.value(last, "PAK", "rice", Metric.ACTIVE_EXPORTERS) > 40, "more firms serve");
        ExactCes.Change exact = ExactCes.compare(
                AnalyticComparison.market(config, config.products().get(0)),
                new ExactCes.Firms[] {pakistanFirms(model, 1), null},
                new ExactCes.Firms[] {pakistanFirms(model, 0.5), null},
                new double[] {0.15, 0.15},
                new double[] {0.15, 0.15},
                new double[] {1, 1});
        double exactRatio = exact.after().values()[0] / exact.before().values()[0];
        assertTrue(exactRatio > 1.05, "the exact finite-firm model gains too: " + exactRatio);
        assertEquals(exact.after().servingFirms()[0], c.value(last, "PAK", "rice", Metric.ACTIVE_EXPORTERS));
        assertEquals(exactRatio, after / before, 1e-6 * exactRatio, "size: the finite-firm equilibrium");
    }

    /** The promotion rule's fixed-cost factor acts on trade even when every importer already knows Pakistan. */
    @Test
    void aPromotionRulesLowerFixedCostRaisesTradeWithoutDiscovery() {
        String rules = "rules:\n  - {type: promotion, exporter: PAK, importer: AZE, product: rice, targetYear: 2030, "
                + "everyMonths: 6, fixedCostFactor: 0.8, discoveryProbability: 0}\n";
        Collector with = run(ConfigLoader.parse("p.yaml", firmRice("", rules, 4.4), List.of()));
        Collector without = run(ConfigLoader.parse("p.yaml", firmRice("", "", 4.4), List.of()));
        YearMonth last = YearMonth.of(2028, 12);
        double promoted = with.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        double left = without.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        assertEquals(
                without.value(YearMonth.of(2024, 1), "PAK", "rice", Metric.TRADE_VALUE),
                left,
                left * 1e-9,
                "without the rule nothing moves");
        // Each exhibition cuts the fixed cost by 20%; after several, the entry of lower-productivity
        // firms lowers Pakistan's price index: trade rises, and by more than 5%.
        assertTrue(promoted > 1.05 * left, left + " -> " + promoted);
        assertTrue(with.value(last, "PAK", "rice", Metric.ACTIVE_EXPORTERS) > 30);
    }

    /**
     * A trade-cost cut raises trade through both margins with fixed costs: more than the CES response
     * alone, and by the finite-firm equilibrium's amount.
     */
    @Test
    void aTradeCostCutRaisesTradeThroughBothMargins() {
        String event =
                "  - {type: tradeCost, date: 2025-01, exporter: PAK, importer: AZE, product: rice, factor: 0.9}\n";
        ScenarioConfig config = ConfigLoader.parse("t.yaml", firmRice(event, "", 4.4), List.of());
        Collector c = new Collector();
        TradeModel model = new TradeModel(config, c, false);
        SingleRun.run(model, c);
        double before = c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
        double after = c.value(YearMonth.of(2028, 12), "PAK", "rice", Metric.TRADE_VALUE);
        ExactCes.Market market =
                AnalyticComparison.market(config, config.products().get(0));
        double[] t = {0.15, 0.15};
        double[] cut = {0.9, 1};
        ExactCes.Change exact = ExactCes.compare(
                market,
                new ExactCes.Firms[] {pakistanFirms(model, 1), null},
                new ExactCes.Firms[] {pakistanFirms(model, 1), null},
                t,
                t,
                cut);
        ExactCes.Change ces = ExactCes.compare(market, new ExactCes.Firms[2], new ExactCes.Firms[2], t, t, cut);
        double exactRatio = exact.after().values()[0] / exact.before().values()[0];
        double cesRatio = ces.after().values()[0] / ces.before().values()[0];
        assertTrue(exactRatio > cesRatio, "entry adds to the CES response: " + exactRatio + " vs " + cesRatio);
        assertEquals(exactRatio, after / before, 1e-6 * exactRatio, "size: the finite-firm equilibrium");
    }

    /**
     * The within-origin elasticity: with fixed costs, the partner's response to a duty cut follows the
     * finite-firm equilibrium for each sigmaF, and differs between sigmaF = sigma and sigmaF = 8.
     */
    @Test
    void theWithinOriginElasticityShapesTheResponseToADutyCut() {
        double[] ratios = new double[2];
        double[] sigmaFs = {4.4, 8};
        for (int i = 0; i < 2; i++) {
            String event =
                    "  - {type: duty, date: 2025-01, importer: AZE, product: rice, partner: PAK, layer: customs, "
                            + "rate: 0.0}\n";
            ScenarioConfig config = ConfigLoader.parse("s.yaml", firmRice(event, "", sigmaFs[i]), List.of());
            Collector c = new Collector();
            TradeModel model = new TradeModel(config, c, false);
            SingleRun.run(model, c);
            ratios[i] = c.value(YearMonth.of(2028, 12), "PAK", "rice", Metric.TRADE_VALUE)
                    / c.value(YearMonth.of(2024, 12), "PAK", "rice", Metric.TRADE_VALUE);
            ExactCes.Firms[] firms = {pakistanFirms(model, 1), null};
            ExactCes.Change exact = ExactCes.compare(
                    AnalyticComparison.market(config, config.products().get(0)),
                    firms,
                    new double[] {0.15, 0.15},
                    new double[] {0, 0.15});
            double exactRatio = exact.after().values()[0] / exact.before().values()[0];
            assertEquals(exactRatio, ratios[i], 1e-6 * exactRatio, "sigmaF " + sigmaFs[i]);
        }
        assertTrue(Math.abs(ratios[0] / ratios[1] - 1) > 0.01, "sigmaF matters: " + ratios[0] + " vs " + ratios[1]);
    }

    /**
     * The sunk cost of starting to serve: after a temporary duty cut the exporters go back to the
     * calibrated 30 without one; with one, those who entered during the cut stay while their profit
     * covers the fixed cost (the band of inaction).
     */
    @Test
    void aSunkCostMakesATemporaryDutyCutsEntrantsStay() {
        String event = "  - {type: duty, date: 2025-01, importer: AZE, product: rice, partner: PAK, layer: customs, "
                + "rate: 0.0, until: 2025-12}\n";
        double[] during = new double[3];
        double[] after = new double[3];
        double[] sunk = {0, 10_000, 30_000};
        for (int i = 0; i < 3; i++) {
            String yaml = firmRice(event, "", 4.4)
                    .replace("activeExporters: 30", "activeExporters: 30, sunkCostUsd: " + sunk[i]);
            Collector c = run(ConfigLoader.parse("sunk.yaml", yaml, List.of()));
            during[i] = c.value(YearMonth.of(2025, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS);
            after[i] = c.value(YearMonth.of(2028, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS);
        }
        assertEquals(30, after[0], "without a sunk cost the count returns to the calibrated one");
        assertTrue(during[0] > 30, "the cut brings entry");
        assertTrue(after[1] > 30 && after[2] > 30, "entrants stay after the cut: " + after[1] + ", " + after[2]);
        // The calibrated count pins the entry threshold (fixed cost plus annualised sunk cost), so the
        // cut brings the same entrants; a larger sunk cost means a lower fixed cost, so more of them stay.
        assertEquals(during[0], during[1]);
        assertEquals(during[0], during[2]);
        assertTrue(after[2] >= after[1], "a larger sunk cost keeps more: " + java.util.Arrays.toString(after));
    }

    /**
     * The sunk cost's size on trade: after a temporary duty cut, the firms that entered stay while
     * their operating profit covers the fixed cost. Here every entrant still covers it (the
     * equilibrium at the exit threshold alone would hold more firms), so the lasting state is the
     * finite-firm equilibrium with exactly the firms that served at the end of the cut, where the base
     * was the one at the entry threshold (fixed cost plus annualised sunk cost); without a sunk cost
     * trade returns to its base.
     */
    @Test
    void aSunkCostsLastingTradeGainIsTheFiniteFirmEquilibriumOfTheFirmsThatEntered() {
        String event = "  - {type: duty, date: 2025-01, importer: AZE, product: rice, partner: PAK, layer: customs, "
                + "rate: 0.0, until: 2025-12}\n";
        ScenarioConfig none = ConfigLoader.parse("sunk.yaml", firmRice(event, "", 4.4), List.of());
        ScenarioConfig config = ConfigLoader.parse(
                "sunk.yaml",
                firmRice(event, "", 4.4).replace("activeExporters: 30", "activeExporters: 30, sunkCostUsd: 30000"),
                List.of());
        Collector c = new Collector();
        TradeModel model = new TradeModel(config, c, false);
        SingleRun.run(model, c);
        Collector without = run(none);
        YearMonth base = YearMonth.of(2024, 12);
        YearMonth last = YearMonth.of(2028, 12);
        double before = c.value(base, "PAK", "rice", Metric.TRADE_VALUE);
        double after = c.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        double returned = without.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        assertEquals(
                without.value(base, "PAK", "rice", Metric.TRADE_VALUE),
                returned,
                1e-4 * returned,
                "no sunk cost: back to the base (the importers close 20% of the gap a month)");
        assertTrue(after > 1.02 * before, "direction: trade stays higher with a sunk cost: " + before + " -> " + after);
        int stayed = (int) c.value(last, "PAK", "rice", Metric.ACTIVE_EXPORTERS);
        assertEquals(c.value(YearMonth.of(2025, 12), "PAK", "rice", Metric.ACTIVE_EXPORTERS), stayed, "all stay");
        OriginSupply pak = model.world().markets().get(0).origins()[0];
        double exit = pak.baseFixedCostUsdPerMonth();
        double entry = exit
                + 30000 * config.products().get(0).sources().get(0).exporters().monthlyDiscountRate();
        double[] t = {0.15, 0.15};
        double sigmaF = pak.withinOriginElasticity();
        ExactCes.Market market =
                AnalyticComparison.market(config, config.products().get(0));
        ExactCes.Change atExit = ExactCes.compare(
                market,
                new ExactCes.Firms[] {new ExactCes.Firms(pak.salesWeights(), entry, sigmaF, 12), null},
                new ExactCes.Firms[] {new ExactCes.Firms(pak.salesWeights(), exit, sigmaF, 12), null},
                t,
                t,
                new double[] {1, 1});
        assertEquals(30, atExit.before().servingFirms()[0], "the base: the entry threshold's 30 firms");
        assertTrue(atExit.after().servingFirms()[0] > stayed, "every entrant covers the fixed cost");
        ExactCes.Change exact = ExactCes.compare(
                market,
                new ExactCes.Firms[] {new ExactCes.Firms(pak.salesWeights(), entry, sigmaF, 12), null},
                new ExactCes.Firms[] {
                    new ExactCes.Firms(java.util.Arrays.copyOf(pak.salesWeights(), stayed), 0, sigmaF, 12), null
                },
                t,
                t,
                new double[] {1, 1});
        double exactRatio = exact.after().values()[0] / exact.before().values()[0];
        assertEquals(exactRatio, after / before, 1e-4 * exactRatio, "size: the equilibrium of the firms that stayed");
    }
}
