package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.ARROW;
import static org.bilatsim.chart.ChartParts.contains;
import static org.bilatsim.chart.ChartParts.panelLabel;
import static org.bilatsim.chart.ChartParts.productColours;
import static org.bilatsim.chart.ChartParts.shortName;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/** Which products carry the pair's trade: stacked annual trade value by product and direction. */
public final class ProductCharts {
    private ProductCharts() {
    }

    /**
     * Stacked areas of annual trade value by product, one panel per direction of the target pair
     * (medians of each product when there are several replications).
     */
    public static JFreeChart products(RunResults run) {
        RunManifest m = run.manifest();
        String a = m.target().a();
        String b = m.target().b();
        Map<String, Color> colours = productColours(run);
        Set<String> traded = new LinkedHashSet<>();
        for (TidyRow r : run.annual()) {
            if (r.is(Metric.TRADE_VALUE) && ((r.exporter().equals(a) && r.importer().equals(b))
                    || (r.exporter().equals(b) && r.importer().equals(a)))) {
                traded.add(r.product());
            }
        }
        List<String> products = run.products().stream().filter(traded::contains).toList();
        int n = run.replicationCount();
        SortedMap<Integer, double[]> total = run.annualTwoWayTrade();
        int first = m.span().firstYear();
        int last = m.span().lastYear();
        MoneyUnit unit = MoneyUnit.forMax(ChartData.max(total));
        double f = 1 / unit.divisor();

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        Set<String> inLegend = new LinkedHashSet<>();
        List<String> noTrade = new ArrayList<>();
        for (String[] dir : new String[][] {{a, b}, {b, a}}) {
            DefaultTableXYDataset dataset = new DefaultTableXYDataset();
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            renderer.setRoundXCoordinates(true);
            int series = 0;
            for (String product : products) {
                SortedMap<Integer, double[]> values = run.annualSum(Metric.TRADE_VALUE,
                        r -> r.exporter().equals(dir[0]) && r.importer().equals(dir[1]) && r.product().equals(product));
                if (values.isEmpty()) {
                    continue;
                }
                XYSeries xs = new XYSeries(shortName(m.productName(product)), false, false);
                for (int year = first; year <= last; year++) {
                    double[] v = values.get(year);
                    double median = v == null ? 0 : ChartData.quantile(v, 0.5);
                    xs.add(year, Double.isNaN(median) ? 0 : median * f);
                }
                dataset.addSeries(xs);
                Color c = colours.get(product);
                renderer.setSeriesPaint(series, c);
                if (inLegend.add(product)) {
                    legend.add(new LegendItem(shortName(m.productName(product)), c));
                }
                series++;
            }
            if (series == 0) {
                noTrade.add(m.countryShortName(dir[0]) + ARROW + m.countryShortName(dir[1]));
                continue;
            }
            NumberAxis axis = ChartStyle.valueAxis(unit.axisLabel());
            axis.setUpperMargin(0.18); // room for the panel's label above the stack
            XYPlot sub = new XYPlot(dataset, null, axis, renderer);
            ChartStyle.plot(sub);
            panelLabel(sub, m.countryShortName(dir[0]) + ARROW + m.countryShortName(dir[1]), Palette.colour(dir[0]));
            combined.add(sub, 1);
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        if (combined.getSubplots().isEmpty()) {
            XYPlot empty = new XYPlot(new DefaultTableXYDataset(), null, ChartStyle.valueAxis(unit.axisLabel()),
                    new StackedXYAreaRenderer2());
            ChartStyle.plot(empty);
            combined.add(empty, 1);
        }
        List<String> subtitles = List.of("Annual trade value by product, stacked, " + unit.axisLabel()
                        + (noTrade.isEmpty() ? "" : "; no trade " + String.join(", ", noTrade)),
                "Scenario " + m.scenario() + (n > 1 ? " · each product's median of " + n + " replications" : ""));
        return ChartStyle.chart("Which products carry " + m.pairName() + " trade?", subtitles, combined, true);
    }
}
