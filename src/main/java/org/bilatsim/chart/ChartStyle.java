package org.bilatsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Fonts, strokes, axes and markers shared by every chart (sized for 1200 × 700 px). */
final class ChartStyle {
    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 24);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 16);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 16);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 15);
    static final Font ANNOTATION = new Font(FAMILY, Font.BOLD, 15);
    static final Font MARKER_LABEL = new Font(FAMILY, Font.PLAIN, 13);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color SUBTEXT = new Color(0x44, 0x44, 0x44);

    static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN_LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED =
            new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 5f}, 0f);
    static final Stroke TARGET =
            new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 6f}, 0f);
    static final Stroke MARKER =
            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 4f}, 0f);

    static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private ChartStyle() {}

    /** A white chart with the title, subtitles and the legend (if any) below the plot. */
    static JFreeChart chart(String title, List<String> subtitles, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 18));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(new RectangleInsets(4, 8, 2, 4));
        for (String s : subtitles) {
            TextTitle t = new TextTitle(s, SUBTITLE);
            t.setPaint(SUBTEXT);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setTextAlignment(HorizontalAlignment.LEFT);
            t.setMargin(new RectangleInsets(1, 8, 1, 4));
            chart.addSubtitle(t);
        }
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(LEGEND);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            l.setMargin(new RectangleInsets(6, 4, 0, 4));
        }
        return chart;
    }

    /** White background, light grid, no outline. */
    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    static void axis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(Color.GRAY);
        axis.setTickMarkPaint(Color.GRAY);
    }

    /** A year axis: integer ticks without thousands separators, every 1, 2 or 5 years. */
    static NumberAxis yearAxis(int firstYear, int lastYear) {
        NumberAxis axis = new NumberAxis(null);
        axis(axis);
        int span = Math.max(1, lastYear - firstYear);
        int step = span <= 16 ? 1 : span <= 32 ? 2 : 5;
        axis.setTickUnit(
                new NumberTickUnit(step, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        axis.setRange(firstYear - 0.4, lastYear + 0.4);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** A month axis (x = epoch milliseconds at the start of the month, UTC) labelled by year. */
    static DateAxis monthAxis(int firstMonthIndex, int lastMonthIndex) {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis(axis);
        int years = Math.max(1, (lastMonthIndex - firstMonthIndex) / 12);
        int step = years <= 16 ? 1 : years <= 32 ? 2 : 5;
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy", Locale.ENGLISH);
        fmt.setTimeZone(UTC);
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, step, fmt));
        axis.setRange(millis(firstMonthIndex) - 10L * 86_400_000L, millis(lastMonthIndex + 1));
        return axis;
    }

    /** Epoch milliseconds (UTC) at the start of the month index (year × 12 + month − 1). */
    static long millis(int monthIndex) {
        YearMonth ym = YearMonth.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
        return ym.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static int monthIndex(YearMonth ym) {
        return ym.getYear() * 12 + ym.getMonthValue() - 1;
    }

    /** A linear value axis with thousands separators and at most two decimals. */
    static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis(axis);
        axis.setNumberFormatOverride(numberFormat());
        return axis;
    }

    static NumberFormat numberFormat() {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }

    /** A base-10 log axis with ticks labelled at 1, 2 and 5 times each power of ten. */
    static LogAxis logAxis(String label) {
        LogAxis axis = new OneTwoFiveLogAxis(label);
        axis(axis);
        axis.setBase(10);
        axis.setNumberFormatOverride(numberFormat());
        axis.setMinorTickMarksVisible(false);
        return axis;
    }

    /** A log axis whose ticks are 1, 2, 5 × 10^k (fewer when the range spans many decades). */
    static final class OneTwoFiveLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        OneTwoFiveLogAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected List refreshTicksVertical(
                java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList();
            double lower = getLowerBound();
            double upper = getUpperBound();
            double decades = Math.log10(upper / lower);
            double[] mantissas =
                    decades > 4 ? new double[] {1} : decades > 2.2 ? new double[] {1, 3} : new double[] {1, 2, 5};
            TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
            for (int k = (int) Math.floor(Math.log10(lower)) - 1; k <= Math.ceil(Math.log10(upper)); k++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, k);
                    if (v >= lower && v <= upper) {
                        ticks.add(new NumberTick(v, getNumberFormatOverride().format(v), anchor, anchor, 0.0));
                    }
                }
            }
            return ticks;
        }
    }

    /** A horizontal line at the value with a label above it, drawn over the data. */
    static void horizontalLine(XYPlot plot, double value, Color colour, Stroke stroke, String label) {
        ValueMarker m = new ValueMarker(value, colour, stroke);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(ANNOTATION);
            m.setLabelPaint(colour);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            m.setLabelOffset(new RectangleInsets(2, 8, 2, 2));
        }
        plot.addRangeMarker(m, Layer.FOREGROUND);
    }

    /**
     * Where a marker label goes: the row (0 = top) and whether the text runs to the left of the line.
     */
    record LabelSlot(int row, boolean left) {}

    /**
     * Lays out marker labels in rows from the top of the plot so that no two overlap: each label runs to
     * the right of its line unless it would pass the right edge, and takes the first row where it clears
     * the labels already placed (with a gap). Returns null if more than {@code maxRows} rows would be
     * needed.
     *
     * @param xs the lines' positions as fractions of the plot width (0–1), in any order
     * @param widths the labels' widths, px
     * @param plotWidth the plot width, px
     */
    static List<LabelSlot> layoutLabels(double[] xs, double[] widths, double plotWidth, int maxRows) {
        final double gap = 8;
        List<List<double[]>> rows = new ArrayList<>();
        List<LabelSlot> slots = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i] * plotWidth;
            boolean left = x + 4 + widths[i] > plotWidth && x - 4 - widths[i] >= 0;
            double from = left ? x - 4 - widths[i] : x;
            double to = left ? x : x + 4 + widths[i];
            int row = 0;
            while (true) {
                if (row == rows.size()) {
                    rows.add(new ArrayList<>());
                }
                boolean free = true;
                for (double[] used : rows.get(row)) {
                    if (from < used[1] + gap && to > used[0] - gap) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    break;
                }
                row++;
            }
            if (row >= maxRows) {
                return null;
            }
            rows.get(row).add(new double[] {from, to});
            slots.add(new LabelSlot(row, left));
        }
        return slots;
    }

    /** The width of the text in the marker label font, px. */
    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true))
                .getWidth();
    }

    /** What {@link #policyMarkers} drew: label rows used at the top, and a key when labels are numbers. */
    record MarkerLabels(int rows, String key) {}

    static final int LABEL_ROW_PX = 19;

    /** Adds the marker key (if any) below the plot. */
    static void addKey(JFreeChart chart, MarkerLabels labels) {
        if (labels.key() != null) {
            TextTitle t = new TextTitle(labels.key(), MARKER_LABEL);
            t.setPaint(SUBTEXT);
            t.setPosition(RectangleEdge.BOTTOM);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setTextAlignment(HorizontalAlignment.LEFT);
            t.setMargin(new RectangleInsets(2, 8, 2, 4));
            chart.addSubtitle(t);
        }
    }

    /**
     * The axis upper margin (fraction of the data range) that leaves {@code px} pixels free at the top
     * of a plot {@code plotHeight} pixels high (with the default 5 % lower margin).
     */
    static double upperMarginFor(double px, double plotHeight) {
        double share = Math.min(0.6, px / plotHeight);
        return Math.max(0.05, share * 1.05 / (1 - share));
    }

    /**
     * Vertical dotted lines at the policy changes (changes in the same month share one line) and, if
     * {@code labels}, their labels at the top of the plot, laid out in rows so that they do not overlap;
     * labels are drawn over the data with a white background. When more than four rows would be needed
     * the labels become numbers and the returned key explains them.
     *
     * @param xOfMonth the x value of a month index on this plot's domain axis
     * @param xLo the axis lower bound, in x units
     * @param xHi the axis upper bound, in x units
     * @param plotWidth the approximate plot width, px
     */
    static MarkerLabels policyMarkers(
            XYPlot plot,
            List<RunManifest.PolicyChange> changes,
            boolean labels,
            java.util.function.IntToDoubleFunction xOfMonth,
            double xLo,
            double xHi,
            double plotWidth) {
        Map<Integer, List<String>> byMonth = new java.util.TreeMap<>();
        for (RunManifest.PolicyChange c : changes) {
            List<String> l = byMonth.computeIfAbsent(monthIndex(c.month()), k -> new ArrayList<>());
            if (!l.contains(c.label())) {
                l.add(c.label());
            }
        }
        List<Double> xs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : byMonth.entrySet()) {
            double x = xOfMonth.applyAsDouble(e.getKey());
            plot.addDomainMarker(new ValueMarker(x, Palette.MARKER, MARKER), Layer.BACKGROUND);
            YearMonth ym = YearMonth.of(Math.floorDiv(e.getKey(), 12), Math.floorMod(e.getKey(), 12) + 1);
            xs.add(x);
            texts.add(ym + " " + String.join("; ", e.getValue()));
        }
        if (!labels || xs.isEmpty()) {
            return new MarkerLabels(0, null);
        }
        double[] fx = new double[xs.size()];
        double[] widths = new double[xs.size()];
        for (int i = 0; i < fx.length; i++) {
            fx[i] = (xs.get(i) - xLo) / (xHi - xLo);
            widths[i] = textWidth(texts.get(i), MARKER_LABEL) + 6;
        }
        List<LabelSlot> slots = layoutLabels(fx, widths, plotWidth, 4);
        String key = null;
        if (slots == null) {
            StringBuilder k = new StringBuilder("Policy changes: ");
            for (int i = 0; i < texts.size(); i++) {
                texts.set(i, (i > 0 ? "; " : "") + (i + 1) + " = " + texts.get(i));
                k.append(texts.get(i));
                texts.set(i, String.valueOf(i + 1));
                widths[i] = textWidth(texts.get(i), MARKER_LABEL) + 6;
            }
            key = k.toString();
            slots = layoutLabels(fx, widths, plotWidth, 100);
        }
        int rows = 0;
        for (int i = 0; i < texts.size(); i++) {
            LabelSlot slot = slots.get(i);
            rows = Math.max(rows, slot.row() + 1);
            ValueMarker label = new ValueMarker(xs.get(i), new Color(0, 0, 0, 0), new BasicStroke(0f));
            label.setLabel(texts.get(i));
            label.setLabelFont(MARKER_LABEL);
            label.setLabelPaint(TEXT);
            label.setLabelBackgroundColor(new Color(255, 255, 255, 235));
            label.setLabelAnchor(slot.left() ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            label.setLabelTextAnchor(slot.left() ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            label.setLabelOffset(new RectangleInsets(3 + LABEL_ROW_PX * slot.row(), 3, 2, 3));
            label.setLabelOffsetType(org.jfree.chart.ui.LengthAdjustmentType.EXPAND);
            plot.addDomainMarker(label, Layer.FOREGROUND);
        }
        return new MarkerLabels(rows, key);
    }
}
