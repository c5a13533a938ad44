package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.PLOT_WIDTH;
import static org.bilatsim.chart.ChartParts.inSpan;
import static org.bilatsim.chart.ChartParts.medianOnly;
import static org.bilatsim.chart.ChartParts.priceAxisLabel;
import static org.bilatsim.chart.ChartParts.shortName;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntToDoubleFunction;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/** Monthly landed and export prices of one product by origin, with the policy changes that apply to it. */
public final class PriceCharts {
    private PriceCharts() {}

    /**
     * Monthly landed (duty-paid) and export (FOB) prices of one product by origin, with the policy
     * changes that apply to the product as labelled vertical lines (medians across replications).
     */
    public static JFreeChart prices(RunResults run, String product) {
        RunManifest m = run.manifest();
        List<String> origins = new ArrayList<>();
        String importer = m.productImporters().getOrDefault(product, "");
        for (TidyRow r : run.monthly()) {
            if (r.product().equals(product) && r.is(Metric.LANDED_PRICE) && !origins.contains(r.exporter())) {
                origins.add(r.exporter());
                if (importer.isEmpty()) {
                    importer = r.importer();
                }
            }
        }
        origins.sort(Comparator.comparing((String o) ->
                        !o.equals(m.target().a()) && !o.equals(m.target().b()))
                .thenComparing(o -> o));
        Map<String, Color> colours = Palette.assign(origins);
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (String origin : origins) {
            for (Metric metric : List.of(Metric.LANDED_PRICE, Metric.EXPORT_PRICE)) {
                SortedMap<Integer, double[]> v = run.monthlySum(
                        metric, r -> r.product().equals(product) && r.exporter().equals(origin));
                if (v.isEmpty()) {
                    continue;
                }
                first = Math.min(first, v.firstKey());
                last = Math.max(last, v.lastKey());
                boolean landed = metric == Metric.LANDED_PRICE;
                String name = m.countryShortName(origin) + (landed ? ": landed, duty-paid" : ": export (FOB)");
                layer.line(
                        name,
                        colours.get(origin),
                        landed ? ChartStyle.LINE : ChartStyle.DASHED,
                        medianOnly(v),
                        false,
                        false);
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = m.span().firstMonthIndex();
            last = m.span().lastMonthIndex();
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        DateAxis time = ChartStyle.monthAxis(first, last);
        plot.setDomainAxis(time);
        String unit = run.unit(Metric.LANDED_PRICE, product);
        NumberAxis rangeAxis =
                ChartStyle.valueAxis(priceAxisLabel(unit, m.productUnits().get(product)));
        rangeAxis.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(rangeAxis);
        IntToDoubleFunction x = ChartStyle::millis;
        plot.setFixedLegendItems(layer.addTo(plot, 0, x, Double.NaN, ""));
        List<RunManifest.PolicyChange> changes = inSpan(
                m.policyChanges().stream().filter(c -> c.appliesTo(product)).toList(), first, last);
        ChartStyle.MarkerLabels labels = ChartStyle.policyMarkers(
                plot, changes, true, x, time.getLowerBound(), time.getUpperBound(), PLOT_WIDTH);
        // room above the lines for the marker labels
        double lo = layer.min();
        double hi = layer.max();
        if (!Double.isNaN(lo)) {
            double pad = Math.max((hi - lo) * 0.06, Math.abs(hi) * 0.02);
            double labelPx = labels.rows() == 0 ? 0 : labels.rows() * ChartStyle.LABEL_ROW_PX + 10;
            double span = (hi - lo + 2 * pad) / (1 - labelPx / 480.0);
            rangeAxis.setRange(lo - pad, lo - pad + span);
            rangeAxis.setTickUnit(
                    new org.jfree.chart.axis.NumberTickUnit(ChartData.niceStep(span / 10), ChartStyle.numberFormat()));
        }
        int n = run.replicationCount();
        List<String> subtitles = List.of(
                "Monthly prices of " + m.productName(product) + " imported by " + m.countryShortName(importer)
                        + " from each origin, " + rangeAxis.getLabel(),
                "Solid: landed at the border, duty-paid (before VAT); dashed: received by exporters (FOB)"
                        + (changes.isEmpty()
                                ? "; no policy change applies to this product"
                                : "; dotted lines: policy changes for this product"),
                "Scenario " + m.scenario() + (n > 1 ? " · medians of " + n + " replications" : ""));
        JFreeChart chart = ChartStyle.chart(
                shortName(m.productName(product)) + " in " + m.countryShortName(importer)
                        + ": what do importers pay, and exporters get?",
                subtitles,
                plot,
                true);
        ChartStyle.addKey(chart, labels);
        return chart;
    }
    /** The default product for the price chart: most tariff-rate changes, else the first product. */
    public static String defaultPriceProduct(RunResults run) {
        String p = ChartData.mostTariffChanges(run.monthly(), run.products());
        return p != null ? p : run.products().isEmpty() ? "" : run.products().get(0);
    }
}
