package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.economics.ExactCes;
import org.bilatsim.experiment.AnalyticComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With frictions off (every importer knows every origin, no shocks) the agents' long run must equal
 * the exact CES/Armington equilibrium within 1%, whatever the importers' inertia, sizes and the
 * exporters' entry decisions.
 */
class LongRunMatchesExactCesTest {

    private static void assertLongRunMatches(Scenarios.Rice rice) {
        ScenarioConfig config = rice.config();
        Collector run = new Collector();
        SingleRun.run(config, run);
        ExactCes.Change exact = ExactCes.compare(AnalyticComparison.market(config, config.products().get(0)),
                new double[] {rice.t0(), 0.15}, new double[] {rice.t1(), 0.15});
        YearMonth last = config.end();
        double partner = 12 * run.value(last, "PAK", "rice", Metric.TRADE_VALUE);
        double rest = 12 * run.value(last, "ROW", "rice", Metric.TRADE_VALUE);
        assertEquals(exact.after().values()[0], partner, 0.01 * exact.after().values()[0], "imports from PAK");
        assertEquals(exact.after().values()[1], rest, 0.01 * exact.after().values()[1], "imports from ROW");
        double price = run.value(last, "PAK", "rice", Metric.EXPORT_PRICE) * 1.1;
        assertEquals(exact.after().customsPrices()[0], price, 0.01 * exact.after().customsPrices()[0], "PAK price");
        // The first month, before the event, reproduces the base flows (calibration, within 0.1%).
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

    @ParameterizedTest(name = "fixed cost {0} US$/month")
    @CsvSource({"0", "300", "2000"})
    void exporterEntryDoesNotMoveThePriceTakingAggregate(double fixedCost) {
        assertLongRunMatches(Scenarios.Rice.frictionless(4.4, -1).withFrictions(0.3, fixedCost, 1.0));
    }

    @ParameterizedTest(name = "a duty rise from {0} to {1}")
    @CsvSource({"0, 0.15", "0.05, 0.30"})
    void dutyRiseConvergesToTheExactEquilibrium(double t0, double t1) {
        assertLongRunMatches(Scenarios.Rice.frictionless(4.4, -1).withDuties(t0, t1));
    }
}
