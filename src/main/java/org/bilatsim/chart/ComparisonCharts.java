package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/** Charts of a comparison of scenarios: their two-way paths against the target, and their differences from the baseline. */
public final class ComparisonCharts {
    private ComparisonCharts() {}

    /**
     * Several scenarios' median two-way trade paths with 25–75 % and 5–95 % bands (when they have
     * several replications) against the target, log scale when the target is more than 10× the largest
     * total.
     *
     * @param pairName e.g. "Pakistan–Azerbaijan", for the title
     */
    public static JFreeChart scenarioComparison(List<ScenarioPaths> scenarios, double targetUsd, String pairName) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenarios to compare");
        }
        double maxTotal = scenarios.stream()
                .mapToDouble(s -> ChartData.max(s.totalsByYearAcrossReplications()))
                .filter(v -> !Double.isNaN(v))
                .max()
                .orElse(0);
        boolean log = ChartData.useLogScale(targetUsd, maxTotal);
        MoneyUnit unit = MoneyUnit.forMax(Math.max(targetUsd, maxTotal));
        double f = 1 / unit.divisor();
        Map<String, Color> colours =
                Palette.assign(scenarios.stream().map(ScenarioPaths::name).toList());
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int maxReps = 0;
        for (ScenarioPaths s : scenarios) {
            layer.line(
                    s.name(),
                    colours.get(s.name()),
                    ChartStyle.LINE,
                    scaled(s.totalsByYearAcrossReplications(), f),
                    s.replications() > 1,
                    true);
            for (int year : s.totalsByYearAcrossReplications().keySet()) {
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
            maxReps = Math.max(maxReps, s.replications());
        }
        if (first == Integer.MAX_VALUE) {
            // A comparison has no run of its own: its years are those of its scenarios' totals.
            throw new IllegalArgumentException("no annual totals in any scenario: nothing to compare");
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDomainAxis(ChartStyle.yearAxis(first, last));
        double targetScaled = targetUsd * f;
        double floor = Double.NaN;
        ValueAxis rangeAxis;
        if (log) {
            floor = Math.pow(10, Math.floor(Math.log10(layer.minPositive() / 1.5) * 2) / 2);
            rangeAxis = ChartStyle.logAxis(unit.axisLabel() + " a year (log scale)");
            rangeAxis.setRange(floor, targetScaled * 2.2);
        } else {
            rangeAxis = ChartStyle.valueAxis(unit.axisLabel() + " a year");
            rangeAxis.setRange(0, Math.max(targetScaled, layer.max()) * 1.12);
        }
        plot.setRangeAxis(rangeAxis);
        plot.setFixedLegendItems(layer.addTo(plot, 0, y -> y, floor, ""));
        ChartStyle.horizontalLine(
                plot,
                targetScaled,
                Palette.TARGET,
                ChartStyle.TARGET,
                "Target: " + MoneyUnit.format(targetUsd) + " a year");
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Annual two-way trade, " + unit.axisLabel()
                + (maxReps > 1 ? "; lines: medians, shaded: 25–75% and 5–95% of replications" : ""));
        if (log) {
            subtitles.add("Logarithmic scale, chosen because the target is " + Math.round(targetUsd / maxTotal)
                    + "× the largest simulated total");
        }
        return ChartStyle.chart(
                "Which scenario brings " + pairName + " trade closest to the " + MoneyUnit.format(targetUsd)
                        + " target?",
                subtitles,
                plot,
                true);
    }

    /**
     * Each scenario's two-way trade minus the baseline's, by year: median and bands of the paired
     * differences (replication by replication when both have the same number of replications).
     *
     * @param baselineName the name of the baseline among the scenarios (it is not drawn)
     */
    public static JFreeChart differencesFromBaseline(List<ScenarioPaths> scenarios, String baselineName) {
        ScenarioPaths baseline = scenarios.stream()
                .filter(s -> s.name().equals(baselineName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario named " + baselineName));
        List<ScenarioPaths> others =
                scenarios.stream().filter(s -> !s.name().equals(baselineName)).toList();
        Map<String, SortedMap<Integer, double[]>> diffs = new LinkedHashMap<>();
        double maxAbs = 0;
        for (ScenarioPaths s : others) {
            SortedMap<Integer, double[]> d = ChartData.differences(
                    s.totalsByYearAcrossReplications(), baseline.totalsByYearAcrossReplications());
            diffs.put(s.name(), d);
            for (double[] v : d.values()) {
                for (double x : v) {
                    if (!Double.isNaN(x)) {
                        maxAbs = Math.max(maxAbs, Math.abs(x));
                    }
                }
            }
        }
        MoneyUnit unit = MoneyUnit.forMax(maxAbs);
        double f = 1 / unit.divisor();
        Map<String, Color> colours =
                Palette.assign(scenarios.stream().map(ScenarioPaths::name).toList());
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean anyBands = false;
        for (Map.Entry<String, SortedMap<Integer, double[]>> e : diffs.entrySet()) {
            boolean bands = e.getValue().values().stream()
                    .findFirst()
                    .map(v -> v.length > 1)
                    .orElse(false);
            anyBands |= bands;
            layer.line(e.getKey(), colours.get(e.getKey()), ChartStyle.LINE, scaled(e.getValue(), f), bands, true);
            if (!e.getValue().isEmpty()) {
                first = Math.min(first, e.getValue().firstKey());
                last = Math.max(last, e.getValue().lastKey());
            }
        }
        if (first == Integer.MAX_VALUE) {
            // A comparison has no run of its own: its years are those of its scenarios' totals.
            throw new IllegalArgumentException("no annual totals in any scenario: nothing to compare");
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDomainAxis(ChartStyle.yearAxis(first, last));
        NumberAxis rangeAxis =
                ChartStyle.valueAxis("difference from " + baselineName + ", " + unit.axisLabel() + " a year");
        rangeAxis.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(rangeAxis);
        plot.setFixedLegendItems(layer.addTo(plot, 0, y -> y, Double.NaN, ""));
        ChartStyle.horizontalLine(plot, 0, Palette.MARKER, new BasicStroke(1.5f), null);
        List<String> subtitles = List.of("Two-way trade minus the baseline's, " + unit.axisLabel() + " a year"
                + (anyBands ? "; lines: median of paired differences (same seeds), shaded: 25–75% and 5–95%" : ""));
        return ChartStyle.chart(
                "How much does each scenario add to trade compared with " + baselineName + "?", subtitles, plot, true);
    }
}
