package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.bilatsim.agent.OriginSupply;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.economics.ExactCes;
import org.bilatsim.experiment.AnalyticComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With frictions off (every importer knows every origin, no shocks) and no fixed costs, the agents'
 * long run must equal the exact CES/Armington equilibrium within 1%, whatever the importers' inertia
 * and sizes. With fixed costs, exporters enter and exit and the long run must equal the exact
 * equilibrium of the same nested model with the same finite set of firms.
 */
class LongRunMatchesExactCesTest {

    private static void assertLongRunMatches(Scenarios.Rice rice) {
        ScenarioConfig config = rice.config();
        Collector run = new Collector();
        SingleRun.run(config, run);
        ExactCes.Change exact = ExactCes.compare(
                AnalyticComparison.market(config, config.products().get(0)),
                new double[] {rice.t0(), 0.15},
                new double[] {rice.t1(), 0.15});
        YearMonth last = config.end();
        double partner = 12 * run.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        double rest = 12 * run.value(last, "ROW", "rice", Metric.TRADE_VALUE);
        assertEquals(exact.after().values()[0], partner, 0.01 * exact.after().values()[0], "imports from PAK");
        assertEquals(exact.after().values()[1], rest, 0.01 * exact.after().values()[1], "imports from ROW");
        double price = run.value(last, "PAK", "rice", Metric.EXPORT_PRICE) * 1.1;
        assertEquals(
                exact.after().customsPrices()[0], price, 0.01 * exact.after().customsPrices()[0], "PAK price");
        assertBaseFlows(config, run);
    }

    /** The first month, before the event, reproduces the base flows (calibration, within 0.1%). */
    private static void assertBaseFlows(ScenarioConfig config, Collector run) {
        YearMonth first = config.start();
        assertEquals(1.8e6 / 12, run.value(first, "PAK", "rice", Metric.TRADE_VALUE), 1.8e6 / 12 * 1e-3);
        assertEquals(48.8e6 / 12, run.value(first, "ROW", "rice", Metric.TRADE_VALUE), 48.8e6 / 12 * 1e-3);
    }

    @ParameterizedTest(name = "sigma {0}, Em {1}: removing the 15% duty")
    @CsvSource({"1.5, -0.5", "1.5, -3", "4.4, -1", "4.4, -3", "8, -0.5", "8, -3", "2.65, -1.7"})
    void dutyRemovalConvergesToTheExactEquilibrium(double sigma, double em) {
        assertLongRunMatches(Scenarios.Rice.frictionless(sigma, em));
    }

    @ParameterizedTest(name = "sigma {0}, Em {1}: partial cut 15% to 5%")
    @CsvSource({"4.4, -1", "8, -2"})
    void partialCutConvergesToTheExactEquilibrium(double sigma, double em) {
        assertLongRunMatches(Scenarios.Rice.frictionless(sigma, em).withDuties(0.15, 0.05));
    }

    @ParameterizedTest(name = "sigma {0}, Em {1}, Ex {2}: finite export supply")
    @CsvSource({"4.4, -1, 2", "8, -3, 0.5", "1.5, -0.5, 5"})
    void finiteSupplyElasticityConvergesToTheExactEquilibrium(double sigma, double em, String ex) {
        assertLongRunMatches(Scenarios.Rice.frictionless(sigma, em).withSupplyElasticity(ex));
    }

    @ParameterizedTest(name = "importers close {0} of the gap a month, no fixed cost")
    @CsvSource({"0.1", "0.5", "1.0"})
    void withoutFixedCostsTheFirmsLeaveTheCesAggregate(double adjustment) {
        assertLongRunMatches(Scenarios.Rice.frictionless(4.4, -1).withFrictions(adjustment, 0, 1.0));
    }

    @ParameterizedTest(name = "a duty rise from {0} to {1}")
    @CsvSource({"0, 0.15", "0.05, 0.30"})
    void dutyRiseConvergesToTheExactEquilibrium(double t0, double t1) {
        assertLongRunMatches(Scenarios.Rice.frictionless(4.4, -1).withDuties(t0, t1));
    }

    /**
     * Positive fixed costs, no shocks: the agents' long run equals the exact finite-firm equilibrium
     * (the same firms, active set and prices by fixed point) within 1e-6, and entry raises the
     * partner's gain above the CES one for a duty cut (below it for a rise).
     */
    @ParameterizedTest(name = "sigma {0}, sigmaF {1}, k {2}, duty {3} to {4}, Ex {5}")
    @CsvSource({
        "4.4, 4.4, 4, 0.15, 0, infinite",
        "4.4, 6, 4, 0.15, 0, infinite",
        "2, 3, 3, 0.15, 0.05, infinite",
        "8, 8, 8, 0.15, 0, infinite",
        "4.4, 6, 5, 0, 0.15, infinite",
        "4.4, 5, 4, 0.15, 0, 2"
    })
    void withFixedCostsTheLongRunIsTheFiniteFirmEquilibrium(
            double sigma, double sigmaF, double k, double t0, double t1, String ex) {
        Scenarios.Rice rice = Scenarios.Rice.frictionless(sigma, -1)
                .withDuties(t0, t1)
                .withSupplyElasticity(ex)
                .withExporters("{count: 3000, paretoShape: " + k + ", activeExporters: 30, withinOriginElasticity: "
                        + sigmaF + "}");
        ScenarioConfig config = rice.config();
        Collector run = new Collector();
        TradeModel model = new TradeModel(config, run, false);
        SingleRun.run(model, run);
        OriginSupply pak = model.world().markets().get(0).origins()[0];
        ExactCes.Firms firms = new ExactCes.Firms(pak.salesWeights(), pak.baseFixedCostUsdPerMonth(), sigmaF, 12);
        ExactCes.Firms[] both = {firms, null};
        ExactCes.Market market =
                AnalyticComparison.market(config, config.products().get(0));
        double[] before = {t0, 0.15};
        double[] after = {t1, 0.15};
        ExactCes.Change fromBase = ExactCes.compare(market, both, before, after);
        // With infinite Ex the agents follow the exact counts map month by month, so they reach its
        // fixed point from the base counts; with a finite Ex the cost level lags and the path can
        // overshoot onto a larger fixed point: the agents' count must then be one (it does not move).
        ExactCes.Change exact = ExactCes.compare(
                market, both, both, before, after, new double[] {1, 1}, new int[] {pak.servingCount(), 0});
        if (ex.equals("infinite")) {
            assertEquals(fromBase.after().servingFirms()[0], pak.servingCount(), "serving firms");
        } else {
            assertTrue(
                    Math.abs(fromBase.after().servingFirms()[0] - pak.servingCount()) <= 2,
                    "near the least fixed point");
        }
        YearMonth last = config.end();
        double partner = 12 * run.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        assertEquals(exact.after().servingFirms()[0], pak.servingCount(), "the agents' count is a fixed point");
        assertEquals(exact.after().values()[0], partner, 1e-6 * exact.after().values()[0], "imports from PAK");
        double rest = 12 * run.value(last, "ROW", "rice", Metric.TRADE_VALUE);
        assertEquals(exact.after().values()[1], rest, 1e-6 * exact.after().values()[1], "imports from ROW");
        ExactCes.Change ces = ExactCes.compare(
                AnalyticComparison.market(config, config.products().get(0)),
                new double[] {t0, 0.15},
                new double[] {t1, 0.15});
        double withFirms = exact.after().values()[0] / exact.before().values()[0];
        double withoutFirms = ces.after().values()[0] / ces.before().values()[0];
        assertTrue(
                t1 < t0 ? withFirms > withoutFirms : withFirms < withoutFirms,
                "the extensive margin adds to the CES response: " + withFirms + " vs " + withoutFirms);
        assertBaseFlows(config, run);
    }
}
