package org.bilatsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * The charts of a run and of experiments, as JFreeChart objects (write them with {@link ChartFiles}).
 * Each title says what the chart answers; amounts are in US$ million (or billion for amounts of
 * US$10 billion and more); colours come from {@link Palette}.
 */
public final class TradeCharts {
    private static final String ARROW = " → ";
    /** The approximate plot width at the default chart size, px (for laying out marker labels). */
    private static final double PLOT_WIDTH = ChartFiles.WIDTH - 130;

    private TradeCharts() {
    }

    // ---------------------------------------------------------------------------------------------
    // (1) Path to target

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
                .line("Two-way total", Palette.colour(Palette.TOTAL), new BasicStroke(3.2f), scaled(total, f), bands, true)
                .line(m.countryShortName(target.a()) + ARROW + m.countryShortName(target.b()), Palette.colour(target.a()),
                        ChartStyle.LINE, scaled(ab, f), bands, true)
                .line(m.countryShortName(target.b()) + ARROW + m.countryShortName(target.a()), Palette.colour(target.b()),
                        ChartStyle.LINE, scaled(ba, f), bands, true);
        if (!m.observed().isEmpty()) {
            Map<Integer, Double> observed = new TreeMap<>();
            m.observed().forEach((y, v) -> observed.put(y, v * f));
            layer.points("Observed two-way total", Color.BLACK, observed);
        }

        int first = total.isEmpty() ? 2024 : total.firstKey();
        int last = total.isEmpty() ? first : total.lastKey();
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
        subtitles.add("Annual trade between " + m.countryShortName(target.a()) + " and " + m.countryShortName(target.b())
                + ", " + unit.axisLabel() + " (all modelled products)");
        subtitles.add(runLine(m.scenario(), n, true));
        if (log) {
            subtitles.add("Logarithmic scale, chosen because the target is "
                    + Math.round(target.valueUsd() / maxTotal) + "× the largest simulated total");
        }
        String title = "Does " + m.pairName() + " trade reach the " + MoneyUnit.format(target.valueUsd())
                + " target" + (target.year() != null ? " by " + target.year() : "") + "?";
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
    public static String verdict(Map<Integer, double[]> totalsByYear, double targetUsd, int replications,
            Integer targetYear) {
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
                    + (targetYear != null ? (reached.getAsInt() <= targetYear ? ", on time" : ", after " + targetYear) : "")
                    + share;
        }
        double lastValue = medians.get(last);
        return "Not reached by " + last + ": " + (replications > 1 ? "median " : "") + last + " total "
                + MoneyUnit.format(lastValue) + " = " + percent(lastValue / targetUsd) + " of the target" + share;
    }

    // ---------------------------------------------------------------------------------------------
    // (2) Scenario comparison

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
        double maxTotal = scenarios.stream().mapToDouble(s -> ChartData.max(s.totalsByYearAcrossReplications()))
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
        boolean log = ChartData.useLogScale(targetUsd, maxTotal);
        MoneyUnit unit = MoneyUnit.forMax(Math.max(targetUsd, maxTotal));
        double f = 1 / unit.divisor();
        Map<String, Color> colours = Palette.assign(scenarios.stream().map(ScenarioPaths::name).toList());
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int maxReps = 0;
        for (ScenarioPaths s : scenarios) {
            layer.line(s.name(), colours.get(s.name()), ChartStyle.LINE, scaled(s.totalsByYearAcrossReplications(), f),
                    s.replications() > 1, true);
            for (int year : s.totalsByYearAcrossReplications().keySet()) {
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
            maxReps = Math.max(maxReps, s.replications());
        }
        if (first == Integer.MAX_VALUE) {
            first = 2024;
            last = 2024;
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
        ChartStyle.horizontalLine(plot, targetScaled, Palette.TARGET, ChartStyle.TARGET,
                "Target: " + MoneyUnit.format(targetUsd) + " a year");
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Annual two-way trade, " + unit.axisLabel()
                + (maxReps > 1 ? "; lines: medians, shaded: 25–75% and 5–95% of replications" : ""));
        if (log) {
            subtitles.add("Logarithmic scale, chosen because the target is " + Math.round(targetUsd / maxTotal)
                    + "× the largest simulated total");
        }
        return ChartStyle.chart("Which scenario brings " + pairName + " trade closest to the "
                + MoneyUnit.format(targetUsd) + " target?", subtitles, plot, true);
    }

    /**
     * Each scenario's two-way trade minus the baseline's, by year: median and bands of the paired
     * differences (replication by replication when both have the same number of replications).
     *
     * @param baselineName the name of the baseline among the scenarios (it is not drawn)
     */
    public static JFreeChart differencesFromBaseline(List<ScenarioPaths> scenarios, String baselineName) {
        ScenarioPaths baseline = scenarios.stream().filter(s -> s.name().equals(baselineName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario named " + baselineName));
        List<ScenarioPaths> others = scenarios.stream().filter(s -> !s.name().equals(baselineName)).toList();
        Map<String, SortedMap<Integer, double[]>> diffs = new LinkedHashMap<>();
        double maxAbs = 0;
        for (ScenarioPaths s : others) {
            SortedMap<Integer, double[]> d = ChartData.differences(s.totalsByYearAcrossReplications(),
                    baseline.totalsByYearAcrossReplications());
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
        Map<String, Color> colours = Palette.assign(scenarios.stream().map(ScenarioPaths::name).toList());
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        boolean anyBands = false;
        for (Map.Entry<String, SortedMap<Integer, double[]>> e : diffs.entrySet()) {
            boolean bands = e.getValue().values().stream().findFirst().map(v -> v.length > 1).orElse(false);
            anyBands |= bands;
            layer.line(e.getKey(), colours.get(e.getKey()), ChartStyle.LINE, scaled(e.getValue(), f), bands, true);
            if (!e.getValue().isEmpty()) {
                first = Math.min(first, e.getValue().firstKey());
                last = Math.max(last, e.getValue().lastKey());
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = 2024;
            last = 2024;
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        plot.setDomainAxis(ChartStyle.yearAxis(first, last));
        NumberAxis rangeAxis = ChartStyle.valueAxis("difference from " + baselineName + ", " + unit.axisLabel() + " a year");
        rangeAxis.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(rangeAxis);
        plot.setFixedLegendItems(layer.addTo(plot, 0, y -> y, Double.NaN, ""));
        ChartStyle.horizontalLine(plot, 0, Palette.MARKER, new BasicStroke(1.5f), null);
        List<String> subtitles = List.of("Two-way trade minus the baseline's, " + unit.axisLabel() + " a year"
                + (anyBands ? "; lines: median of paired differences (same seeds), shaded: 25–75% and 5–95%" : ""));
        return ChartStyle.chart("How much does each scenario add to trade compared with " + baselineName + "?",
                subtitles, plot, true);
    }

    // ---------------------------------------------------------------------------------------------
    // (3) Products

    /**
     * Stacked areas of annual trade value by product, one panel per direction of the target pair
     * (medians of each product when there are several replications).
     */
    public static JFreeChart products(RunResults run) {
        RunManifest m = run.manifest();
        String a = m.target().a();
        String b = m.target().b();
        Map<String, Color> colours = productColours(run);
        Set<String> traded = new LinkedHashSet<>();
        for (TidyRow r : run.annual()) {
            if (r.metric().equals(RunResults.TRADE_VALUE) && ((r.exporter().equals(a) && r.importer().equals(b))
                    || (r.exporter().equals(b) && r.importer().equals(a)))) {
                traded.add(r.product());
            }
        }
        List<String> products = run.products().stream().filter(traded::contains).toList();
        int n = run.replicationCount();
        SortedMap<Integer, double[]> total = run.annualTwoWayTrade();
        int first = total.isEmpty() ? 2024 : total.firstKey();
        int last = total.isEmpty() ? first : total.lastKey();
        MoneyUnit unit = MoneyUnit.forMax(ChartData.max(total));
        double f = 1 / unit.divisor();

        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        Set<String> inLegend = new LinkedHashSet<>();
        List<String> noTrade = new ArrayList<>();
        for (String[] dir : new String[][] {{a, b}, {b, a}}) {
            DefaultTableXYDataset dataset = new DefaultTableXYDataset();
            StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
            renderer.setRoundXCoordinates(true);
            int series = 0;
            for (String product : products) {
                SortedMap<Integer, double[]> values = run.annualSum(RunResults.TRADE_VALUE,
                        r -> r.exporter().equals(dir[0]) && r.importer().equals(dir[1]) && r.product().equals(product));
                if (values.isEmpty()) {
                    continue;
                }
                XYSeries xs = new XYSeries(shortName(m.productName(product)), false, false);
                for (int year = first; year <= last; year++) {
                    double[] v = values.get(year);
                    double median = v == null ? 0 : ChartData.quantile(v, 0.5);
                    xs.add(year, Double.isNaN(median) ? 0 : median * f);
                }
                dataset.addSeries(xs);
                Color c = colours.get(product);
                renderer.setSeriesPaint(series, c);
                if (inLegend.add(product)) {
                    legend.add(new LegendItem(shortName(m.productName(product)), c));
                }
                series++;
            }
            if (series == 0) {
                noTrade.add(m.countryShortName(dir[0]) + ARROW + m.countryShortName(dir[1]));
                continue;
            }
            NumberAxis axis = ChartStyle.valueAxis(unit.axisLabel());
            axis.setUpperMargin(0.18); // room for the panel's label above the stack
            XYPlot sub = new XYPlot(dataset, null, axis, renderer);
            ChartStyle.plot(sub);
            panelLabel(sub, m.countryShortName(dir[0]) + ARROW + m.countryShortName(dir[1]), Palette.colour(dir[0]));
            combined.add(sub, 1);
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        if (combined.getSubplots().isEmpty()) {
            XYPlot empty = new XYPlot(new DefaultTableXYDataset(), null, ChartStyle.valueAxis(unit.axisLabel()),
                    new StackedXYAreaRenderer2());
            ChartStyle.plot(empty);
            combined.add(empty, 1);
        }
        List<String> subtitles = List.of("Annual trade value by product, stacked, " + unit.axisLabel()
                        + (noTrade.isEmpty() ? "" : "; no trade " + String.join(", ", noTrade)),
                "Scenario " + m.scenario() + (n > 1 ? " · each product's median of " + n + " replications" : ""));
        return ChartStyle.chart("Which products carry " + m.pairName() + " trade?", subtitles, combined, true);
    }

    // ---------------------------------------------------------------------------------------------
    // (4) Prices

    /**
     * Monthly landed (duty-paid) and export (FOB) prices of one product by origin, with the policy
     * changes that apply to the product as labelled vertical lines (medians across replications).
     */
    public static JFreeChart prices(RunResults run, String product) {
        RunManifest m = run.manifest();
        List<String> origins = new ArrayList<>();
        String importer = m.productImporters().getOrDefault(product, "");
        for (TidyRow r : run.monthly()) {
            if (r.product().equals(product) && r.metric().equals("landed_price") && !origins.contains(r.exporter())) {
                origins.add(r.exporter());
                if (importer.isEmpty()) {
                    importer = r.importer();
                }
            }
        }
        origins.sort(Comparator.comparing((String o) -> !o.equals(m.target().a()) && !o.equals(m.target().b()))
                .thenComparing(o -> o));
        Map<String, Color> colours = Palette.assign(origins);
        SeriesLayer layer = new SeriesLayer();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (String origin : origins) {
            for (String metric : List.of("landed_price", "export_price")) {
                SortedMap<Integer, double[]> v = run.monthlySum(metric,
                        r -> r.product().equals(product) && r.exporter().equals(origin));
                if (v.isEmpty()) {
                    continue;
                }
                first = Math.min(first, v.firstKey());
                last = Math.max(last, v.lastKey());
                boolean landed = metric.equals("landed_price");
                String name = m.countryShortName(origin) + (landed ? ": landed, duty-paid" : ": export (FOB)");
                layer.line(name, colours.get(origin), landed ? ChartStyle.LINE : ChartStyle.DASHED, medianOnly(v),
                        false, false);
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = 2024 * 12;
            last = first + 11;
        }
        XYPlot plot = new XYPlot();
        ChartStyle.plot(plot);
        DateAxis time = ChartStyle.monthAxis(first, last);
        plot.setDomainAxis(time);
        String unit = run.unit("landed_price", product);
        NumberAxis rangeAxis = ChartStyle.valueAxis(priceAxisLabel(unit, m.productUnits().get(product)));
        rangeAxis.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(rangeAxis);
        IntToDoubleFunction x = ChartStyle::millis;
        plot.setFixedLegendItems(layer.addTo(plot, 0, x, Double.NaN, ""));
        List<RunManifest.PolicyChange> changes = inSpan(m.policyChanges().stream().filter(c -> c.appliesTo(product))
                .toList(), first, last);
        ChartStyle.MarkerLabels labels = ChartStyle.policyMarkers(plot, changes, true, x, time.getLowerBound(),
                time.getUpperBound(), PLOT_WIDTH);
        // room above the lines for the marker labels
        double lo = layer.min();
        double hi = layer.max();
        if (!Double.isNaN(lo)) {
            double pad = Math.max((hi - lo) * 0.06, Math.abs(hi) * 0.02);
            double labelPx = labels.rows() == 0 ? 0 : labels.rows() * ChartStyle.LABEL_ROW_PX + 10;
            double span = (hi - lo + 2 * pad) / (1 - labelPx / 480.0);
            rangeAxis.setRange(lo - pad, lo - pad + span);
            rangeAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(ChartData.niceStep(span / 10),
                    ChartStyle.numberFormat()));
        }
        int n = run.replicationCount();
        List<String> subtitles = List.of(
                "Monthly prices of " + m.productName(product) + " imported by " + m.countryShortName(importer)
                        + " from each origin, " + rangeAxis.getLabel(),
                "Solid: landed at the border, duty-paid (before VAT); dashed: received by exporters (FOB)"
                        + (changes.isEmpty() ? "; no policy change applies to this product"
                                : "; dotted lines: policy changes for this product"),
                "Scenario " + m.scenario() + (n > 1 ? " · medians of " + n + " replications" : ""));
        JFreeChart chart = ChartStyle.chart(shortName(m.productName(product)) + " in " + m.countryShortName(importer)
                + ": what do importers pay, and exporters get?", subtitles, plot, true);
        ChartStyle.addKey(chart, labels);
        return chart;
    }
    /** The default product for the price chart: most tariff-rate changes, else the first product. */
    public static String defaultPriceProduct(RunResults run) {
        String p = ChartData.mostTariffChanges(run.monthly(), run.products());
        return p != null ? p : run.products().isEmpty() ? "" : run.products().get(0);
    }

    // ---------------------------------------------------------------------------------------------
    // (5) Government

    /**
     * Annual tariff revenue by importing country: on imports from all origins (top) and from the target
     * partner only (bottom), medians with bands when there are several replications.
     */
    public static JFreeChart tariffRevenue(RunResults run) {
        RunManifest m = run.manifest();
        List<String> importers = new ArrayList<>();
        for (TidyRow r : run.annual()) {
            if (r.metric().equals("tariff_revenue") && !importers.contains(r.importer())) {
                importers.add(r.importer());
            }
        }
        importers.sort(Comparator.comparing((String c) -> c.equals(m.target().a()) ? 0 : c.equals(m.target().b()) ? 1 : 2)
                .thenComparing(c -> c));
        int n = run.replicationCount();
        boolean bands = n > 1;
        Map<String, Color> colours = Palette.assign(importers);
        SortedMap<Integer, double[]> total = run.annualTwoWayTrade();
        int first = total.isEmpty() ? 2024 : total.firstKey();
        int last = total.isEmpty() ? first : total.lastKey();
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(ChartStyle.yearAxis(first, last));
        combined.setGap(14);
        LegendItemCollection legend = null;
        for (boolean partnerOnly : new boolean[] {false, true}) {
            SeriesLayer layer = new SeriesLayer();
            for (String importer : importers) {
                String partner = importer.equals(m.target().a()) ? m.target().b()
                        : importer.equals(m.target().b()) ? m.target().a() : null;
                if (partnerOnly && partner == null) {
                    continue;
                }
                SortedMap<Integer, double[]> v = run.annualSum("tariff_revenue",
                        r -> r.importer().equals(importer) && (!partnerOnly || r.exporter().equals(partner)));
                layer.line(m.countryShortName(importer), colours.get(importer), ChartStyle.LINE, scaled(v, 1e-6), bands, true);
            }
            XYPlot sub = new XYPlot();
            ChartStyle.plot(sub);
            NumberAxis axis = ChartStyle.valueAxis("US$ million a year");
            axis.setAutoRangeIncludesZero(true);
            sub.setRangeAxis(axis);
            LegendItemCollection items = layer.addTo(sub, 0, y -> y, Double.NaN, bands ? " of " + n + " replications" : "");
            if (legend == null) {
                legend = items;
            }
            panelLabel(sub, partnerOnly
                    ? "Duty on imports from the partner (" + m.countryShortName(m.target().a()) + " from "
                            + m.countryShortName(m.target().b()) + ", " + m.countryShortName(m.target().b()) + " from "
                            + m.countryShortName(m.target().a()) + ")"
                    : "Duty on imports from all origins, modelled products", ChartStyle.TEXT);
            axis.setUpperMargin(0.25);
            combined.add(sub, 1);
        }
        ChartStyle.plot(combined);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = List.of("Annual tariff revenue collected by each importing country, US$ million",
                runLine(m.scenario(), n, true));
        return ChartStyle.chart("How much duty does each government collect?", subtitles, combined, true);
    }

    /**
     * Investment projects (e.g. Reko Diq): exports of each commodity, and the project's capital
     * spending and debt service, US$ million a year, medians with bands across replications.
     */
    public static JFreeChart projects(RunResults run) {
        RunManifest m = run.manifest();
        List<String> commodities = new ArrayList<>();
        List<String> projects = new ArrayList<>();
        for (TidyRow r : run.annual()) {
            if (r.metric().equals("project_output") && !commodities.contains(r.product())) {
                commodities.add(r.product());
            }
            if (r.metric().equals("project_capex") && !projects.contains(r.product())) {
                projects.add(r.product());
            }
        }
        int n = run.replicationCount();
        boolean bands = n > 1;
        // The project's own years: its exports may start long after its spending.
        int first = run.annual().stream().mapToInt(r -> Integer.parseInt(r.period())).min().orElse(2024);
        int last = run.annual().stream().mapToInt(r -> Integer.parseInt(r.period())).max().orElse(first);
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
            exports.line(commodity + " exports", colours.get(commodity), ChartStyle.LINE,
                    scaled(run.annualSum(RunResults.TRADE_VALUE, r -> r.product().equals(commodity)), 1e-6), bands, true);
        }
        SeriesLayer finance = new SeriesLayer();
        for (String project : projects) {
            finance.line(project + " capex", colours.get(project + " capex"), ChartStyle.LINE,
                    scaled(run.annualSum("project_capex", r -> r.product().equals(project)), 1e-6), bands, true);
            finance.line(project + " debt service", colours.get(project + " debt service"), ChartStyle.LINE,
                    scaled(run.annualSum("debt_service", r -> r.product().equals(project)), 1e-6), bands, true);
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
            LegendItemCollection items = layers[k].addTo(sub, 0, y -> y, Double.NaN,
                    bands ? " of " + n + " replications" : "");
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
        List<String> subtitles = List.of("Project exports, capital spending and debt service, US$ million a year",
                runLine(m.scenario(), n, bands));
        return ChartStyle.chart("When do the project's exports come, and what does it cost?", subtitles, combined, true);
    }

    /**
     * Monthly active exporters (the extensive margin) by origin and product, one panel per origin;
     * markets with at most one active firm throughout (ROW's aggregate supplier, a single producer)
     * are left out and named in a subtitle. Policy changes are marked.
     */
    public static JFreeChart activeExporters(RunResults run) {
        RunManifest m = run.manifest();
        Map<String, Color> colours = productColours(run);
        Map<String, Map<String, SortedMap<Integer, double[]>>> byOrigin = new LinkedHashMap<>();
        Map<String, List<String>> leftOut = new LinkedHashMap<>();
        for (List<String> flow : run.flows("active_exporters")) {
            String origin = flow.get(0);
            String product = flow.get(2);
            SortedMap<Integer, double[]> v = run.monthlySum("active_exporters",
                    r -> r.exporter().equals(origin) && r.product().equals(product) && r.importer().equals(flow.get(1)));
            if (v.isEmpty()) {
                continue;
            }
            if (!(ChartData.max(v) > 1)) {
                leftOut.computeIfAbsent(origin, k -> new ArrayList<>()).add(shortName(m.productName(product)));
                continue;
            }
            byOrigin.computeIfAbsent(origin, k -> new LinkedHashMap<>()).put(product, v);
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Map<String, SortedMap<Integer, double[]>> e : byOrigin.values()) {
            for (SortedMap<Integer, double[]> v : e.values()) {
                first = Math.min(first, v.firstKey());
                last = Math.max(last, v.lastKey());
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = 2024 * 12;
            last = first + 11;
        }
        int n = run.replicationCount();
        boolean bands = n > 1;
        DateAxis time = ChartStyle.monthAxis(first, last);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        ChartStyle.MarkerLabels labels = new ChartStyle.MarkerLabels(0, null);
        combined.setGap(14);
        LegendItemCollection legend = new LegendItemCollection();
        LegendItemCollection bandItems = new LegendItemCollection();
        IntToDoubleFunction x = ChartStyle::millis;
        List<RunManifest.PolicyChange> changes = inSpan(m.policyChanges(), first, last);
        boolean firstPanel = true;
        for (Map.Entry<String, Map<String, SortedMap<Integer, double[]>>> o : byOrigin.entrySet()) {
            SeriesLayer layer = new SeriesLayer();
            for (Map.Entry<String, SortedMap<Integer, double[]>> p : o.getValue().entrySet()) {
                layer.line(shortName(m.productName(p.getKey())), colours.get(p.getKey()), ChartStyle.THIN_LINE,
                        scaled(p.getValue(), 1), bands, false);
            }
            XYPlot sub = new XYPlot();
            ChartStyle.plot(sub);
            NumberAxis axis = ChartStyle.valueAxis("firms");
            axis.setAutoRangeIncludesZero(true);
            sub.setRangeAxis(axis);
            for (LegendItem item : iterable(layer.addTo(sub, 0, x, Double.NaN, bands ? " of " + n + " replications" : ""))) {
                boolean swatch = item.getLabel().startsWith("25–75%") || item.getLabel().startsWith("5–95%");
                LegendItemCollection target = swatch ? bandItems : legend;
                if (!contains(target, item.getLabel())) {
                    target.add(item);
                }
            }
            ChartStyle.MarkerLabels l = ChartStyle.policyMarkers(sub, changes, firstPanel, x, time.getLowerBound(),
                    time.getUpperBound(), PLOT_WIDTH);
            if (firstPanel) {
                labels = l;
            }
            axis.setUpperMargin(ChartStyle.upperMarginFor(Math.max(30, l.rows() * ChartStyle.LABEL_ROW_PX + 10),
                    (430.0 - 14 * (byOrigin.size() - 1)) / Math.max(1, byOrigin.size())));
            axis.setLabel("firms in " + m.countryShortName(o.getKey()));
            axis.setLabelPaint(Palette.colour(o.getKey()));
            combined.add(sub, 1);
            firstPanel = false;
        }
        ChartStyle.plot(combined);
        legend.addAll(bandItems);
        combined.setFixedLegendItems(legend);
        List<String> subtitles = new ArrayList<>();
        subtitles.add("Exporting firms active each month, by product market"
                + (changes.isEmpty() ? "" : "; dotted lines: policy changes"));
        if (!leftOut.isEmpty()) {
            // An origin none of whose markets has more than one firm (ROW) is named alone; an origin
            // shown for other products names the markets left out (e.g. a single urea producer).
            List<String> names = new ArrayList<>();
            leftOut.forEach((origin, products) -> names.add(m.countryShortName(origin)
                    + (byOrigin.containsKey(origin) ? ": " + String.join(", ", products) : "")));
            subtitles.add("Not shown: " + String.join("; ", names)
                    + " (at most one active firm: an aggregate supplier or a single producer)");
        }
        subtitles.add(runLine(m.scenario(), n, true));
        JFreeChart chart = ChartStyle.chart("How many firms export? (the extensive margin)", subtitles, combined, true);
        ChartStyle.addKey(chart, labels);
        return chart;
    }

    // ---------------------------------------------------------------------------------------------
    // (6) Tornado

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
        JFreeChart chart = ChartStyle.chart("Which assumptions move " + lowerFirst(outcome) + " most?",
                List.of(outcome + " with each parameter at the low and high end of its range, averaged over the other parameters; "
                        + unit.axisLabel()), plot, true);
        chart.getLegend().setFrame(BlockBorder.NONE);
        return chart;
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** Colours of every product and flow key of the run, the same in every chart of the run. */
    static Map<String, Color> productColours(RunResults run) {
        return Palette.assign(run.products());
    }

    /** The line naming the scenario and what lines and shading show. */
    /** The label in the top-left corner of one panel of a combined chart. */
    private static void panelLabel(XYPlot panel, String text, Color colour) {
        TextTitle label = new TextTitle(text, ChartStyle.ANNOTATION);
        label.setPaint(colour);
        label.setBackgroundPaint(new Color(255, 255, 255, 220));
        label.setPadding(new RectangleInsets(2, 6, 2, 6));
        panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, label, RectangleAnchor.TOP_LEFT));
    }

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
        String per = volumeUnit != null && !volumeUnit.isEmpty() ? volumeUnit
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

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static SortedMap<Integer, Band> scaled(Map<Integer, double[]> values, double factor) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        ChartData.bands(values).forEach((k, b) -> out.put(k, b.scaled(factor)));
        return out;
    }

    private static SortedMap<Integer, Band> medianOnly(Map<Integer, double[]> values) {
        SortedMap<Integer, Band> out = new TreeMap<>();
        ChartData.medians(values).forEach((k, v) -> out.put(k, new Band(v, v, v, v, v)));
        return out;
    }

    private static List<RunManifest.PolicyChange> inSpan(List<RunManifest.PolicyChange> changes, int first, int last) {
        return changes.stream().filter(c -> {
            int mi = ChartStyle.monthIndex(c.month());
            return mi >= first && mi <= last;
        }).toList();
    }

    private static Iterable<LegendItem> iterable(LegendItemCollection c) {
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < c.getItemCount(); i++) {
            items.add(c.get(i));
        }
        return items;
    }

    private static boolean contains(LegendItemCollection c, String label) {
        for (int i = 0; i < c.getItemCount(); i++) {
            if (c.get(i).getLabel().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
