package org.bilatsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of the "what would it take?" searches: the probability of reaching the target as a
 * function of one lever, the frontier of probability against cost, and the boxes of scenario
 * discovery. They take plain numbers (what the searches' CSV files hold), never the model.
 */
public final class GoalSeekCharts {
    private static final Color CURVE = new Color(0x00, 0x72, 0xB2);
    private static final Color ARCHIVE = new Color(0x99, 0x99, 0x99);
    private static final Color CHOSEN = new Color(0xD5, 0x5E, 0x00);

    private GoalSeekCharts() {}

    /**
     * P(target by the year) at each evaluated lever value, with its Wilson band, the probability
     * sought and the answer.
     *
     * @param answer the lever value found (NaN if none)
     */
    public static JFreeChart probabilityCurve(
            String lever,
            String unit,
            double[] values,
            double[] probability,
            double[] lower,
            double[] upper,
            double sought,
            double answer,
            String goal) {
        XYIntervalSeries series = new XYIntervalSeries("P(target reached), " + "Wilson interval");
        Integer[] order = sortedIndex(values);
        for (int i : order) {
            series.add(values[i], values[i], values[i], probability[i], lower[i], upper[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, CURVE);
        renderer.setSeriesFillPaint(0, Palette.withAlpha(CURVE, 60));
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setAlpha(0.25f);
        NumberAxis x = ChartStyle.valueAxis(lever + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = ChartStyle.valueAxis("P(target reached)");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.plot(plot);
        ChartStyle.horizontalLine(plot, sought, Palette.TARGET, ChartStyle.TARGET, "P sought: " + sought);
        if (!Double.isNaN(answer)) {
            ValueMarker m = new ValueMarker(answer, ChartStyle.TEXT, ChartStyle.MARKER);
            m.setLabel("answer: " + ChartStyle.numberFormat().format(answer));
            m.setLabelFont(ChartStyle.MARKER_LABEL);
            m.setLabelPaint(ChartStyle.TEXT);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        return ChartStyle.chart(
                "What would it take? " + lever,
                List.of(
                        goal,
                        "Each point: one evaluation on the same replications (common random numbers); band: Wilson interval."),
                plot,
                true);
    }

    /**
     * The frontier: every evaluated mix (cost, P), the non-dominated ones joined, the best within each
     * budget and the chosen mix.
     */
    public static JFreeChart frontier(
            double[] cost,
            double[] probability,
            double[] frontierCost,
            double[] frontierProbability,
            double chosenCost,
            double chosenProbability,
            double sought,
            String goal) {
        double maxAbs = 1;
        for (double c : cost) {
            maxAbs = Math.max(maxAbs, Math.abs(c));
        }
        MoneyUnit unit = MoneyUnit.forMax(maxAbs);
        double f = 1 / unit.divisor();
        XYSeries all = new XYSeries("every evaluated mix", false);
        for (int i = 0; i < cost.length; i++) {
            all.add(cost[i] * f, probability[i]);
        }
        XYSeries front = new XYSeries("frontier (no mix is cheaper with a higher P)", true);
        for (int i = 0; i < frontierCost.length; i++) {
            front.add(frontierCost[i] * f, frontierProbability[i]);
        }
        XYSeries chosen = new XYSeries("cheapest mix reaching P", false);
        if (!Double.isNaN(chosenCost)) {
            chosen.add(chosenCost * f, chosenProbability);
        }
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(all);
        points.addSeries(chosen);
        XYShapeRenderer dots = new XYShapeRenderer();
        dots.setSeriesPaint(0, Palette.withAlpha(ARCHIVE, 150));
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dots.setSeriesPaint(1, CHOSEN);
        dots.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        NumberAxis x = ChartStyle.valueAxis("Present value of cost, " + unit.axisLabel());
        NumberAxis y = ChartStyle.valueAxis("P(target reached)");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(points, x, y, dots);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, CURVE);
        line.setSeriesStroke(0, ChartStyle.LINE);
        line.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(1, new XYSeriesCollection(front));
        plot.setRenderer(1, line);
        ChartStyle.plot(plot);
        ChartStyle.horizontalLine(plot, sought, Palette.TARGET, ChartStyle.TARGET, "P sought: " + sought);
        return ChartStyle.chart(
                "What does each budget buy?",
                List.of(
                        goal,
                        "P on the search's replications (common random numbers); the chosen mix's P is re-estimated on fresh seeds."),
                plot,
                true);
    }

    /**
     * What each budget buys in trade: the median two-way total (by the target year) of every evaluated
     * mix against its cost, and the best mix within each budget of the frontier runs; the target as a
     * line. Where no mix reaches the target this is the informative frontier.
     */
    public static JFreeChart frontierTrade(
            double[] cost, double[] median, double[] budgetCost, double[] budgetMedian, double targetUsd, String goal) {
        double maxCost = 1;
        for (double c : cost) {
            maxCost = Math.max(maxCost, Math.abs(c));
        }
        double maxTrade = Math.abs(targetUsd);
        for (double m : median) {
            maxTrade = Math.max(maxTrade, Math.abs(m));
        }
        MoneyUnit costUnit = MoneyUnit.forMax(maxCost);
        MoneyUnit tradeUnit = MoneyUnit.forMax(maxTrade);
        double fc = 1 / costUnit.divisor();
        double ft = 1 / tradeUnit.divisor();
        XYSeries all = new XYSeries("every evaluated mix", false);
        for (int i = 0; i < cost.length; i++) {
            all.add(cost[i] * fc, median[i] * ft);
        }
        XYSeries best = new XYSeries("best mix within each budget", true);
        for (int i = 0; i < budgetCost.length; i++) {
            best.add(budgetCost[i] * fc, budgetMedian[i] * ft);
        }
        XYShapeRenderer dots = new XYShapeRenderer();
        dots.setSeriesPaint(0, Palette.withAlpha(ARCHIVE, 150));
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        NumberAxis x = ChartStyle.valueAxis("Present value of cost, " + costUnit.axisLabel());
        NumberAxis y = ChartStyle.valueAxis("Median two-way trade by the target year, " + tradeUnit.axisLabel());
        XYPlot plot = new XYPlot(new XYSeriesCollection(all), x, y, dots);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, CHOSEN);
        line.setSeriesStroke(0, ChartStyle.LINE);
        line.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, new XYSeriesCollection(best));
        plot.setRenderer(1, line);
        ChartStyle.plot(plot);
        ChartStyle.horizontalLine(
                plot, targetUsd * ft, Palette.TARGET, ChartStyle.TARGET, "target: " + MoneyUnit.format(targetUsd));
        return ChartStyle.chart(
                "What does each budget buy in trade?",
                List.of(
                        goal,
                        "Median over the search's replications (common random numbers) of the largest annual total by the target year."),
                plot,
                true);
    }

    /** PRIM's peeling trajectory: coverage against density, the selected box marked. */
    public static JFreeChart primTrajectory(double[] coverage, double[] density, int selected, String title) {
        XYSeries path = new XYSeries("peeling trajectory", false);
        for (int i = 0; i < coverage.length; i++) {
            path.add(coverage[i], density[i]);
        }
        XYSeries pick = new XYSeries("selected box", false);
        if (selected >= 0 && selected < coverage.length) {
            pick.add(coverage[selected], density[selected]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(path);
        data.addSeries(pick);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, CURVE);
        renderer.setSeriesStroke(0, ChartStyle.THIN_LINE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, CHOSEN);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-7, -7, 14, 14));
        NumberAxis x = ChartStyle.valueAxis("coverage (share of the cases that reach the target inside the box)");
        x.setRange(0, 1.02);
        NumberAxis y = ChartStyle.valueAxis("density (share of the box that reaches it)");
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartStyle.plot(plot);
        return ChartStyle.chart(
                title, List.of("PRIM (Friedman and Fisher 1999): each peel trades coverage for density."), plot, true);
    }

    /**
     * The limits of one PRIM box on each dimension, as a share of the sampled range: a bar from the
     * lower to the upper limit (restricted dimensions are the short bars).
     */
    public static JFreeChart primBox(
            List<String> dimensions,
            double[] sampledLower,
            double[] sampledUpper,
            double[] lower,
            double[] upper,
            String title,
            String subtitle) {
        XYIntervalSeries bars = new XYIntervalSeries("box limits (share of the sampled range)");
        for (int j = 0; j < dimensions.size(); j++) {
            double span = sampledUpper[j] - sampledLower[j];
            double lo = span == 0 ? 0 : (lower[j] - sampledLower[j]) / span;
            double hi = span == 0 ? 1 : (upper[j] - sampledLower[j]) / span;
            bars.add(j, j - 0.3, j + 0.3, (lo + hi) / 2, lo, hi);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(10f));
        renderer.setErrorPaint(CURVE);
        renderer.setDefaultShapesVisible(false);
        renderer.setDefaultLinesVisible(false);
        org.jfree.chart.axis.SymbolAxis x =
                new org.jfree.chart.axis.SymbolAxis(null, dimensions.toArray(String[]::new));
        ChartStyle.axis(x);
        x.setTickLabelFont(ChartStyle.MARKER_LABEL);
        NumberAxis y = ChartStyle.valueAxis("share of the sampled range (0 = lowest sampled, 1 = highest)");
        y.setRange(-0.02, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        ChartStyle.plot(plot);
        return ChartStyle.chart(title, List.of(subtitle), plot, false);
    }

    private static Integer[] sortedIndex(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        return order;
    }
}
