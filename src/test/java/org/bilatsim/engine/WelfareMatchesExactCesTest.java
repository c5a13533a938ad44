package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.AnalyticComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With shocks and frictions off and no fixed costs, the agent model's long-run welfare changes after
 * a duty change (last month against the first, before the change, times 12) equal the ones
 * {@code bilatsim analytic} reports from the exact CES equilibrium, within 1%: the consumer surplus
 * change, the importer's net welfare, and each exporting country's producer surplus (its net welfare).
 */
class WelfareMatchesExactCesTest {
    /** The rice market's base imports, US$ per year (PAK 1.8M + ROW 48.8M, {@link Scenarios.Rice}). */
    private static final double BASE_IMPORTS_USD = 50.6e6;

    @ParameterizedTest(name = "sigma {0}, Em {1}, duty {2} to {3}, Ex {4}")
    @CsvSource({
        "4.4, -1, 0.15, 0, infinite",
        "1.5, -0.5, 0.15, 0, infinite",
        "8, -3, 0.15, 0.05, infinite",
        "2.65, -1.7, 0, 0.15, infinite",
        "4.4, -1, 0.15, 0, 2",
        "8, -3, 0.15, 0, 0.5"
    })
    void longRunWelfareChangeIsTheExactOne(double sigma, double em, double t0, double t1, String ex) {
        ScenarioConfig config = Scenarios.Rice.frictionless(sigma, em)
                .withDuties(t0, t1)
                .withSupplyElasticity(ex)
                .config();
        Collector run = new Collector();
        SingleRun.run(config, run);
        List<AnalyticComparison.Row> rows = AnalyticComparison.of(config);
        assertEquals(1, rows.size());
        AnalyticComparison.Row row = rows.get(0);
        YearMonth first = config.start();
        YearMonth last = config.end();
        double cs = 12 * run.value(last, Metric.ALL_ORIGINS, "rice", Metric.CONSUMER_SURPLUS_CHANGE);
        assertEquals(
                0,
                run.value(first, Metric.ALL_ORIGINS, "rice", Metric.CONSUMER_SURPLUS_CHANGE),
                1e-6,
                "no consumer surplus change at base prices");
        assertWithinOnePercent(row.exact().consumerSurplusChange(), cs, "consumer surplus change");
        assertWithinOnePercent(row.importerWelfareChangeUsd(), change(run, config, "AZE"), "AZE net welfare change");
        assertWithinOnePercent(
                row.partnerProducerSurplusChangeUsd(),
                change(run, config, "PAK"),
                "PAK net welfare (producer surplus) change");
        assertWithinOnePercent(
                row.restProducerSurplusChangeUsd(),
                change(run, config, "ROW"),
                "ROW net welfare (producer surplus) change");
        double vat = 12
                * (run.value(last, "PAK", "rice", Metric.VAT_REVENUE)
                        + run.value(last, "ROW", "rice", Metric.VAT_REVENUE)
                        - run.value(first, "PAK", "rice", Metric.VAT_REVENUE)
                        - run.value(first, "ROW", "rice", Metric.VAT_REVENUE));
        assertWithinOnePercent(row.vatRevenueChangeUsd(), vat, "VAT revenue change");
    }

    /** A country's net welfare in the last month less the first, times 12 (US$ per year). */
    private static double change(Collector run, ScenarioConfig config, String country) {
        return 12
                * (run.value(config.end(), country, Metric.ALL_PRODUCTS, Metric.NET_WELFARE)
                        - run.value(config.start(), country, Metric.ALL_PRODUCTS, Metric.NET_WELFARE));
    }

    /**
     * Within 1%, or within a millionth of the market's base imports (US$50.6 a year) for a change that
     * is zero to rounding (with Em = -1 spending at consumer prices, hence VAT, does not move).
     */
    private static void assertWithinOnePercent(double exact, double agents, String what) {
        assertEquals(
                exact,
                agents,
                Math.max(0.01 * Math.abs(exact), 1e-6 * BASE_IMPORTS_USD),
                what + ": agents " + agents + ", exact " + exact);
    }
}
