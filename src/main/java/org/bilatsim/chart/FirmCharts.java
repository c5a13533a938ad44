package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.PLOT_WIDTH;
import static org.bilatsim.chart.ChartParts.contains;
import static org.bilatsim.chart.ChartParts.inSpan;
import static org.bilatsim.chart.ChartParts.iterable;
import static org.bilatsim.chart.ChartParts.productColours;
import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;
import static org.bilatsim.chart.ChartParts.shortName;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntToDoubleFunction;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/** The extensive margin: active exporting firms by origin and product. */
public final class FirmCharts {
    private FirmCharts() {}

    /**
     * Monthly active exporters (the extensive margin) by origin and product, one panel per origin;
     * markets with at most one active firm throughout (ROW's aggregate supplier, a single producer)
     * are left out and named in a subtitle. Policy changes are marked.
     */
    public static JFreeChart activeExporters(RunResults run) {
        RunManifest m = run.manifest();
        Map<String, Color> colours = productColours(run);
        Map<String, Map<String, SortedMap<Integer, double[]>>> byOrigin = new LinkedHashMap<>();
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        for (List<String> flow : run.flows(Metric.ACTIVE_EXPORTERS)) {
            String origin = flow.get(0);
            String product = flow.get(2);
            SortedMap<Integer, double[]> v = run.monthlySum(
                    Metric.ACTIVE_EXPORTERS,
                    r -> r.exporter().equals(origin)
                            && r.product().equals(product)
                            && r.importer().equals(flow.get(1)));
            if (v.isEmpty()) {
                continue;
            }
            if (!(ChartData.max(v) > 1)) {
                leftOut.computeIfAbsent(origin, k -> new ArrayList<>()).add(shortName(m.productName(product)));
                continue;
            }
            byOrigin.computeIfAbsent(origin, k -> new LinkedHashMap<>()).put(product, v);
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Map<String, SortedMap<Integer, double[]>> e : byOrigin.values()) {
            for (SortedMap<Integer, double[]> v : e.values()) {
                first = Math.min(first, v.firstKey());
                last = Math.max(last, v.lastKey());
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = m.span().firstMonthIndex();
            last = m.span().lastMonthIndex();
        }
        int n = run.replicationCount();
        boolean bands = n > 1;
        DateAxis time = ChartStyle.monthAxis(first, last);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        ChartStyle.MarkerLabels labels = new ChartStyle.MarkerLabels(0, null);
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        LegendItemCollection bandItems = new LegendItemCollection();
        IntToDoubleFunction x = ChartStyle::millis;
        List<RunManifest.PolicyChange> changes = inSpan(m.policyChanges(), first, last);
        boolean firstPanel = true;
        for (Map.Entry<String, Map<String, SortedMap<Integer, double[]>>> o : byOrigin.entrySet()) {
            SeriesLayer layer = new SeriesLayer();
            for (Map.Entry<String, SortedMap<Integer, double[]>> p :
                    o.getValue().entrySet()) {
                layer.line(
                        shortName(m.productName(p.getKey())),
                        colours.get(p.getKey()),
                        ChartStyle.THIN_LINE,
                        scaled(p.getValue(), 1),
                        bands,
                        false);
            }
            XYPlot sub = new XYPlot();
            ChartStyle.plot(sub);
            NumberAxis axis = ChartStyle.valueAxis("firms");
            axis.setAutoRangeIncludesZero(true);
            sub.setRangeAxis(axis);
            for (LegendItem item :
                    iterable(layer.addTo(sub, 0, x, Double.NaN, bands ? " of " + n + " replications" : ""))) {
                boolean swatch =
                        item.getLabel().startsWith("25–75%") || item.getLabel().startsWith("5–95%");
                LegendItemCollection target = swatch ? bandItems : legend;
                if (!contains(target, item.getLabel())) {
                    target.add(item);
                }
            }
            ChartStyle.MarkerLabels l = ChartStyle.policyMarkers(
                    sub, changes, firstPanel, x, time.getLowerBound(), time.getUpperBound(), PLOT_WIDTH);
            if (firstPanel) {
                labels = l;
            }
            axis.setUpperMargin(ChartStyle.upperMarginFor(
                    Math.max(30, l.rows() * ChartStyle.LABEL_ROW_PX + 10),
                    (430.0 - 14 * (byOrigin.size() - 1)) / Math.max(1, byOrigin.size())));
            axis.setLabel("firms in " + m.countryShortName(o.getKey()));
            axis.setLabelPaint(Palette.colour(o.getKey()));
            combined.add(sub, 1);
            firstPanel = false;
        }
        ChartStyle.plot(combined);
        legend.addAll(bandItems);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Exporting firms active each month, by product market"
                + (changes.isEmpty() ? "" : "; dotted lines: policy changes"));
        if (!leftOut.isEmpty()) {
            // An origin none of whose markets has more than one firm (ROW) is named alone; an origin
            // shown for other products names the markets left out (e.g. a single urea producer).
            List<String> names = new ArrayList<>();
            leftOut.forEach((origin, products) -> names.add(m.countryShortName(origin)
                    + (byOrigin.containsKey(origin) ? ": " + String.join(", ", products) : "")));
            subtitles.add("Not shown: " + String.join("; ", names)
                    + " (at most one active firm: an aggregate supplier or a single producer)");
        }
        subtitles.add(runLine(m.scenario(), n, true));
        JFreeChart chart = ChartStyle.chart("How many firms export? (the extensive margin)", subtitles, combined, true);
        ChartStyle.addKey(chart, labels);
        return chart;
    }
}
