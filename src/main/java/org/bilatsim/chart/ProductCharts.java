package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.ARROW;
import static org.bilatsim.chart.ChartParts.panelLabel;
import static org.bilatsim.chart.ChartParts.productColours;
import static org.bilatsim.chart.ChartParts.shortName;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /**
     * The most products one chart stacks: beyond, the largest by two-way trade value over the run
     * and one "all others" area (a calibrated scenario has thousands of HS lines; annual.csv keeps
     * every one).
     */
    public static final int MOST_PRODUCTS = 12;

    private static final Color OTHERS = new Color(0xB0, 0xB0, 0xB0);

    private ProductCharts() {}

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
        for (TidyRow r : run.annual(Metric.TRADE_VALUE)) {
            if ((r.exporter().equals(a) && r.importer().equals(b))
                    || (r.exporter().equals(b) && r.importer().equals(a))) {
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
        // Each direction's median trade value of each product by year, in one pass over annual.csv.
        List<Map<String, double[]>> medians = new ArrayList<>();
        for (String[] dir : new String[][] {{a, b}, {b, a}}) {
            medians.add(medianByProduct(run, dir[0], dir[1], first, last));
        }
        List<String> shown = products;
        if (products.size() > MOST_PRODUCTS) {
            shown = largest(products, medians);
        }

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        Set<String> inLegend = new LinkedHashSet<>();
        List<String> noTrade = new ArrayList<>();
        String[][] directions = {{a, b}, {b, a}};
        for (int d = 0; d < directions.length; d++) {
            String[] dir = directions[d];
            Map<String, double[]> byProduct = medians.get(d);
            DefaultTableXYDataset dataset = new DefaultTableXYDataset();
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            renderer.setRoundXCoordinates(true);
            int series = 0;
            for (String product : shown) {
                double[] values = byProduct.get(product);
                if (values == null) {
                    continue;
                }
                XYSeries xs = new XYSeries(shortName(m.productName(product)), false, false);
                for (int year = first; year <= last; year++) {
                    xs.add(year, values[year - first] * f);
                }
                dataset.addSeries(xs);
                Color c = colours.get(product);
                renderer.setSeriesPaint(series, c);
                if (inLegend.add(product)) {
                    legend.add(new LegendItem(shortName(m.productName(product)), c));
                }
                series++;
            }
            if (shown != products) {
                Set<String> top = Set.copyOf(shown);
                double[] others = new double[last - first + 1];
                boolean any = false;
                for (String product : products) {
                    double[] values = byProduct.get(product);
                    if (values != null && !top.contains(product)) {
                        any = true;
                        for (int i = 0; i < others.length; i++) {
                            others[i] += values[i];
                        }
                    }
                }
                if (any) {
                    String label = "all others (" + (products.size() - shown.size()) + " products)";
                    XYSeries xs = new XYSeries(label, false, false);
                    for (int year = first; year <= last; year++) {
                        xs.add(year, others[year - first] * f);
                    }
                    dataset.addSeries(xs);
                    renderer.setSeriesPaint(series, OTHERS);
                    if (inLegend.add(label)) {
                        legend.add(new LegendItem(label, OTHERS));
                    }
                    series++;
                }
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
            XYPlot empty = new XYPlot(
                    new DefaultTableXYDataset(),
                    null,
                    ChartStyle.valueAxis(unit.axisLabel()),
                    new StackedXYAreaRenderer2());
            ChartStyle.plot(empty);
            combined.add(empty, 1);
        }
        String largest = shown == products
                ? ""
                : "; the " + shown.size() + " largest of " + products.size()
                        + " products by two-way value and all others (every product in annual.csv)";
        List<String> subtitles = List.of(
                "Annual trade value by product, stacked, " + unit.axisLabel() + largest
                        + (noTrade.isEmpty() ? "" : "; no trade " + String.join(", ", noTrade)),
                "Scenario " + m.scenario() + (n > 1 ? " · each product's median of " + n + " replications" : ""));
        return ChartStyle.chart("Which products carry " + m.pairName() + " trade?", subtitles, combined, true);
    }

    /**
     * Product → the median over replications of its annual trade value from exporter to importer,
     * by year from {@code first} (0 where a year has none); replications are summed row by row in
     * file order, as {@link RunResults#annualSum} does.
     */
    private static Map<String, double[]> medianByProduct(
            RunResults run, String exporter, String importer, int first, int last) {
        List<TidyRow> rows = run.annual(Metric.TRADE_VALUE).stream()
                .filter(r -> r.exporter().equals(exporter) && r.importer().equals(importer))
                .toList();
        Map<String, List<TidyRow>> byProduct = new LinkedHashMap<>();
        for (TidyRow r : rows) {
            byProduct.computeIfAbsent(r.product(), k -> new ArrayList<>()).add(r);
        }
        Map<String, double[]> out = new HashMap<>();
        byProduct.forEach((product, productRows) -> {
            SortedMap<Integer, double[]> values =
                    ChartData.sumByPeriod(productRows, run.replications(), r -> true, TidyRow::year);
            double[] medians = new double[last - first + 1];
            for (int year = first; year <= last; year++) {
                double[] v = values.get(year);
                double median = v == null ? 0 : ChartData.quantile(v, 0.5);
                medians[year - first] = Double.isNaN(median) ? 0 : median;
            }
            out.put(product, medians);
        });
        return out;
    }

    /** The {@link #MOST_PRODUCTS} products of largest two-way value (medians summed over years), largest first. */
    private static List<String> largest(List<String> products, List<Map<String, double[]>> medians) {
        Map<String, Double> value = new HashMap<>();
        for (String product : products) {
            double sum = 0;
            for (Map<String, double[]> direction : medians) {
                for (double v : direction.getOrDefault(product, new double[0])) {
                    sum += v;
                }
            }
            value.put(product, sum);
        }
        return products.stream()
                .sorted(Comparator.comparing(value::get).reversed())
                .limit(MOST_PRODUCTS)
                .toList();
    }
}
