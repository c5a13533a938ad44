package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The chart data logic as plain functions. */
class ChartDataTest {
    private static final double EPS = 1e-12;

    // --- quantiles and bands

    @Test
    void quantileInterpolatesLinearlyBetweenOrderStatisticsLikeRAndNumPy() {
        double[] v = {4, 1, 3, 2};
        assertEquals(1.0, ChartData.quantile(v, 0), EPS);
        assertEquals(1.75, ChartData.quantile(v, 0.25), EPS);
        assertEquals(2.5, ChartData.quantile(v, 0.5), EPS);
        assertEquals(3.25, ChartData.quantile(v, 0.75), EPS);
        assertEquals(4.0, ChartData.quantile(v, 1), EPS);
        // numpy.quantile(range(1, 21), 0.05) == 1.95
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i + 1;
        }
        assertEquals(1.95, ChartData.quantile(twenty, 0.05), EPS);
        assertEquals(19.05, ChartData.quantile(twenty, 0.95), EPS);
        assertArrayEquals(new double[] {4, 1, 3, 2}, v, "the input is not reordered");
    }

    @Test
    void quantileIgnoresNanAndHandlesOneOrNoValues() {
        assertEquals(5.0, ChartData.quantile(new double[] {5}, 0.05), EPS);
        assertEquals(2.0, ChartData.quantile(new double[] {Double.NaN, 1, 3}, 0.5), EPS);
        assertTrue(Double.isNaN(ChartData.quantile(new double[] {}, 0.5)));
        assertTrue(Double.isNaN(ChartData.quantile(new double[] {Double.NaN}, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> ChartData.quantile(new double[] {1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ChartData.quantile(new double[] {1}, Double.NaN));
    }

    @Test
    void bandsAreOrderedAndCollapseToTheValueForOneReplication() {
        Band one = Band.of(new double[] {7});
        assertEquals(new Band(7, 7, 7, 7, 7), one);
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 99 - i;
        }
        Band b = Band.of(hundred);
        assertEquals(4.95, b.p05(), EPS);
        assertEquals(24.75, b.p25(), EPS);
        assertEquals(49.5, b.median(), EPS);
        assertEquals(74.25, b.p75(), EPS);
        assertEquals(94.05, b.p95(), EPS);
        assertEquals(new Band(4.95e-6, 24.75e-6, 49.5e-6, 74.25e-6, 94.05e-6), b.scaled(1e-6));
    }

    @Test
    void bandSeriesFollowPeriodOrder() {
        Map<Integer, double[]> table = new java.util.HashMap<>();
        table.put(2030, new double[] {3, 1, 2});
        table.put(2024, new double[] {10, 30, 20});
        SortedMap<Integer, Band> bands = ChartData.bands(table);
        assertEquals(List.of(2024, 2030), List.copyOf(bands.keySet()));
        assertEquals(20, bands.get(2024).median(), EPS);
        assertEquals(2, bands.get(2030).median(), EPS);
        assertEquals(Map.of(2024, 20.0, 2030, 2.0), ChartData.medians(table));
    }

    @Test
    void sumByPeriodAddsMatchingRowsPerReplicationAndLeavesMissingOnesNaN() {
        List<TidyRow> rows = List.of(
                row(0, "2024", "PAK", "AZE", "rice", "trade_value", 1),
                row(0, "2024", "PAK", "AZE", "textiles", "trade_value", 2),
                row(1, "2024", "PAK", "AZE", "rice", "trade_value", 10),
                row(0, "2025", "PAK", "AZE", "rice", "trade_value", 4),
                row(0, "2024", "PAK", "AZE", "rice", "tariff_revenue", 100),
                row(5, "2024", "PAK", "AZE", "rice", "trade_value", 1000));
        SortedMap<Integer, double[]> sums =
                ChartData.sumByPeriod(rows, List.of(0, 1), r -> r.metric().equals("trade_value"), TidyRow::year);
        assertArrayEquals(new double[] {3, 10}, sums.get(2024), EPS);
        assertEquals(4, sums.get(2025)[0], EPS);
        assertTrue(Double.isNaN(sums.get(2025)[1]), "replication 1 has no 2025 row");
        assertEquals(2, sums.size());
    }

    @Test
    void monthIndexAndYearOfPeriods() {
        assertEquals(2024, row(0, "2024", "A", "B", "p", "m", 0).year());
        assertEquals(2024 * 12 + 2, row(0, "2024-03", "A", "B", "p", "m", 0).monthIndex());
    }

    // --- log scale, target year, probabilities

    @Test
    void logScaleIsChosenOnlyWhenTheTargetIsMoreThanTenTimesTheLargestTotal() {
        assertTrue(ChartData.useLogScale(2e9, 52e6), "about 38x");
        assertFalse(ChartData.useLogScale(2e9, 2e8), "exactly 10x is not more than 10x");
        assertTrue(ChartData.useLogScale(2e9, 1.99e8));
        assertFalse(ChartData.useLogScale(2e9, 3e9), "above the target");
        assertFalse(ChartData.useLogScale(2e9, 0), "nothing to draw on a log axis");
        assertFalse(ChartData.useLogScale(2e9, Double.NaN));
    }

    @Test
    void firstPeriodReachingIsTheFirstYearAtOrAboveTheTarget() {
        SortedMap<Integer, Double> path = new TreeMap<>(Map.of(2024, 1.0, 2025, 2.0, 2026, 1.5, 2027, 3.0));
        assertEquals(OptionalInt.of(2025), ChartData.firstPeriodReaching(path, 2.0));
        assertEquals(OptionalInt.of(2027), ChartData.firstPeriodReaching(path, 2.5));
        assertEquals(OptionalInt.empty(), ChartData.firstPeriodReaching(path, 3.5));
        path.put(2023, Double.NaN);
        assertEquals(OptionalInt.of(2025), ChartData.firstPeriodReaching(path, 2.0));
    }

    @Test
    void shareReachingCountsReplicationsAtTheTargetByTheYear() {
        Map<Integer, double[]> t = Map.of(
                2024, new double[] {1, 1, 5, 1},
                2025, new double[] {1, 6, 1, 1},
                2026, new double[] {7, 1, 1, 1});
        assertEquals(0.25, ChartData.shareReaching(t, 5, 2024), EPS);
        assertEquals(0.5, ChartData.shareReaching(t, 5, 2025), EPS);
        assertEquals(0.75, ChartData.shareReaching(t, 5, 2026), EPS);
        assertTrue(Double.isNaN(ChartData.shareReaching(Map.of(), 5, 2026)));
    }

    @Test
    void verdictSaysWhenTheTargetIsReachedOrHowFarItIs() {
        Map<Integer, double[]> reached =
                new TreeMap<>(Map.of(2030, new double[] {1e9, 1e9, 1e9}, 2031, new double[] {1.5e9, 2.1e9, 2.2e9}));
        assertEquals(
                "The median reaches the target in 2031, after 2030 (reached by 2030 in 0% of 3 replications)",
                TradeCharts.verdict(reached, 2e9, 3, 2030));
        Map<Integer, double[]> not = new TreeMap<>(Map.of(2024, new double[] {39.47e6}, 2035, new double[] {51.72e6}));
        assertEquals(
                "Not reached by 2035: 2035 total US$51.7 million = 2.6% of the target",
                TradeCharts.verdict(not, 2e9, 1, null));
        assertEquals("Reaches the target in 2035", TradeCharts.verdict(not, 50e6, 1, null));
    }

    @Test
    void differencesArePairedWhenTheReplicationsMatch() {
        Map<Integer, double[]> base = Map.of(2030, new double[] {10, 20, 30});
        Map<Integer, double[]> paired = ChartData.differences(Map.of(2030, new double[] {11, 22, 33}), base);
        assertArrayEquals(new double[] {1, 2, 3}, paired.get(2030), EPS);
        Map<Integer, double[]> unpaired = ChartData.differences(Map.of(2030, new double[] {25, 30}), base);
        assertArrayEquals(new double[] {5, 10}, unpaired.get(2030), EPS, "minus the baseline median");
        assertTrue(ChartData.differences(Map.of(2031, new double[] {1}), base).isEmpty());
    }

    @Test
    void defaultPriceProductHasTheMostTariffChangesElseTheFirst() {
        List<TidyRow> rows = List.of(
                row(0, "2024-01", "PAK", "AZE", "rice", "tariff_rate", 0),
                row(0, "2024-02", "PAK", "AZE", "rice", "tariff_rate", 0.15),
                row(0, "2024-01", "ROW", "AZE", "rice", "tariff_rate", 0.15),
                row(0, "2024-02", "ROW", "AZE", "rice", "tariff_rate", 0.15),
                row(0, "2024-01", "PAK", "AZE", "textiles", "tariff_rate", 0.15),
                row(0, "2024-02", "PAK", "AZE", "textiles", "tariff_rate", 0.1),
                row(0, "2024-03", "PAK", "AZE", "textiles", "tariff_rate", 0.15),
                row(1, "2024-01", "PAK", "AZE", "urea", "tariff_rate", 0),
                row(1, "2024-02", "PAK", "AZE", "urea", "tariff_rate", 0.1),
                row(1, "2024-03", "PAK", "AZE", "urea", "tariff_rate", 0.2),
                row(1, "2024-04", "PAK", "AZE", "urea", "tariff_rate", 0.3));
        assertEquals(
                "textiles",
                ChartData.mostTariffChanges(rows, List.of("rice", "textiles", "urea")),
                "two changes; urea's three are in replication 1 only");
        List<TidyRow> flat = List.of(
                row(0, "2024-01", "PAK", "AZE", "rice", "tariff_rate", 0),
                row(0, "2024-02", "PAK", "AZE", "rice", "tariff_rate", 0));
        assertEquals("textiles", ChartData.mostTariffChanges(flat, List.of("textiles", "rice")));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(50, ChartData.niceStep(45), EPS);
        assertEquals(20, ChartData.niceStep(20), EPS);
        assertEquals(0.2, ChartData.niceStep(0.13), EPS);
        assertEquals(1000, ChartData.niceStep(501), EPS);
        assertEquals(1, ChartData.niceStep(0), EPS);
    }

    // --- units, labels, colours

    @Test
    void moneyIsWrittenInMillionsOrBillions() {
        assertEquals("US$2 billion", MoneyUnit.format(2e9));
        assertEquals("US$1.25 billion", MoneyUnit.format(1.25e9));
        assertEquals("US$39.5 million", MoneyUnit.format(39.47e6));
        assertEquals("US$512 million", MoneyUnit.format(512.2e6));
        assertEquals("−US$3.2 million", MoneyUnit.format(-3.2e6));
        assertEquals(MoneyUnit.MILLION, MoneyUnit.forMax(2e9));
        assertEquals(MoneyUnit.BILLION, MoneyUnit.forMax(1.2e10));
        assertEquals("US$ million", MoneyUnit.MILLION.axisLabel());
        assertEquals("1,949", MoneyUnit.MILLION.number(1948.7e6));
    }

    @Test
    void priceAxesNameTheUnit() {
        assertEquals("US$ per tonne", TradeCharts.priceAxisLabel("USD/tonnes", "tonnes"));
        assertEquals("US$ per tonne", TradeCharts.priceAxisLabel("USD/tonnes", null));
        assertEquals(
                "price index (US$ per US$ of volume at 2024 prices)",
                TradeCharts.priceAxisLabel("USD/USD-at-2024-prices", "USD-at-2024-prices"));
        assertEquals(
                "Other Pakistani goods",
                TradeCharts.shortName(
                        "Other Pakistani goods (meat, fruit, pharmaceuticals, surgical and sports goods)"));
        assertEquals("Rice (HS 1006)", TradeCharts.shortName("Rice (HS 1006)"));
    }

    @Test
    void coloursAreFixedByNameAndDistinctOnOneChart() {
        assertEquals(
                Palette.colour("PAK"), Palette.assign(List.of("AZE", "PAK")).get("PAK"));
        assertEquals(Palette.colour("scenario-x"), Palette.colour("scenario-x"), "stable");
        assertNotEquals(Palette.colour("PAK"), Palette.colour("AZE"));
        List<String> many = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        Map<String, Color> assigned = Palette.assign(many);
        assertEquals(10, new HashSet<>(assigned.values()).size(), "ten names, ten colours");
        assertEquals(Palette.colour("a"), assigned.get("a"), "the first name keeps its own colour");
    }

    @Test
    void markerLabelsAreLaidOutInRowsWithoutOverlap() {
        // three labels 200 px wide at 10 %, 15 % and 60 % of a 1000 px plot
        List<ChartStyle.LabelSlot> slots =
                ChartStyle.layoutLabels(new double[] {0.1, 0.15, 0.6}, new double[] {200, 200, 200}, 1000, 4);
        assertEquals(
                List.of(
                        new ChartStyle.LabelSlot(0, false),
                        new ChartStyle.LabelSlot(1, false),
                        new ChartStyle.LabelSlot(0, false)),
                slots);
        // a label that would run past the right edge goes to the left of its line
        assertEquals(
                new ChartStyle.LabelSlot(0, true),
                ChartStyle.layoutLabels(new double[] {0.95}, new double[] {200}, 1000, 4)
                        .get(0));
        // five labels at the same place need five rows: more than four gives null (numbered labels)
        assertNull(ChartStyle.layoutLabels(
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, new double[] {100, 100, 100, 100, 100}, 1000, 4));
    }

    static TidyRow row(
            int replication,
            String period,
            String exporter,
            String importer,
            String product,
            String metric,
            double value) {
        return new TidyRow("s", replication, 1, period, exporter, importer, product, metric, value, "USD");
    }
}
