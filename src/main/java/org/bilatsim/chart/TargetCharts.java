package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.ARROW;
import static org.bilatsim.chart.ChartParts.percent;
import static org.bilatsim.chart.ChartParts.runLine;
import static org.bilatsim.chart.ChartParts.scaled;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The path-to-target chart of a run and the verdict on the target (also the report's headline). */
public final class TargetCharts {
    private TargetCharts() {}

    /**
     * Annual two-way trade between the target's pair (total and each direction) against the target:
     * medians with 25–75 % and 5–95 % bands when there are several replications; the first year the
     * median total reaches the target (or "not reached by YYYY"); a log scale when the target is more
     * than 10× the largest simulated total; observed totals (backcasts) as points.
     */
    public static JFreeChart pathToTarget(RunResults run) {
        RunManifest m = run.manifest();
        RunManifest.Target target = m.target();
        SortedMap<Integer, double[]> total = run.annualTwoWayTrade();
        SortedMap<Integer, double[]> ab = run.annualTrade(target.a(), target.b());
        SortedMap<Integer, double[]> ba = run.annualTrade(target.b(), target.a());
        int n = run.replicationCount();
        boolean bands = n > 1;
        double maxTotal = ChartData.max(total);
        boolean log = ChartData.useLogScale(target.valueUsd(), maxTotal);
        MoneyUnit unit = MoneyUnit.forMax(Math.max(target.valueUsd(), Double.isNaN(maxTotal) ? 0 : maxTotal));
        double f = 1 / unit.divisor();

        SeriesLayer layer = new SeriesLayer()
                .line(
                        "Two-way total",
                        Palette.colour(Palette.TOTAL),
                        new BasicStroke(3.2f),
                        scaled(total, f),
                        bands,
                        true)
                .line(
                        m.countryShortName(target.a()) + ARROW + m.countryShortName(target.b()),
                        Palette.colour(target.a()),
                        ChartStyle.LINE,
                        scaled(ab, f),
                        bands,
                        true)
                .line(
                        m.countryShortName(target.b()) + ARROW + m.countryShortName(target.a()),
                        Palette.colour(target.b()),
                        ChartStyle.LINE,
                        scaled(ba, f),
                        bands,
                        true);
        if (!m.observed().isEmpty()) {
            Map<Integer, Double> observed = new TreeMap<>();
            m.observed().forEach((y, v) -> observed.put(y, v * f));
            layer.points("Observed two-way total", Color.BLACK, observed);
        }

        int first = m.span().firstYear();
        int last = m.span().lastYear();
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDomainAxis(ChartStyle.yearAxis(first, last));
        double targetScaled = target.valueUsd() * f;
        ValueAxis rangeAxis;
        double floor = Double.NaN;
        if (log) {
            double minPositive = layer.minPositive();
            floor = Math.pow(10, Math.floor(Math.log10(minPositive / 1.5) * 2) / 2);
            rangeAxis = ChartStyle.logAxis(unit.axisLabel() + " a year (log scale)");
            rangeAxis.setRange(floor, targetScaled * 2.2);
        } else {
            rangeAxis = ChartStyle.valueAxis(unit.axisLabel() + " a year");
            rangeAxis.setRange(0, Math.max(targetScaled, layer.max()) * 1.12);
        }
        plot.setRangeAxis(rangeAxis);
        String bandsNote = bands ? " of " + n + " replications" : "";
        plot.setFixedLegendItems(layer.addTo(plot, 0, y -> y, floor, bandsNote));

        String targetLabel = "Target: " + MoneyUnit.format(target.valueUsd()) + " a year"
                + (target.year() != null ? " by " + target.year() : "");
        ChartStyle.horizontalLine(plot, targetScaled, Palette.TARGET, ChartStyle.TARGET, targetLabel);

        SortedMap<Integer, Double> medians = ChartData.medians(total);
        OptionalInt reached = ChartData.firstPeriodReaching(medians, target.valueUsd());
        Color verdictColour = reached.isPresent() ? new Color(0x1B, 0x5E, 0x20) : Palette.TARGET;
        if (reached.isPresent()) {
            ValueMarker year = new ValueMarker(reached.getAsInt(), verdictColour, ChartStyle.MARKER);
            year.setLabel("reached in " + reached.getAsInt());
            year.setLabelFont(ChartStyle.ANNOTATION);
            year.setLabelPaint(verdictColour);
            year.setLabelBackgroundColor(new Color(255, 255, 255, 220));
            year.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            year.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            year.setLabelOffset(new RectangleInsets(2, 4, 6, 4));
            year.setLabelOffsetType(org.jfree.chart.ui.LengthAdjustmentType.EXPAND);
            plot.addDomainMarker(year, Layer.FOREGROUND);
        }
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Annual trade between " + m.countryShortName(target.a()) + " and "
                + m.countryShortName(target.b()) + ", " + unit.axisLabel() + " (all modelled products)");
        subtitles.add(runLine(m.scenario(), n, true));
        if (log) {
            subtitles.add("Logarithmic scale, chosen because the target is " + Math.round(target.valueUsd() / maxTotal)
                    + "× the largest simulated total");
        }
        String title = "Does " + m.pairName() + " trade reach the " + MoneyUnit.format(target.valueUsd()) + " target"
                + (target.year() != null ? " by " + target.year() : "") + "?";
        JFreeChart chart = ChartStyle.chart(title, subtitles, plot, true);
        TextTitle verdict = new TextTitle(verdict(total, target.valueUsd(), n, target.year()), ChartStyle.ANNOTATION);
        verdict.setPaint(verdictColour);
        verdict.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        verdict.setTextAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        verdict.setMargin(new RectangleInsets(2, 8, 4, 4));
        chart.addSubtitle(0, verdict);
        return chart;
    }

    /**
     * The verdict on the target: "Median reaches the target in 2031 (by 2032 in 62% of 100
     * replications)" or "Not reached by 2035: median 2035 total US$51.7 million = 2.6% of the target".
     * The share of replications counts those at or above the target in some year up to the target year
     * (if stated and simulated), else the last year.
     */
    public static String verdict(
            Map<Integer, double[]> totalsByYear, double targetUsd, int replications, Integer targetYear) {
        if (totalsByYear.isEmpty()) {
            return "No trade data";
        }
        SortedMap<Integer, Double> medians = ChartData.medians(totalsByYear);
        int last = medians.lastKey();
        OptionalInt reached = ChartData.firstPeriodReaching(medians, targetUsd);
        String share = "";
        if (replications > 1) {
            int by = targetYear != null && targetYear <= last && targetYear >= medians.firstKey() ? targetYear : last;
            double p = ChartData.shareReaching(totalsByYear, targetUsd, by);
            share = " (reached by " + by + " in " + percent(p) + " of " + replications + " replications)";
        }
        if (reached.isPresent()) {
            return (replications > 1 ? "The median reaches" : "Reaches") + " the target in " + reached.getAsInt()
                    + (targetYear != null
                            ? (reached.getAsInt() <= targetYear ? ", on time" : ", after " + targetYear)
                            : "")
                    + share;
        }
        double lastValue = medians.get(last);
        return "Not reached by " + last + ": " + (replications > 1 ? "median " : "") + last + " total "
                + MoneyUnit.format(lastValue) + " = " + percent(lastValue / targetUsd) + " of the target" + share;
    }
}
