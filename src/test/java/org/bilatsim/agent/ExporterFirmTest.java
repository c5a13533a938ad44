package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bilatsim.economics.Productivity;
import org.bilatsim.engine.Collector;
import org.bilatsim.engine.Scenarios;
import org.bilatsim.engine.TradeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Monopolistically competitive exporters: a firm serves while its operating profit, revenue over
 * sigmaF, covers the fixed cost; the serving firms are a prefix of the productivity ranking; and a
 * calibrated number of active exporters holds in the base period whatever the number of potential
 * firms.
 */
class ExporterFirmTest {

    private static TradeModel started(Scenarios.Rice rice) {
        TradeModel model = new TradeModel(rice.config(), new Collector(), false);
        model.start();
        return model;
    }

    private static OriginSupply pakistan(TradeModel model) {
        return model.world().markets().get(0).origins()[0];
    }

    @Test
    void theServingFirmsAreThoseWhoseOperatingProfitCoversTheFixedCost() {
        TradeModel model = started(Scenarios.Rice.frictionless(4.4, -1)
                .withExporters("{count: 2000, paretoShape: 4, fixedCostUsdPerMonth: 300, withinOriginElasticity: 6}"));
        model.schedule.step(model);
        OriginSupply origin = pakistan(model);
        ExporterFirm[] firms = origin.firms();
        int serving = origin.servingCount();
        assertTrue(serving > 1 && serving < firms.length, "some but not all firms serve: " + serving);
        double revenue = origin.expectedRevenueUsd();
        double ahead = 0;
        for (int j = 0; j < serving; j++) {
            ahead += firms[j].weight();
            double profit = Productivity.operatingProfit(revenue * firms[j].weight() / ahead, 6) - 300;
            assertTrue(profit >= 0, "serving firm " + j + " covers its fixed cost: " + profit);
        }
        assertEquals(ahead, origin.servingWeight(), 0, "the serving set is the prefix of the ranking");
        double next = firms[serving].weight();
        assertTrue(Productivity.operatingProfit(revenue * next / (ahead + next), 6) < 300, "the next firm would lose");
        for (int j = 1; j < firms.length; j++) {
            assertTrue(firms[j].weight() <= firms[j - 1].weight(), "firms are ranked by productivity");
        }
    }

    @ParameterizedTest(name = "{0} potential firms")
    @ValueSource(ints = {200, 1_900, 19_000})
    void theBasePeriodHasTheCalibratedNumberOfActiveExporters(int potential) {
        TradeModel model = started(Scenarios.Rice.frictionless(4.4, -1)
                .withExporters("{count: " + potential + ", paretoShape: 4, activeExporters: 30}"));
        OriginSupply origin = pakistan(model);
        assertEquals(30, origin.servingCount(), "set-up");
        model.schedule.step(model);
        assertEquals(30, origin.servingCount(), "first month, before any policy");
        assertTrue(origin.fixedCostUsdPerMonth() > 0, "the fixed cost is solved, and positive");
        assertEquals(1.8e6 / 12, origin.expectedRevenueUsd(), 1e-6 * 1.8e6 / 12, "base revenue at customs value");
    }

    @Test
    void aFirmWhoseRevenueIsShortOfTheEntryRevenueDeclinesAtTheMargin() {
        double[] weights = {8, 4, 2, 1};
        double revenue = 1000;
        double sigmaF = 4;
        for (int active = 1; active < weights.length; active++) {
            double f = Productivity.calibratedFixedCost(weights, active, revenue, sigmaF);
            double prefix = 0;
            for (int j = 0; j < active; j++) {
                prefix += weights[j];
            }
            assertTrue(revenue * weights[active - 1] / prefix / sigmaF >= f, "the marginal firm serves");
            assertTrue(revenue * weights[active] / (prefix + weights[active]) / sigmaF < f, "the next does not");
        }
        assertEquals(
                0, Productivity.calibratedFixedCost(weights, 4, revenue, sigmaF), "every firm serves: no fixed cost");
    }

    /**
     * The number of potential firms only sets the resolution of the productivity distribution: with
     * 30 active exporters calibrated, removing the 15% duty brings about as many new exporters at
     * 200, 1,900 and 19,000 potential firms (a Pareto tail above the cutoff is again Pareto with the
     * same shape; Chaney 2008).
     */
    @Test
    void theActiveCountAfterADutyCutDoesNotDependOnThePotentialFirms() {
        double[] counts = new double[3];
        int[] potential = {200, 1_900, 19_000};
        for (int i = 0; i < 3; i++) {
            TradeModel model = started(Scenarios.Rice.frictionless(4.4, -1)
                    .withExporters("{count: " + potential[i] + ", paretoShape: 4, activeExporters: 30}"));
            for (int m = 0; m < model.config().months(); m++) {
                model.schedule.step(model);
            }
            counts[i] = pakistan(model).servingCount();
        }
        double mean = (counts[0] + counts[1] + counts[2]) / 3;
        for (int i = 0; i < 3; i++) {
            assertTrue(counts[i] > 30, "entry after the cut: " + counts[i]);
            assertEquals(mean, counts[i], 0.05 * mean, java.util.Arrays.toString(counts));
        }
    }

    /**
     * With idiosyncratic productivity shocks firms enter and exit every month, out of the order of
     * their permanent ranking; the base period still has the calibrated number of exporters, and
     * shipments still add up to the importers' books (checked each month by the run).
     */
    @Test
    void withProductivityShocksFirmsEnterAndExitOutOfTheirRankingOrder() {
        TradeModel model = started(Scenarios.Rice.frictionless(4.4, -1)
                .withExporters("{count: 2000, paretoShape: 4, activeExporters: 30, sunkCostUsd: 5000,"
                        + " productivityShockSd: 0.05, productivityShockPersistence: 0.95}"));
        OriginSupply origin = pakistan(model);
        assertEquals(30, origin.servingCount(), "set-up");
        FirmShocks shocks = origin.shocks();
        int n = origin.firms().length;
        boolean[] before = new boolean[n];
        int entries = 0;
        int exits = 0;
        boolean outOfOrder = false;
        for (int month = 0; month < 36; month++) {
            for (int j = 0; j < n; j++) {
                before[j] = shocks.serving(j);
            }
            model.schedule.step(model);
            int count = 0;
            for (int j = 0; j < n; j++) {
                entries += shocks.serving(j) && !before[j] ? 1 : 0;
                exits += !shocks.serving(j) && before[j] ? 1 : 0;
                count += shocks.serving(j) ? 1 : 0;
                outOfOrder |= shocks.serving(j) && j > 0 && !shocks.serving(j - 1);
            }
            assertEquals(count, origin.servingCount(), "month " + month);
        }
        assertTrue(entries > 0 && exits > 0, "entries " + entries + ", exits " + exits);
        assertTrue(outOfOrder, "some firm serves while a firm of higher permanent productivity does not");
    }

    /** Without shocks the origin keeps no per-firm state: the firms' prefix rule decides, as before. */
    @Test
    void withoutShocksThereIsNoPerFirmState() {
        TradeModel model = started(Scenarios.Rice.frictionless(4.4, -1)
                .withExporters("{count: 2000, paretoShape: 4, activeExporters: 30}"));
        assertEquals(null, pakistan(model).shocks());
    }
}
