package org.bilatsim.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * report.html of a comparison: each scenario's two-way total and its effect versus the baseline,
 * year by year with bands, and the comparison charts. Self-contained, every string escaped.
 */
public final class ComparisonReport {
    /**
     * One scenario in one year, US$.
     *
     * @param level      median, p5 and p95 of the two-way total
     * @param difference median, p5 and p95 of (scenario - baseline) per replication, the target's kinds
     * @param allFlowsDifference median, p5 and p95 of the same over every flow (services, G2G contracts)
     */
    public record Row(
            String scenario,
            int year,
            double[] level,
            double[] difference,
            double probabilityReached,
            double[] allFlowsDifference) {}

    private ComparisonReport() {}

    public static Path write(
            Path folder,
            String baseline,
            double targetUsd,
            int replications,
            List<Row> rows,
            List<ChartFiles.WrittenChart> charts)
            throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src 'self' data:\">\n")
                .append("<title>Comparison with ")
                .append(Html.escape(baseline))
                .append(" · bilatsim</title>\n")
                .append("<style>\n")
                .append(ReportWriter.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">bilatsim · comparison report</p>\n<h1>Effect versus ")
                .append(Html.escape(baseline))
                .append("</h1>\n<p class=\"description\">")
                .append(replications)
                .append(" replications of each scenario with common random numbers: replication k of every scenario ")
                .append("uses the baseline's seed k, so differences measure the policy, not the draw. Target: ")
                .append(Html.escape(MoneyUnit.format(targetUsd)))
                .append(" a year.</p>\n</header>\n");
        h.append("<section id=\"effects\">\n<h2>Two-way trade and effect versus the baseline</h2>\n<table>\n")
                .append("<thead><tr><th>scenario</th><th>year</th><th>median total</th><th>5–95 %</th>")
                .append("<th>median effect</th><th>5–95 %</th><th>P(target reached)</th>")
                .append("<th>all flows: median effect</th><th>5–95 %</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            h.append("<tr><td>")
                    .append(Html.escape(r.scenario()))
                    .append("</td><td>")
                    .append(r.year())
                    .append("</td><td>")
                    .append(millions(r.level()[0]))
                    .append("</td><td>")
                    .append(millions(r.level()[1]))
                    .append(" – ")
                    .append(millions(r.level()[2]))
                    .append("</td><td>")
                    .append(millions(r.difference()[0]))
                    .append("</td><td>")
                    .append(millions(r.difference()[1]))
                    .append(" – ")
                    .append(millions(r.difference()[2]))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.3f", r.probabilityReached()))
                    .append("</td><td>")
                    .append(millions(r.allFlowsDifference()[0]))
                    .append("</td><td>")
                    .append(millions(r.allFlowsDifference()[1]))
                    .append(" – ")
                    .append(millions(r.allFlowsDifference()[2]))
                    .append("</td></tr>\n");
        }
        h.append(
                "</tbody>\n</table>\n<p class=\"muted\">US$ million a year. Totals and the target count the target's kinds; \"all flows\" adds services and G2G contracts.</p>\n</section>\n");
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (ChartFiles.WrittenChart c : charts) {
            h.append("<figure id=\"figure-")
                    .append(c.name())
                    .append("\">\n<div class=\"chart\">")
                    .append(c.svg())
                    .append("</div>\n<figcaption><a href=\"charts/")
                    .append(c.name())
                    .append(".png\">PNG</a> · <a href=\"charts/")
                    .append(c.name())
                    .append(".svg\">SVG</a></figcaption>\n</figure>\n");
        }
        h.append("</section>\n<footer>Written by bilatsim from the runs of this comparison; compare.csv holds every ")
                .append("year.</footer>\n</main>\n</body>\n</html>\n");
        Path report = folder.resolve(ReportWriter.REPORT);
        Path tmp = folder.resolve("." + ReportWriter.REPORT + ".tmp");
        Files.writeString(tmp, h.toString(), StandardCharsets.UTF_8);
        return Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String millions(double usd) {
        return String.format(Locale.ROOT, "%,.2f", usd / 1e6);
    }
}
