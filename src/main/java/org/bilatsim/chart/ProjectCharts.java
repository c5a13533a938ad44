package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.panelLabel;
import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/** Investment projects: exports by commodity, capital spending and debt service. */
public final class ProjectCharts {
    private ProjectCharts() {}

    /**
     * Investment projects (e.g. Reko Diq): exports of each commodity, and the project's capital
     * spending and debt service, US$ million a year, medians with bands across replications.
     */
    public static JFreeChart projects(RunResults run) {
        RunManifest m = run.manifest();
        List<String> commodities = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        for (TidyRow r : run.annual()) {
            if (r.is(Metric.PROJECT_OUTPUT) && !commodities.contains(r.product())) {
                commodities.add(r.product());
            }
            if (r.is(Metric.PROJECT_CAPEX) && !projects.contains(r.product())) {
                projects.add(r.product());
            }
        }
        int n = run.replicationCount();
        boolean bands = n > 1;
        int first = m.span().firstYear();
        int last = m.span().lastYear();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        List<String> names = new ArrayList<>(commodities);
        for (String project : projects) {
            names.add(project + " capex");
            names.add(project + " debt service");
        }
        Map<String, Color> colours = Palette.assign(names);
        SeriesLayer exports = new SeriesLayer();
        for (String commodity : commodities) {
            exports.line(
                    commodity + " exports",
                    colours.get(commodity),
                    ChartStyle.LINE,
                    scaled(run.annualSum(Metric.TRADE_VALUE, r -> r.product().equals(commodity)), 1e-6),
                    bands,
                    true);
        }
        SeriesLayer finance = new SeriesLayer();
        for (String project : projects) {
            finance.line(
                    project + " capex",
                    colours.get(project + " capex"),
                    ChartStyle.LINE,
                    scaled(run.annualSum(Metric.PROJECT_CAPEX, r -> r.product().equals(project)), 1e-6),
                    bands,
                    true);
            finance.line(
                    project + " debt service",
                    colours.get(project + " debt service"),
                    ChartStyle.LINE,
                    scaled(run.annualSum(Metric.DEBT_SERVICE, r -> r.product().equals(project)), 1e-6),
                    bands,
                    true);
        }
        LegendItemCollection legend = new LegendItemCollection();
        String[] titles = {"Exports by commodity", "Capital spending and debt service"};
        SeriesLayer[] layers = {exports, finance};
        for (int k = 0; k < layers.length; k++) {
            XYPlot sub = new XYPlot();
            ChartStyle.plot(sub);
            NumberAxis axis = ChartStyle.valueAxis("US$ million a year");
            axis.setAutoRangeIncludesZero(true);
            axis.setUpperMargin(0.25);
            sub.setRangeAxis(axis);
            LegendItemCollection items =
                    layers[k].addTo(sub, 0, y -> y, Double.NaN, bands ? " of " + n + " replications" : "");
            for (int i = 0; i < items.getItemCount(); i++) {
                // The band keys repeat in each panel: list them once.
                if (k == 0 || !items.get(i).getLabel().contains("%")) {
                    legend.add(items.get(i));
                }
            }
            panelLabel(sub, titles[k], ChartStyle.TEXT);
            combined.add(sub, 1);
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = List.of(
                "Project exports, capital spending and debt service, US$ million a year",
                runLine(m.scenario(), n, bands));
        return ChartStyle.chart(
                "When do the project's exports come, and what does it cost?", subtitles, combined, true);
    }
}
