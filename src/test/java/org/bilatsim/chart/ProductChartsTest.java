package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** With thousands of products the products chart stacks the largest and "all others". */
class ProductChartsTest {
    @Test
    void manyProductsShowTheLargestByTwoWayValueAndAllOthers() throws IOException {
        RunManifest manifest = RunResults.load(RunFixtures.single()).manifest();
        int first = manifest.span().firstYear();
        int last = manifest.span().lastYear();
        int count = 40;
        List<TidyRow> annual = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            for (int year = first; year <= last; year++) {
                // hs00 is the smallest, hs39 the largest; the other direction adds a little to each.
                annual.add(new TidyRow(
                        "s",
                        0,
                        1,
                        Integer.toString(year),
                        "PAK",
                        "AZE",
                        String.format("hs%02d", p),
                        Metric.TRADE_VALUE.key(),
                        1e6 * (p + 1),
                        "USD"));
                annual.add(new TidyRow(
                        "s",
                        0,
                        1,
                        Integer.toString(year),
                        "AZE",
                        "PAK",
                        String.format("hs%02d", p),
                        Metric.TRADE_VALUE.key(),
                        1e3,
                        "USD"));
            }
        }
        RunResults run = new RunResults(manifest, annual, List.of());
        JFreeChart chart = ProductCharts.products(run);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        LegendItemCollection legend = plot.getFixedLegendItems();
        assertEquals(ProductCharts.MOST_PRODUCTS + 1, legend.getItemCount());
        assertEquals("hs39", legend.get(0).getLabel(), "largest first");
        assertEquals("hs28", legend.get(ProductCharts.MOST_PRODUCTS - 1).getLabel());
        assertEquals(
                "all others (28 products)",
                legend.get(ProductCharts.MOST_PRODUCTS).getLabel());
        XYDataset pakToAze = plot.getSubplots().get(0).getDataset();
        assertEquals(ProductCharts.MOST_PRODUCTS + 1, pakToAze.getSeriesCount());
        double others = 0;
        for (int p = 0; p < count - ProductCharts.MOST_PRODUCTS; p++) {
            others += 1e6 * (p + 1);
        }
        double unit = MoneyUnit.forMax(ChartData.max(run.annualTwoWayTrade())).divisor();
        assertEquals(
                others / unit,
                pakToAze.getYValue(ProductCharts.MOST_PRODUCTS, 0),
                1e-9 * others / unit,
                "all others is the sum of the rest");
    }
}
