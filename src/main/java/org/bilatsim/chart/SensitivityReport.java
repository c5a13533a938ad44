package org.bilatsim.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * report.html of a global sensitivity analysis, "what drives this answer": per output, its
 * parameters ranked by total Sobol index with bootstrap intervals, and a ranked chart of the leading
 * ones (charts/sobol-&lt;output&gt;, its name with - for _). Self-contained, every string escaped.
 */
public final class SensitivityReport {
    /** Parameters shown in a chart; the table lists all. */
    static final int CHART_ROWS = 12;

    /** One parameter's indices for one output, with 95 % bootstrap intervals. */
    public record Row(
            String parameter,
            double first,
            double firstLow,
            double firstHigh,
            double total,
            double totalLow,
            double totalHigh,
            String distribution,
            String source) {}

    /**
     * One output, rows ranked by total index.
     *
     * @param key      the output's name in sobol.csv, used for its chart's file name
     * @param money    whether the output is in US$ (else a 0/1 indicator whose mean is a probability)
     */
    public record Section(String key, String label, boolean money, double mean, double variance, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    private SensitivityReport() {}

    public static Path write(
            Path folder, String scenario, int year, int samples, int runs, int parameters, List<Section> sections)
            throws IOException {
        StringBuilder h = new StringBuilder(1 << 15);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src 'self' data:\">\n")
                .append("<title>What drives ")
                .append(Html.escape(scenario))
                .append(" · bilatsim</title>\n")
                .append("<style>\n")
                .append(ReportWriter.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">bilatsim · global sensitivity</p>\n<h1>")
                .append(Html.escape(scenario))
                .append("</h1>\n<p class=\"meta\">")
                .append(parameters)
                .append(" uncertain parameters · year ")
                .append(year)
                .append(" · N = ")
                .append(samples)
                .append(" base samples · ")
                .append(runs)
                .append(" runs</p>\n</header>\n");
        h.append("<section id=\"what-drives-this-answer\">\n<h2>What drives this answer</h2>\n")
                .append("<p>Sobol indices over the config's uncertain parameters (Saltelli design; first-order by ")
                .append("Saltelli 2010, total by Jansen 1999; 95% bootstrap intervals). The <strong>total</strong> ")
                .append("index is the share of the answer's variance a parameter takes part in, alone or with others; ")
                .append(
                        "the <strong>first-order</strong> index the share it explains alone. Each base sample runs with ")
                .append("one seed, so shocks and agent set-up are part of the variance but of no parameter's index. ")
                .append("Only the uncertainty written into the config is analysed: a value without a distribution is ")
                .append("held fixed.</p>\n");
        Path charts = folder.resolve(ReportWriter.CHARTS);
        for (Section s : sections) {
            h.append("<h3>")
                    .append(Html.escape(s.label()))
                    .append(" in ")
                    .append(year)
                    .append("</h3>\n");
            if (!(s.variance() > 0)) {
                h.append("<p class=\"muted\">It does not vary over the parameters and seeds (")
                        .append(s.money() ? Html.escape(MoneyUnit.format(s.mean())) : "P = " + fmt(s.mean()))
                        .append(" in every run): no indices.</p>\n");
                continue;
            }
            h.append("<p class=\"muted\">")
                    .append(
                            s.money()
                                    ? "Mean " + Html.escape(MoneyUnit.format(s.mean())) + ", standard deviation "
                                            + Html.escape(MoneyUnit.format(Math.sqrt(s.variance())))
                                    : "P(target) = " + fmt(s.mean()))
                    .append(" over the design.</p>\n");
            ChartFiles.WrittenChart chart =
                    ChartFiles.write(chart(s, year), charts, "sobol-" + s.key().replace('_', '-'));
            h.append("<figure><div class=\"chart\">").append(chart.svg()).append("</div></figure>\n");
            h.append("<table class=\"numbers\">\n<thead><tr><th>rank</th><th>parameter</th><th>total [95%]</th>")
                    .append("<th>first-order [95%]</th><th>distribution</th><th>source</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < s.rows().size(); i++) {
                Row r = s.rows().get(i);
                h.append("<tr><td>")
                        .append(i + 1)
                        .append("</td><th>")
                        .append(Html.escape(r.parameter()))
                        .append("</th><td>")
                        .append(fmt(r.total()))
                        .append(" <span class=\"band\">[")
                        .append(fmt(r.totalLow()))
                        .append(", ")
                        .append(fmt(r.totalHigh()))
                        .append("]</span></td><td>")
                        .append(fmt(r.first()))
                        .append(" <span class=\"band\">[")
                        .append(fmt(r.firstLow()))
                        .append(", ")
                        .append(fmt(r.firstHigh()))
                        .append("]</span></td><td style=\"text-align:left\">")
                        .append(Html.escape(r.distribution()))
                        .append("</td><td style=\"text-align:left\">")
                        .append(Html.escape(r.source()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n<footer>Written by bilatsim from the indices in <code>sobol.csv</code>.</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        Path report = folder.resolve(ReportWriter.REPORT);
        Path tmp = folder.resolve("." + ReportWriter.REPORT + ".tmp");
        Files.writeString(tmp, h.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING);
        return report;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The leading parameters by total index: a bar per parameter from its interval's low to high end, and the estimate. */
    static JFreeChart chart(Section s, int year) {
        List<Row> rows = s.rows().subList(0, Math.min(CHART_ROWS, s.rows().size()));
        int k = rows.size();
        String[] categories = new String[k];
        Number[][] starts = new Number[2][k];
        Number[][] ends = new Number[2][k];
        for (int i = 0; i < k; i++) {
            Row r = rows.get(i);
            // Category keys must be distinct; parameter paths are.
            categories[i] = r.parameter();
            starts[0][i] = Math.max(0, r.totalLow());
            ends[0][i] = Math.max(0, r.totalHigh());
            starts[1][i] = Math.max(0, Math.min(r.firstLow(), r.firstHigh()));
            ends[1][i] = Math.max(0, r.firstHigh());
        }
        DefaultIntervalCategoryDataset dataset = new DefaultIntervalCategoryDataset(
                new String[] {"total index, 95% interval", "first-order index, 95% interval"},
                categories,
                starts,
                ends);
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2));
        renderer.setSeriesPaint(1, new Color(0xE6, 0x9F, 0x00));
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(ChartStyle.TICK);
        categoryAxis.setTickLabelPaint(ChartStyle.TEXT);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis valueAxis = ChartStyle.valueAxis("Sobol index (share of the variance)");
        valueAxis.setRange(0, 1);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        return ChartStyle.chart(
                "What drives the " + ChartParts.lowerFirst(s.label()) + " in " + year + "?",
                List.of(
                        "Parameters ranked by total Sobol index (largest first); bars span the 95% bootstrap intervals"),
                plot,
                true);
    }
}
