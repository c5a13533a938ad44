package org.bilatsim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;

/** Pieces the chart families share: text helpers, panel labels, band tables, legend lists. */
final class ChartParts {
    private ChartParts() {}

    static final String ARROW = " → ";
    /** The approximate plot width at the default chart size, px (for laying out marker labels). */
    static final double PLOT_WIDTH = ChartFiles.WIDTH - 130;

    /** Colours of every product and flow key of the run, the same in every chart of the run. */
    static Map<String, Color> productColours(RunResults run) {
        return Palette.assign(run.products());
    }

    /** The label in the top-left corner of one panel of a combined chart. */
    static void panelLabel(XYPlot panel, String text, Color colour) {
        TextTitle label = new TextTitle(text, ChartStyle.ANNOTATION);
        label.setPaint(colour);
        label.setBackgroundPaint(new Color(255, 255, 255, 220));
        label.setPadding(new RectangleInsets(2, 6, 2, 6));
        panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, label, RectangleAnchor.TOP_LEFT));
    }

    /** The line naming the scenario and what lines and shading show. */
    static String runLine(String scenario, int replications, boolean bands) {
        if (replications <= 1) {
            return "Scenario " + scenario + " · one replication (no uncertainty bands)";
        }
        return "Scenario " + scenario + " · lines: medians of " + replications + " replications"
                + (bands ? "; shaded: 25–75% and 5–95% of replications" : "");
    }

    /**
     * A long display name without its parenthesised list or HS codes: "Other Pakistani goods (meat,
     * fruit, …)" → "Other Pakistani goods", "Textiles and apparel (HS 61-63)" → "Textiles and apparel";
     * names up to 28 characters and other parentheses are kept.
     */
    static String shortName(String name) {
        int paren = name.indexOf(" (");
        if (paren > 0 && name.length() > 28) {
            String inside = name.substring(paren + 2);
            if (inside.contains(",") || inside.startsWith("HS")) {
                return name.substring(0, paren);
            }
        }
        return name;
    }

    /** The price axis label from the metric unit ("USD/tonnes") and the product's volume unit. */
    static String priceAxisLabel(String metricUnit, String volumeUnit) {
        String per = volumeUnit != null && !volumeUnit.isEmpty()
                ? volumeUnit
                : metricUnit.startsWith("USD/") ? metricUnit.substring(4) : "";
        if (per.isEmpty()) {
            return metricUnit.isEmpty() ? "price" : metricUnit.replace("USD", "US$");
        }
        if (per.startsWith("USD-at-")) {
            return "price index (US$ per US$ of volume at " + per.substring(7).replace('-', ' ') + ")";
        }
        return "US$ per " + singular(per);
    }

    static String singular(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.endsWith("s") && u.length() > 3 && !u.endsWith("ss")) {
            return unit.substring(0, unit.length() - 1);
        }
        return unit;
    }

    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        double pct = share * 100;
        if (pct != 0 && Math.abs(pct) < 10) {
            return String.format(Locale.ROOT, "%.1f%%", pct);
        }
        return String.format(Locale.ROOT, "%.0f%%", pct);
    }

    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    static SortedMap<Integer, Band> scaled(Map<Integer, double[]> values, double factor) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        ChartData.bands(values).forEach((k, b) -> out.put(k, b.scaled(factor)));
        return out;
    }

    static SortedMap<Integer, Band> medianOnly(Map<Integer, double[]> values) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        ChartData.medians(values).forEach((k, v) -> out.put(k, new Band(v, v, v, v, v)));
        return out;
    }

    static List<RunManifest.PolicyChange> inSpan(List<RunManifest.PolicyChange> changes, int first, int last) {
        return changes.stream()
                .filter(c -> {
                    int mi = ChartStyle.monthIndex(c.month());
                    return mi >= first && mi <= last;
                })
                .toList();
    }

    static Iterable<LegendItem> iterable(LegendItemCollection c) {
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < c.getItemCount(); i++) {
            items.add(c.get(i));
        }
        return items;
    }

    static boolean contains(LegendItemCollection c, String label) {
        for (int i = 0; i < c.getItemCount(); i++) {
            if (c.get(i).getLabel().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
