package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.panelLabel;
import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/** What governments collect: annual tariff revenue by importing country. */
public final class GovernmentCharts {
    private GovernmentCharts() {}

    /**
     * Annual tariff revenue by importing country: on imports from all origins (top) and from the target
     * partner only (bottom), medians with bands when there are several replications.
     */
    public static JFreeChart tariffRevenue(RunResults run) {
        RunManifest m = run.manifest();
        List<String> importers = new ArrayList<>();
        for (TidyRow r : run.annual(Metric.TARIFF_REVENUE)) {
            if (!importers.contains(r.importer())) {
                importers.add(r.importer());
            }
        }
        importers.sort(Comparator.comparing((String c) ->
                        c.equals(m.target().a()) ? 0 : c.equals(m.target().b()) ? 1 : 2)
                .thenComparing(c -> c));
        int n = run.replicationCount();
        boolean bands = n > 1;
        Map<String, Color> colours = Palette.assign(importers);
        int first = m.span().firstYear();
        int last = m.span().lastYear();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        LegendItemCollection legend = null;
        for (boolean partnerOnly : new boolean[] {false, true}) {
            SeriesLayer layer = new SeriesLayer();
            for (String importer : importers) {
                String partner = importer.equals(m.target().a())
                        ? m.target().b()
                        : importer.equals(m.target().b()) ? m.target().a() : null;
                if (partnerOnly && partner == null) {
                    continue;
                }
                SortedMap<Integer, double[]> v = run.annualSum(
                        Metric.TARIFF_REVENUE,
                        r -> r.importer().equals(importer)
                                && (!partnerOnly || r.exporter().equals(partner)));
                layer.line(
                        m.countryShortName(importer),
                        colours.get(importer),
                        ChartStyle.LINE,
                        scaled(v, 1e-6),
                        bands,
                        true);
            }
            XYPlot sub = new XYPlot();
            ChartStyle.plot(sub);
            NumberAxis axis = ChartStyle.valueAxis("US$ million a year");
            axis.setAutoRangeIncludesZero(true);
            sub.setRangeAxis(axis);
            LegendItemCollection items =
                    layer.addTo(sub, 0, y -> y, Double.NaN, bands ? " of " + n + " replications" : "");
            if (legend == null) {
                legend = items;
            }
            panelLabel(
                    sub,
                    partnerOnly
                            ? "Duty on imports from the partner ("
                                    + m.countryShortName(m.target().a()) + " from "
                                    + m.countryShortName(m.target().b()) + ", "
                                    + m.countryShortName(m.target().b()) + " from "
                                    + m.countryShortName(m.target().a()) + ")"
                            : "Duty on imports from all origins, modelled products",
                    ChartStyle.TEXT);
            axis.setUpperMargin(0.25);
            combined.add(sub, 1);
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = List.of(
                "Annual tariff revenue collected by each importing country, US$ million",
                runLine(m.scenario(), n, true));
        return ChartStyle.chart("How much duty does each government collect?", subtitles, combined, true);
    }
}
