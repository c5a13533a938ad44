package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.panelLabel;
import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * Who gains: the change of each country's annual net welfare from the first simulated year, one
 * panel per country with its own scale. Levels would mislead: they hold the whole operating profit
 * of the rest of the world's exporters and whole revenues, so the rest of the world dominated the
 * axis and the partners' changes were flat lines near it; and a single run has no scenario without
 * the policy to difference against.
 */
public final class WelfareCharts {
    private WelfareCharts() {}

    /**
     * Annual net welfare by country (consumer surplus change of its import markets relative to base
     * prices, plus its tariff and VAT revenue, plus its exporters' producer surplus), as the change
     * from the first full simulated year within each replication; medians with bands when there are
     * several replications; the target pair first.
     */
    public static JFreeChart netWelfare(RunResults run) {
        RunManifest m = run.manifest();
        List<String> countries = new ArrayList<>();
        for (TidyRow r : run.annual(Metric.NET_WELFARE)) {
            if (!countries.contains(r.exporter())) {
                countries.add(r.exporter());
            }
        }
        countries.sort(Comparator.comparing((String c) ->
                        c.equals(m.target().a()) ? 0 : c.equals(m.target().b()) ? 1 : 2)
                .thenComparing(c -> c));
        int n = run.replicationCount();
        boolean bands = n > 1;
        RunSpan span = m.span();
        // Full years only: a part year's sums are not comparable with a whole year's.
        int reference = span.start().getMonthValue() == 1 ? span.firstYear() : span.firstYear() + 1;
        int last = span.end().getMonthValue() == 12 ? span.lastYear() : span.lastYear() - 1;
        if (last <= reference) {
            reference = span.firstYear();
            last = span.lastYear();
        }
        Map<String, Color> colours = Palette.assign(countries);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(reference, last));
        combined.setGap(12);
        LegendItemCollection legend = new LegendItemCollection();
        LegendItemCollection bandItems = null;
        for (String country : countries) {
            SortedMap<Integer, double[]> change = changeFrom(
                    run.annualSum(Metric.NET_WELFARE, r -> r.exporter().equals(country)), reference, last);
            SeriesLayer layer = new SeriesLayer();
            layer.line(
                    m.countryShortName(country),
                    colours.get(country),
                    ChartStyle.LINE,
                    scaled(change, 1e-6),
                    bands,
                    true);
            XYPlot panel = new XYPlot();
            ChartStyle.plot(panel);
            NumberAxis axis = ChartStyle.valueAxis("US$ million");
            axis.setAutoRangeIncludesZero(true);
            axis.setUpperMargin(0.2);
            panel.setRangeAxis(axis);
            ValueMarker zero = new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(0.8f));
            panel.addRangeMarker(zero);
            LegendItemCollection items =
                    layer.addTo(panel, 0, y -> y, Double.NaN, bands ? " of " + n + " replications" : "");
            legend.add(items.get(0));
            if (bandItems == null) {
                bandItems = items;
            }
            panelLabel(panel, m.countryShortName(country), colours.get(country).darker());
            combined.add(panel, 1);
        }
        for (int i = 1; bandItems != null && i < bandItems.getItemCount(); i++) {
            legend.add(bandItems.get(i));
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = List.of(
                "Net welfare less its " + reference + " level in the same replication, US$ million a year;"
                        + " each country on its own scale",
                runLine(m.scenario(), n, true));
        return ChartStyle.chart("Who gains, and how much, from " + reference + "?", subtitles, combined, true);
    }

    /** Per replication, each year's value less the reference year's, for the years reference to last. */
    static SortedMap<Integer, double[]> changeFrom(SortedMap<Integer, double[]> values, int reference, int last) {
        SortedMap<Integer, double[]> out = new TreeMap<>();
        double[] base = values.get(reference);
        if (base == null) {
            return out;
        }
        for (Map.Entry<Integer, double[]> e : values.entrySet()) {
            int year = e.getKey();
            if (year < reference || year > last) {
                continue;
            }
            double[] v = e.getValue();
            double[] d = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                d[k] = v[k] - base[k];
            }
            out.put(year, d);
        }
        return out;
    }
}
