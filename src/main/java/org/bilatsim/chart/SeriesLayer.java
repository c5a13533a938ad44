package org.bilatsim.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Lines (medians) with optional 5–95 % and 25–75 % bands on one XY plot: all bands are drawn first,
 * then all lines, so no band hides a line. Builds its own legend items. On a log axis, points whose
 * median is not positive are left out and band lows are clipped to the smallest positive value.
 */
final class SeriesLayer {
    static final float OUTER_ALPHA = 0.13f;
    static final float INNER_ALPHA = 0.28f;

    private record Spec(
            String name,
            Color colour,
            Stroke stroke,
            SortedMap<Integer, Band> bands,
            boolean showBands,
            boolean shapes) {}

    private final List<Spec> specs = new ArrayList<>();
    private final List<Spec> points = new ArrayList<>();

    /** A median line with bands (if showBands), values already in display units. */
    SeriesLayer line(
            String name,
            Color colour,
            Stroke stroke,
            SortedMap<Integer, Band> bands,
            boolean showBands,
            boolean shapes) {
        specs.add(new Spec(name, colour, stroke, bands, showBands, shapes));
        return this;
    }

    /** Markers only (e.g. observed values), values in display units. */
    SeriesLayer points(String name, Color colour, Map<Integer, Double> values) {
        SortedMap<Integer, Band> bands = new java.util.TreeMap<>();
        values.forEach((k, v) -> bands.put(k, new Band(v, v, v, v, v)));
        points.add(new Spec(name, colour, null, bands, false, true));
        return this;
    }

    boolean anyBands() {
        return specs.stream().anyMatch(Spec::showBands);
    }

    /** The smallest positive value shown (medians and band lows), or NaN. */
    double minPositive() {
        double min = Double.NaN;
        for (Spec s : all()) {
            for (Band b : s.bands().values()) {
                for (double v :
                        s.showBands() ? new double[] {b.p05(), b.p25(), b.median()} : new double[] {b.median()}) {
                    if (v > 0 && !(v >= min)) {
                        min = v;
                    }
                }
            }
        }
        return min;
    }

    /** The largest value shown (medians and band highs), or NaN. */
    double max() {
        double max = Double.NaN;
        for (Spec s : all()) {
            for (Band b : s.bands().values()) {
                double v = s.showBands() ? b.p95() : b.median();
                if (!Double.isNaN(v) && !(v <= max)) {
                    max = v;
                }
            }
        }
        return max;
    }

    /** The smallest value shown (medians and band lows), or NaN. */
    double min() {
        double min = Double.NaN;
        for (Spec s : all()) {
            for (Band b : s.bands().values()) {
                double v = s.showBands() ? b.p05() : b.median();
                if (!Double.isNaN(v) && !(v >= min)) {
                    min = v;
                }
            }
        }
        return min;
    }

    private List<Spec> all() {
        List<Spec> all = new ArrayList<>(specs);
        all.addAll(points);
        return all;
    }

    /**
     * Adds the datasets to the plot from dataset index {@code firstIndex} and returns the legend items
     * (lines, then points, then the two band swatches if any band is shown).
     *
     * @param x the x value of a period key
     * @param logFloor on a log axis the smallest value to draw (band lows are clipped to it); NaN on a
     *     linear axis
     */
    LegendItemCollection addTo(XYPlot plot, int firstIndex, IntToDoubleFunction x, double logFloor, String bandsNote) {
        boolean log = !Double.isNaN(logFloor);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        int index = firstIndex;
        for (boolean outer : new boolean[] {true, false}) {
            YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
            DeviationRenderer renderer = new DeviationRenderer(false, false);
            renderer.setAlpha(outer ? OUTER_ALPHA : INNER_ALPHA);
            int series = 0;
            for (Spec s : specs) {
                if (!s.showBands()) {
                    continue;
                }
                YIntervalSeries ys = new YIntervalSeries(s.name() + (outer ? " 5-95" : " 25-75"), false, false);
                for (Map.Entry<Integer, Band> e : s.bands().entrySet()) {
                    Band b = e.getValue();
                    if (Double.isNaN(b.median()) || (log && b.median() <= 0)) {
                        continue;
                    }
                    double lo = outer ? b.p05() : b.p25();
                    double hi = outer ? b.p95() : b.p75();
                    if (log) {
                        lo = Math.max(lo, logFloor);
                        hi = Math.max(hi, logFloor);
                    }
                    ys.add(x.applyAsDouble(e.getKey()), b.median(), lo, hi);
                }
                bands.addSeries(ys);
                renderer.setSeriesFillPaint(series, s.colour());
                renderer.setSeriesPaint(series, s.colour());
                renderer.setSeriesLinesVisible(series, false);
                renderer.setSeriesShapesVisible(series, false);
                series++;
            }
            if (series > 0) {
                plot.setDataset(index, bands);
                plot.setRenderer(index, renderer);
                index++;
            }
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        int series = 0;
        LegendItemCollection legend = new LegendItemCollection();
        for (Spec s : all()) {
            XYSeries xs = new XYSeries(s.name(), false, false);
            for (Map.Entry<Integer, Band> e : s.bands().entrySet()) {
                double v = e.getValue().median();
                if (!Double.isNaN(v) && !(log && v <= 0)) {
                    xs.add(x.applyAsDouble(e.getKey()), v);
                }
            }
            lines.addSeries(xs);
            renderer.setSeriesPaint(series, s.colour());
            boolean pointsOnly = s.stroke() == null;
            renderer.setSeriesLinesVisible(series, !pointsOnly);
            renderer.setSeriesShapesVisible(series, s.shapes());
            if (pointsOnly) {
                renderer.setSeriesShape(series, diamond(6));
                legend.add(new LegendItem(s.name(), null, null, null, diamond(6), s.colour()));
            } else {
                renderer.setSeriesStroke(series, s.stroke());
                renderer.setSeriesShape(series, new Ellipse2D.Double(-3, -3, 6, 6));
                legend.add(new LegendItem(
                        s.name(), null, null, null, new Line2D.Double(-12, 0, 12, 0), s.stroke(), s.colour()));
            }
            series++;
        }
        plot.setDataset(index, lines);
        plot.setRenderer(index, renderer);
        if (anyBands()) {
            Color grey = new Color(0x55, 0x55, 0x55);
            Shape square = new Rectangle2D.Double(-8, -8, 16, 16);
            legend.add(new LegendItem(
                    "25–75%" + bandsNote,
                    null,
                    null,
                    null,
                    square,
                    Palette.withAlpha(grey, Math.round(255 * (INNER_ALPHA + OUTER_ALPHA * (1 - INNER_ALPHA))))));
            legend.add(new LegendItem(
                    "5–95%", null, null, null, square, Palette.withAlpha(grey, Math.round(255 * OUTER_ALPHA))));
        }
        return legend;
    }

    static Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
