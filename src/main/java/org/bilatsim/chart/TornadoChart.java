package org.bilatsim.chart;

import static org.bilatsim.chart.ChartParts.lowerFirst;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The tornado chart of a sensitivity analysis. */
public final class TornadoChart {
    private TornadoChart() {}

    /**
     * A tornado chart: for each parameter, bars from the base outcome to the outcome with the parameter
     * at its low and at its high value, the widest swing on top.
     *
     * @param baseUsd the outcome with every parameter at its base value, US$
     * @param outcome what the values measure, e.g. "Two-way trade in 2035" (values in US$)
     */
    public static JFreeChart tornado(List<Sensitivity> sensitivities, double baseUsd, String outcome) {
        List<Sensitivity> sorted = new ArrayList<>(sensitivities);
        sorted.sort(Comparator.comparingDouble(Sensitivity::swing).reversed().thenComparing(Sensitivity::parameter));
        double maxAbs = Math.abs(baseUsd);
        for (Sensitivity s : sorted) {
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(s.low()), Math.abs(s.high())));
        }
        MoneyUnit unit = MoneyUnit.forMax(maxAbs);
        double f = 1 / unit.divisor();
        int k = sorted.size();
        String[] categories = new String[k];
        Number[][] starts = new Number[2][k];
        Number[][] ends = new Number[2][k];
        for (int i = 0; i < k; i++) {
            Sensitivity s = sorted.get(i);
            categories[i] = s.parameter();
            starts[0][i] = Math.min(baseUsd, s.low()) * f;
            ends[0][i] = Math.max(baseUsd, s.low()) * f;
            starts[1][i] = Math.min(baseUsd, s.high()) * f;
            ends[1][i] = Math.max(baseUsd, s.high()) * f;
        }
        DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(
                new String[] {"parameter at its low value", "parameter at its high value"}, categories, starts, ends);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.0);
        renderer.setIncludeBaseInRange(false);
        renderer.setSeriesPaint(0, new Color(0xD5, 0x5E, 0x00));
        renderer.setSeriesPaint(1, new Color(0x00, 0x72, 0xB2));
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(ChartStyle.TICK);
        categoryAxis.setTickLabelPaint(ChartStyle.TEXT);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.32f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.25);
        NumberAxis valueAxis = ChartStyle.valueAxis(outcome + ", " + unit.axisLabel());
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        ValueMarker base = new ValueMarker(baseUsd * f, ChartStyle.TEXT, new BasicStroke(2f));
        base.setLabel("base: " + MoneyUnit.format(baseUsd));
        base.setLabelFont(ChartStyle.ANNOTATION);
        base.setLabelPaint(ChartStyle.TEXT);
        base.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        base.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        base.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        base.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        base.setLabelOffsetType(org.jfree.chart.ui.LengthAdjustmentType.EXPAND);
        plot.addRangeMarker(base, Layer.FOREGROUND);
        JFreeChart chart = ChartStyle.chart(
                "Which assumptions move " + lowerFirst(outcome) + " most?",
                List.of(outcome
                        + " with each parameter at the low and high end of its range, averaged over the other parameters; "
                        + unit.axisLabel()),
                plot,
                true);
        chart.getLegend().setFrame(BlockBorder.NONE);
        return chart;
    }
}
