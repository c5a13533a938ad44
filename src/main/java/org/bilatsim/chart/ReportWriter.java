package org.bilatsim.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.bilatsim.engine.Metric;

/**
 * Writes the charts and {@code report.html} of a run folder: {@code charts/<name>.png},
 * {@code charts/<name>.svg} and {@code report.html}, all read from the folder's files.
 *
 * <p>The charts are those declared in {@link ReportCharts}, in its order; a chart that does not apply
 * to the run (e.g. the monthly ones after {@code --summary-only}) is left out and the report says why.
 * The headline names the years of {@link RunSpan#headlineYears()}. The report is one self-contained page (inline SVG and CSS, no scripts,
 * no network) in which every string from the config or the data is HTML-escaped.
 */
public final class ReportWriter {
    /** The report's file name in the run folder. */
    public static final String REPORT = "report.html";
    /** The charts' folder in the run folder. */
    public static final String CHARTS = "charts";
    /** Folder of the run with copies of the scenario file and the files it extends. */
    public static final String SCENARIO_FILES = "scenario";

    /**
     * What was written.
     *
     * @param report the report.html path
     * @param charts the charts in report order
     */
    public record Report(Path report, List<ChartFiles.WrittenChart> charts) {}

    private ReportWriter() {}

    /** Writes the charts and the report, with the default product on the price chart. */
    public static Report write(Path runFolder) throws IOException {
        return write(runFolder, (String) null);
    }

    /**
     * Writes the charts and the report.
     *
     * @param priceProduct the product key for the price chart, or null for the product whose tariff
     *     rate changes most often (else the first product)
     * @throws IOException if the folder is not a readable run folder or a file cannot be written
     * @throws IllegalArgumentException if {@code priceProduct} is not a product of the run
     */
    public static Report write(Path runFolder, String priceProduct) throws IOException {
        return write(RunResults.load(runFolder), runFolder, priceProduct);
    }

    /**
     * Writes the charts and the report of a run folder whose annual rows the caller hands over
     * ({@link RunResults#load(Path, List)}), with the default product on the price chart.
     */
    public static Report write(Path runFolder, List<TidyRow> annual) throws IOException {
        return write(RunResults.load(runFolder, annual), runFolder, null);
    }

    private static Report write(RunResults run, Path runFolder, String priceProduct) throws IOException {
        String product = priceProduct != null ? priceProduct : PriceCharts.defaultPriceProduct(run);
        if (priceProduct != null && !run.products().contains(priceProduct)) {
            throw new IllegalArgumentException(
                    "no product '" + priceProduct + "' in this run; products: " + String.join(", ", run.products()));
        }
        Path dir = runFolder.resolve(CHARTS);
        ChartSpec.Request request = new ChartSpec.Request(run, product);
        List<ChartFiles.WrittenChart> charts = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // The monthly charts of a run without timeseries.csv share one note, where the first would be.
        List<String> monthlyAbsent = new ArrayList<>();
        int monthlyNoteAt = -1;
        for (ChartSpec spec : ReportCharts.ALL) {
            if (spec.monthly() && run.monthly().isEmpty()) {
                monthlyNoteAt = monthlyNoteAt < 0 ? skipped.size() : monthlyNoteAt;
                monthlyAbsent.add(spec.title());
                continue;
            }
            Optional<String> whyNot = spec.whyNot().apply(request);
            if (whyNot.isPresent()) {
                if (!whyNot.get().isEmpty()) {
                    skipped.add(spec.title() + ": " + whyNot.get());
                }
                continue;
            }
            charts.add(ChartFiles.write(spec.builder().apply(request), dir, spec.name()));
            captions.add(spec.caption().apply(request));
        }
        if (!monthlyAbsent.isEmpty()) {
            skipped.add(
                    monthlyNoteAt,
                    titles(monthlyAbsent) + ": timeseries.csv is absent (a --summary-only run), and "
                            + (monthlyAbsent.size() == 1 ? "this chart is" : "these charts are") + " monthly.");
        }
        // The report is written before the run folder is renamed into place: name the final run-id.
        String runId = runFolder.getFileName() == null
                ? ""
                : runFolder.getFileName().toString().replaceFirst("^\\.partial-", "");
        String html = html(run, runId, charts, captions, skipped, SourcesTable.read(runFolder.resolve(SCENARIO_FILES)));
        html = html.replace(BACKCAST_SLOT, backcast(runFolder.resolve("backcast.csv"), run.manifest()));
        Path report = runFolder.resolve(REPORT);
        Path tmp = runFolder.resolve("." + REPORT + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, report, StandardCopyOption.REPLACE_EXISTING);
        return new Report(report, List.copyOf(charts));
    }

    /** Where the backcast section goes; {@link #write} fills it from backcast.csv (empty when there is none). */
    static final String BACKCAST_SLOT = "<!-- backcast -->\n";

    /**
     * The backcast section: each observed year against the median and bands, the out-of-sample error
     * (the calibration year excluded) and the coverage of the 50 % and 90 % bands, from backcast.csv
     * and the manifest's summary.
     */
    static String backcast(Path csv, RunManifest m) throws IOException {
        if (!Files.exists(csv)) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        h.append("<section id=\"backcast\">\n<h2>Backcast against observed totals</h2>\n");
        com.fasterxml.jackson.databind.JsonNode summary = m.manifest().path("backcast");
        int replications = 1;
        StringBuilder rows = new StringBuilder();
        try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                var parser = org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (var r : parser) {
                replications = Integer.parseInt(r.get("replications"));
                boolean calibration = Boolean.parseBoolean(r.get("calibration_year"));
                double observed = Double.parseDouble(r.get("observed_usd"));
                double median = Double.parseDouble(r.get("median_usd"));
                rows.append("<tr><td>")
                        .append(Html.escape(r.get("year")))
                        .append("</td><td>")
                        .append(Html.escape(MoneyUnit.MILLION.number(observed)))
                        .append("</td><td>")
                        .append(Html.escape(MoneyUnit.MILLION.number(median)));
                if (replications > 1) {
                    rows.append(" <span class=\"band\">(")
                            .append(Html.escape(MoneyUnit.MILLION.number(Double.parseDouble(r.get("p5_usd")))))
                            .append("–")
                            .append(Html.escape(MoneyUnit.MILLION.number(Double.parseDouble(r.get("p95_usd")))))
                            .append(")</span>");
                }
                rows.append("</td><td>")
                        .append(ChartParts.percent(Double.parseDouble(r.get("error_share"))))
                        .append("</td><td>")
                        .append(
                                calibration
                                        ? "calibration year: not counted"
                                        : replications > 1
                                                ? (Boolean.parseBoolean(r.get("in_band_50")) ? "yes" : "no") + " / "
                                                        + (Boolean.parseBoolean(r.get("in_band_90")) ? "yes" : "no")
                                                : "")
                        .append("</td></tr>\n");
            }
        }
        h.append("<table class=\"numbers\">\n<caption>US$ million a year; simulated is the ")
                .append(replications > 1 ? "median of " + replications + " replications (5–95%)" : "one replication")
                .append("</caption>\n<thead><tr><th>year</th><th>observed</th><th>simulated</th><th>error</th>")
                .append("<th>in 50% / 90% band</th></tr></thead>\n<tbody>\n")
                .append(rows)
                .append("</tbody>\n</table>\n");
        if (summary.path("outOfSampleYears").asInt(0) > 0) {
            h.append("<p>Out-of-sample mean absolute error: <strong>")
                    .append(ChartParts.percent(
                            summary.path("outOfSampleMeanAbsoluteError").asDouble()))
                    .append("</strong> over ")
                    .append(summary.path("outOfSampleYears").asInt())
                    .append(" years (")
                    .append(summary.path("calibrationYear").asInt())
                    .append(", the calibration year, is left out: its ")
                    .append("error is small by construction)");
            if (replications > 1) {
                h.append("; observed values inside the 50% band in ")
                        .append(ChartParts.percent(summary.path("coverage50").asDouble()))
                        .append(" of those years, inside ")
                        .append("the 90% band in ")
                        .append(ChartParts.percent(summary.path("coverage90").asDouble()));
            }
            h.append(". No parameter was tuned to these figures.</p>\n");
        }
        h.append("</section>\n");
        return h.toString();
    }

    /** "Prices and active exporters" from ["Prices", "Active exporters"]. */
    static String titles(List<String> titles) {
        StringBuilder b = new StringBuilder(titles.get(0));
        for (int i = 1; i < titles.size(); i++) {
            String t = titles.get(i);
            b.append(i == titles.size() - 1 ? " and " : ", ")
                    .append(t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1));
        }
        return b.toString();
    }

    /** The report page. */
    static String html(
            RunResults run,
            String runId,
            List<ChartFiles.WrittenChart> charts,
            List<String> captions,
            List<String> skipped)
            throws IOException {
        return html(run, runId, charts, captions, skipped, List.of());
    }

    static String html(
            RunResults run,
            String runId,
            List<ChartFiles.WrittenChart> charts,
            List<String> captions,
            List<String> skipped,
            List<SourcesTable.Row> sources)
            throws IOException {
        RunManifest m = run.manifest();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src 'self' data:\">\n")
                .append("<title>")
                .append(Html.escape(m.scenario() + modifiedMark(m)))
                .append(" · bilatsim report</title>\n")
                .append("<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");

        // header
        h.append("<header>\n<p class=\"kicker\">bilatsim ")
                .append(Html.escape(m.manifest().path("bilatsim").asText("")))
                .append(" · scenario report</p>\n<h1>")
                .append(Html.escape(m.scenario() + modifiedMark(m)))
                .append("</h1>\n");
        String modified = modifiedNote(m);
        if (!modified.isEmpty()) {
            h.append("<p class=\"modified\">").append(Html.escape(modified)).append("</p>\n");
        }
        if (m.description().isEmpty()) {
            h.append("<p class=\"description muted\">The config gives no description.</p>\n");
        } else {
            h.append("<p class=\"description\">")
                    .append(Html.escape(m.description()))
                    .append("</p>\n");
        }
        h.append("<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (!runId.isEmpty()) {
            meta.add("run " + Html.escape(runId));
        }
        meta.add("simulated " + Html.escape(m.config().path("start").asText("?")) + " to "
                + Html.escape(m.config().path("end").asText("?")));
        meta.add(run.replicationCount() == 1 ? "1 replication" : run.replicationCount() + " replications");
        if (m.manifest().has("seed")) {
            meta.add("seed " + Html.escape(m.manifest().path("seed").asText()));
        }
        h.append(String.join(" · ", meta)).append("</p>\n</header>\n");

        headline(h, run);

        // charts
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (int i = 0; i < charts.size(); i++) {
            ChartFiles.WrittenChart c = charts.get(i);
            h.append("<figure id=\"figure-")
                    .append(c.name())
                    .append("\">\n<div class=\"chart\">")
                    .append(c.svg())
                    .append("</div>\n<figcaption>")
                    .append(Html.escape(captions.get(i)))
                    .append(" <a href=\"")
                    .append(CHARTS)
                    .append('/')
                    .append(c.name())
                    .append(".png\">PNG</a> · <a href=\"")
                    .append(CHARTS)
                    .append('/')
                    .append(c.name())
                    .append(".svg\">SVG</a></figcaption>\n</figure>\n");
        }
        for (String note : skipped) {
            h.append("<p class=\"muted\">Not drawn: ").append(Html.escape(note)).append("</p>\n");
        }
        h.append("</section>\n");

        welfare(h, run);
        h.append(BACKCAST_SLOT);
        timeline(h, m);
        SourcesTable.html(
                h,
                sources,
                SourcesTable.changes(m.manifest()),
                SourcesTable.uncertain(m.manifest()),
                m.manifest().path("fixedParameters").asBoolean(false));

        // config
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        h.append("<section id=\"config\">\n<h2>Resolved configuration</h2>\n<details>\n<summary>The config as run ")
                .append("(after <code>extends</code> and <code>--set</code>), from manifest.json</summary>\n<pre>")
                .append(Html.escape(configEcho(mapper.writeValueAsString(m.config()))))
                .append("</pre>\n</details>\n</section>\n");

        h.append("<footer>Written by bilatsim from <code>manifest.json</code>, <code>annual.csv</code> and ")
                .append(
                        "<code>timeseries.csv</code> in this folder. Amounts are US$ at customs (CIF) value.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Characters of the resolved config the report echoes; the bundled scenarios' are far shorter. */
    static final int MAX_CONFIG_CHARS = 200_000;

    /**
     * The config text as the report shows it: whole up to {@link #MAX_CONFIG_CHARS}; past that (a
     * calibrated scenario of thousands of products echoes about 23 MB) its first whole lines and a
     * line naming where the rest is.
     */
    static String configEcho(String json) {
        if (json.length() <= MAX_CONFIG_CHARS) {
            return json;
        }
        int cut = json.lastIndexOf('\n', MAX_CONFIG_CHARS);
        cut = cut < 0 ? MAX_CONFIG_CHARS : cut;
        long lines = json.chars().filter(c -> c == '\n').count() + 1;
        long shown = json.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        return json.substring(0, cut) + "\n... the first " + shown + " of " + lines
                + " lines; the whole config is the \"config\" of manifest.json in this folder.\n";
    }

    /**
     * The welfare accounts by country, first and last simulated year (medians over replications):
     * consumer surplus change of its import markets (relative to base prices), tariff and VAT revenue
     * on them, its exporters' producer surplus, and net welfare, their sum.
     */
    private static void welfare(StringBuilder h, RunResults run) {
        List<String> countries = new ArrayList<>();
        for (TidyRow r : run.annual(Metric.NET_WELFARE)) {
            if (!countries.contains(r.exporter())) {
                countries.add(r.exporter());
            }
        }
        if (countries.isEmpty()) {
            return;
        }
        RunManifest m = run.manifest();
        int first = m.span().firstYear();
        int last = m.span().lastYear();
        h.append("<section id=\"welfare\">\n<h2>Welfare</h2>\n<p class=\"muted\">US$ a year")
                .append(run.replicationCount() > 1 ? ", medians of " + run.replicationCount() + " replications" : "")
                .append(". Consumer surplus change is relative to the base period's prices (compensating variation of ")
                .append("the import composite's CES price index); tariff revenue, VAT revenue and producer surplus ")
                .append(
                        "(exporters' operating profit less fixed and sunk costs, plus the change of the supply curve's rent)")
                .append(" are levels; net welfare is their sum. See docs/formulas.md.</p>\n<table>\n<thead><tr>")
                .append("<th>Country</th><th>Year</th><th>Consumer surplus change</th><th>Tariff revenue</th>")
                .append("<th>VAT revenue</th><th>Producer surplus</th><th>Net welfare</th></tr></thead>\n<tbody>\n");
        // Each metric's sums of every country in one pass over its rows (millions at HS6 scale).
        Map<Metric, Map<String, SortedMap<Integer, double[]>>> sums = new java.util.EnumMap<>(Metric.class);
        for (String c : countries) {
            for (int year : first == last ? new int[] {first} : new int[] {first, last}) {
                h.append("<tr><td>")
                        .append(Html.escape(m.countryName(c)))
                        .append("</td><td>")
                        .append(year)
                        .append("</td>");
                for (Metric metric : List.of(
                        Metric.CONSUMER_SURPLUS_CHANGE,
                        Metric.TARIFF_REVENUE,
                        Metric.VAT_REVENUE,
                        Metric.PRODUCER_SURPLUS,
                        Metric.NET_WELFARE)) {
                    java.util.function.Function<TidyRow, String> country =
                            metric == Metric.PRODUCER_SURPLUS || metric == Metric.NET_WELFARE
                                    ? TidyRow::exporter
                                    : TidyRow::importer;
                    SortedMap<Integer, double[]> ofCountry = sums.computeIfAbsent(
                                    metric, k -> run.annualSums(metric, country))
                            .get(c);
                    double[] v = ofCountry == null ? null : ofCountry.get(year);
                    h.append("<td>")
                            .append(
                                    v == null
                                            ? "—"
                                            : Html.escape(
                                                    MoneyUnit.format(Band.of(v).median())))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void headline(StringBuilder h, RunResults run) {
        RunManifest m = run.manifest();
        RunManifest.Target t = m.target();
        SortedMap<Integer, double[]> total = run.annualTwoWayTrade();
        int n = run.replicationCount();
        h.append("<section id=\"headline\">\n<h2>Headline</h2>\n");
        h.append("<p class=\"target\">Target: <strong>")
                .append(Html.escape(MoneyUnit.format(t.valueUsd())))
                .append(" a year</strong> of two-way trade between ")
                .append(Html.escape(m.countryName(t.a())))
                .append(" and ")
                .append(Html.escape(m.countryName(t.b())));
        if (t.year() != null) {
            h.append(" by ").append(t.year());
        }
        h.append(".</p>\n");
        if (total.isEmpty()) {
            h.append("<p>No trade between the pair in annual.csv.</p>\n</section>\n");
            return;
        }
        SortedMap<Integer, Double> medians = ChartData.medians(total);
        int last = total.lastKey();
        int horizon = t.year() != null ? Math.min(t.year(), last) : last;
        h.append("<div class=\"cards\">\n");
        if (n > 1) {
            // The year by which half the replications have reached the target: the same reading of the
            // replications as the probability card, so the two cannot disagree.
            Integer half = null;
            for (int y : total.keySet()) {
                if (ChartData.shareReaching(total, t.valueUsd(), y) >= 0.5) {
                    half = y;
                    break;
                }
            }
            card(
                    h,
                    "Target reached",
                    half != null ? String.valueOf(half) : "not by " + last + " in most replications",
                    half != null
                            ? "by then half or more of the " + n + " replications have reached it"
                            : "fewer than half of the " + n + " replications reach it by " + last,
                    half != null ? "good" : "bad");
            double p = ChartData.shareReaching(total, t.valueUsd(), horizon);
            card(
                    h,
                    "Probability of reaching it",
                    ChartParts.percent(p),
                    "share of " + n + " replications at or above the target in some year up to " + horizon,
                    "");
        } else {
            OptionalInt reached = ChartData.firstPeriodReaching(medians, t.valueUsd());
            card(
                    h,
                    "Target reached",
                    reached.isPresent() ? String.valueOf(reached.getAsInt()) : "not reached by " + last,
                    reached.isPresent()
                            ? "first year at or above the target (one replication)"
                            : "the path stays below the target (one replication)",
                    reached.isPresent() ? "good" : "bad");
        }
        RunSpan span = m.span();
        List<Integer> years = span.headlineYears();
        SortedMap<Integer, double[]> allFlows = run.annualTwoWayTradeAllFlows();
        for (int y : years) {
            double[] v = total.get(y);
            if (v == null) {
                continue;
            }
            Band b = Band.of(v);
            String note = ChartParts.percent(b.median() / t.valueUsd()) + " of the target";
            double[] all = allFlows.get(y);
            if (all != null && Band.of(all).median() != b.median()) {
                note += "; all flows (with services and G2G contracts): "
                        + MoneyUnit.format(Band.of(all).median());
            }
            if (n > 1) {
                MoneyUnit u = MoneyUnit.forMax(b.p95());
                note = "median; 25–75%: " + u.number(b.p25()) + "–" + u.number(b.p75()) + ", 5–95%: "
                        + u.number(b.p05()) + "–" + u.number(b.p95()) + " " + u.axisLabel() + "; " + note;
            }
            card(
                    h,
                    y + (y == span.firstYear() ? " total (first year)" : " total"),
                    MoneyUnit.format(b.median()),
                    note,
                    "");
        }
        h.append("</div>\n");
        h.append("<p class=\"muted\">")
                .append(Html.escape(TargetCharts.verdict(total, t.valueUsd(), n, t.year())))
                .append(".</p>\n");
        String included = m.manifest().path("uncertaintyIncluded").asText("");
        if (!included.isEmpty()) {
            h.append("<p class=\"muted\">")
                    .append(n > 1 ? "The bands and the probability include: " : "")
                    .append(Html.escape(included))
                    .append(".</p>\n");
        }
        boolean otherKinds = allFlows.entrySet().stream()
                .anyMatch(e -> !java.util.Arrays.equals(e.getValue(), total.get(e.getKey())));
        if (otherKinds) {
            List<String> counted = new ArrayList<>();
            m.manifest().path("countedKinds").forEach(k -> counted.add(k.asText()));
            h.append("<p class=\"muted\">The totals, the target and its probability count ")
                    .append(Html.escape(counted.isEmpty() ? "goods" : String.join(" and ", counted)))
                    .append(" (target.counts; the observed totals are customs goods data); the all-flows totals "
                            + "add the other kinds of flow (services such as travel, G2G contracts).</p>\n");
        }
        directionTable(h, run, years);
        h.append("</section>\n");
    }

    private static void directionTable(StringBuilder h, RunResults run, List<Integer> years) {
        RunManifest m = run.manifest();
        RunManifest.Target t = m.target();
        int n = run.replicationCount();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {m.countryName(t.a()) + " → " + m.countryName(t.b()), t.a(), t.b()});
        rows.add(new String[] {m.countryName(t.b()) + " → " + m.countryName(t.a()), t.b(), t.a()});
        h.append("<table class=\"numbers\">\n<caption>Trade by direction, ")
                .append(n > 1 ? "median (5–95%)" : "")
                .append(" US$ million a year</caption>\n<thead><tr><th>direction</th>");
        for (int y : years) {
            h.append("<th>").append(y).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String[] r : rows) {
            Map<Integer, double[]> v = run.annualTrade(r[1], r[2]);
            h.append("<tr><th>").append(Html.escape(r[0])).append("</th>");
            for (int y : years) {
                double[] x = v.get(y);
                h.append("<td>");
                if (x == null) {
                    h.append("—");
                } else {
                    Band b = Band.of(x);
                    h.append(Html.escape(MoneyUnit.MILLION.number(b.median())));
                    if (n > 1) {
                        h.append(" <span class=\"band\">(")
                                .append(Html.escape(MoneyUnit.MILLION.number(b.p05())))
                                .append("–")
                                .append(Html.escape(MoneyUnit.MILLION.number(b.p95())))
                                .append(")</span>");
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** " (modified)" when the run changed its files' values with --set or fixed its uncertain parameters. */
    static String modifiedMark(RunManifest m) {
        boolean set = false;
        for (com.fasterxml.jackson.databind.JsonNode c : m.manifest().path("changes")) {
            set |= c.path("by").asText().equals("--set");
        }
        return set || m.manifest().path("fixedParameters").asBoolean(false) ? " (modified)" : "";
    }

    /** What was modified, in one sentence, or empty. */
    static String modifiedNote(RunManifest m) {
        List<String> parts = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : m.manifest().path("changes")) {
            if (c.path("by").asText().equals("--set")) {
                parts.add(c.path("path").asText() + " = " + c.path("value").asText() + " (the file says "
                        + (c.path("was").isNull() ? "nothing" : c.path("was").asText()) + ")");
            }
        }
        if (m.manifest().path("fixedParameters").asBoolean(false)) {
            parts.add("every uncertain parameter at its median (--fixed-parameters)");
        }
        return parts.isEmpty() ? "" : "Modified from the scenario files: " + String.join("; ", parts) + ".";
    }

    private static void card(StringBuilder h, String label, String value, String note, String cls) {
        h.append("<div class=\"card ")
                .append(Html.escape(cls))
                .append("\"><div class=\"label\">")
                .append(Html.escape(label))
                .append("</div><div class=\"value\">")
                .append(Html.escape(value))
                .append("</div><div class=\"note\">")
                .append(Html.escape(note))
                .append("</div></div>\n");
    }

    private static void timeline(StringBuilder h, RunManifest m) {
        h.append("<section id=\"timeline\">\n<h2>Policy timeline</h2>\n");
        if (m.policyChanges().isEmpty()) {
            h.append("<p>No dated policy changes: no events and no expiring tariff preferences.</p>\n</section>\n");
            return;
        }
        h.append(
                "<table class=\"timeline\">\n<thead><tr><th>month</th><th>change</th><th>details</th><th>note</th></tr></thead>\n<tbody>\n");
        for (RunManifest.PolicyChange c : m.policyChanges()) {
            StringBuilder details = new StringBuilder();
            for (Map.Entry<String, String> e : c.details().entrySet()) {
                if (details.length() > 0) {
                    details.append(", ");
                }
                details.append(e.getKey()).append(": ").append(e.getValue());
            }
            h.append("<tr><td>")
                    .append(Html.escape(c.month().toString()))
                    .append("</td><td>")
                    .append(Html.escape(c.label()))
                    .append(" <span class=\"type\">")
                    .append(Html.escape(c.type()))
                    .append("</span></td><td>")
                    .append(Html.escape(details.toString()))
                    .append("</td><td>")
                    .append(Html.escape(c.note()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static final String CSS = """
            :root { --text: #222; --muted: #555; --line: #ddd; --accent: #2166ac; --bad: #c01c28; --good: #1b5e20; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f6f6f4; color: var(--text);
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
            .kicker { margin: 0; color: var(--muted); font-size: 14px; text-transform: uppercase; letter-spacing: .04em; }
            h1 { margin: 4px 0 8px; font-size: 30px; overflow-wrap: anywhere; }
            h2 { margin: 32px 0 12px; font-size: 22px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            .description { font-size: 18px; margin: 8px 0; max-width: 70em; }
            .meta, .muted { color: var(--muted); font-size: 14px; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; margin: 12px 0; }
            .card { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px; padding: 10px 14px; }
            .card.bad { border-left-color: var(--bad); } .card.good { border-left-color: var(--good); }
            .card.muted { border-left-color: var(--line); }
            .card .label { font-size: 14px; color: var(--muted); }
            .card .value { font-size: 26px; font-weight: 700; line-height: 1.2; }
            .card.bad .value { color: var(--bad); } .card.good .value { color: var(--good); }
            .card .note { font-size: 13px; color: var(--muted); }
            .modified { border-left: 5px solid var(--bad); padding: 4px 10px; }
            tr.changed td { background: #fff4e0; }
            table { border-collapse: collapse; margin: 12px 0; font-size: 15px; }
            caption { text-align: left; color: var(--muted); font-size: 14px; padding-bottom: 4px; }
            th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
            table.numbers td { text-align: right; font-variant-numeric: tabular-nums; }
            .band { color: var(--muted); font-size: 13px; }
            table.timeline { width: 100%; }
            table.timeline td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .type { color: var(--muted); font-size: 13px; }
            figure { margin: 0 0 28px; }
            .chart svg { display: block; width: 100%; height: auto; border: 1px solid var(--line); }
            figcaption { color: var(--muted); font-size: 14px; margin-top: 4px; }
            pre { background: #f4f4f4; padding: 12px; overflow: auto; max-height: 600px; font-size: 13px; }
            summary { cursor: pointer; color: var(--accent); }
            footer { margin-top: 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
            """;
}
