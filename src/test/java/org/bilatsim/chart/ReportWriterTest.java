package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final List<String> CHARTS =
            List.of("path-to-target", "products", "prices", "tariff-revenue", "active-exporters", "welfare");

    @TempDir
    Path dir;

    @Test
    void writesEveryChartAndASelfContainedReportForOneReplication() throws IOException {
        Path run = RunFixtures.copy(RunFixtures.single(), dir.resolve("run"));
        ReportWriter.Report report = ReportWriter.write(run);
        assertEquals(run.resolve("report.html"), report.report());
        assertEquals(
                CHARTS,
                report.charts().stream().map(ChartFiles.WrittenChart::name).toList());
        for (String name : CHARTS) {
            assertTrue(Files.size(run.resolve("charts/" + name + ".png")) > 10_000, name);
            assertTrue(Files.size(run.resolve("charts/" + name + ".svg")) > 10_000, name);
        }
        String html = Files.readString(report.report());
        assertSelfContained(html);
        assertTrue(html.contains("<h1>pak-aze-baseline</h1>"));
        assertTrue(html.contains("Pakistan–Azerbaijan bilateral trade, monthly 2024-01 to 2035-12"), "description");
        assertTrue(html.contains("not reached by 2035"), "headline");
        assertTrue(html.contains("2030 total") && html.contains("2035 total"));
        assertTrue(html.contains("2028-01") && html.contains("preference lapse"), "policy timeline");
        assertTrue(
                html.contains("<details>") && html.contains("&quot;substitutionElasticity&quot; : 4.4"),
                "resolved config as escaped pretty JSON");
        assertEquals(CHARTS.size(), count(html, "<svg "), "every chart inline");
        assertTrue(html.contains("href=\"charts/prices.png\""), "relative links to the files");
        assertFalse(html.contains("replications; shaded"), "no bands with one replication");
    }

    @Test
    void reportsBandsWhenThereAreReplications() throws IOException {
        Path run = RunFixtures.copy(RunFixtures.multi(), dir.resolve("multi"));
        String html = Files.readString(ReportWriter.write(run).report());
        assertSelfContained(html);
        assertTrue(html.contains("2 replications"));
        assertTrue(html.contains("Probability of reaching it"));
        assertTrue(
                Pattern.compile("median; 25–75%: [0-9.]+–[0-9.]+, 5–95%: [0-9.]+–[0-9.]+ US\\$ million")
                        .matcher(html)
                        .find(),
                "2030 and 2035 totals with bands");
    }

    @Test
    void escapesEveryUserProvidedString() throws IOException {
        Path run = RunFixtures.copy(RunFixtures.single(), dir.resolve("hostile"));
        String manifest = Files.readString(run.resolve("manifest.json"))
                .replaceFirst(
                        "\"description\" : \"[^\"]*\"",
                        "\"description\" : \"<script>alert('d')</script> & <img src=x onerror=alert(1)>\"")
                .replace("\"name\" : \"Rice (HS 1006)\"", "\"name\" : \"Rice <b onmouseover=alert(2)>x</b>\"")
                .replaceFirst(
                        "\"events\" : \\[ \\]",
                        "\"events\" : [ {\"type\" : \"exhibition\", \"date\" : \"2026-05\", "
                                + "\"exporter\" : \"PAK\", \"importer\" : \"AZE\", \"product\" : \"rice\", "
                                + "\"note\" : \"</td><script>alert(3)</script>\"} ]");
        Files.writeString(run.resolve("manifest.json"), manifest);
        String html = Files.readString(ReportWriter.write(run).report());
        assertFalse(html.contains("<script"), "no script element, in the page or in inline SVG");
        assertFalse(html.contains("<img"), "no injected element");
        assertFalse(html.contains("<b onmouseover"), "product names are escaped in charts and tables");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;d&#39;)&lt;/script&gt; &amp; &lt;img src=x"));
        assertTrue(html.contains("&lt;/td&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), "event note escaped");
        assertTrue(html.contains("2026-05"), "the event is on the timeline");
    }

    @Test
    void chartsAreReproducibleAcrossWrites() throws IOException {
        Path run = RunFixtures.copy(RunFixtures.multi(), dir.resolve("again"));
        ReportWriter.write(run);
        byte[] svg = Files.readAllBytes(run.resolve("charts/products.svg"));
        String html = Files.readString(run.resolve("report.html"));
        ReportWriter.write(run);
        assertEquals(-1, java.util.Arrays.mismatch(svg, Files.readAllBytes(run.resolve("charts/products.svg"))));
        assertEquals(html, Files.readString(run.resolve("report.html")), "no timestamps in the report");
    }

    @Test
    void aChosenPriceProductMustExist() throws IOException {
        Path run = RunFixtures.copy(RunFixtures.single(), dir.resolve("choice"));
        assertTrue(Files.readString(ReportWriter.write(run, "textiles").report())
                .contains("Landed and export prices of Textiles and apparel"));
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(run, "gold"));
    }

    @Test
    void aSummaryOnlyRunGetsTheAnnualChartsAndSaysWhyTheMonthlyOnesAreMissing() throws IOException {
        Path run = dir.resolve("summary");
        Files.createDirectories(run);
        for (String file : List.of("annual.csv", "manifest.json")) {
            Files.copy(RunFixtures.single().resolve(file), run.resolve(file));
        }
        ReportWriter.Report report = ReportWriter.write(run);
        assertEquals(
                List.of("path-to-target", "products", "tariff-revenue", "welfare"),
                report.charts().stream().map(ChartFiles.WrittenChart::name).toList());
        assertTrue(Files.readString(report.report()).contains("<section id=\"welfare\">"), "the welfare accounts");
        assertTrue(Files.readString(report.report())
                .contains("Not drawn: Prices and active exporters: timeseries.csv is absent"));
    }

    @Test
    void aFolderWithoutResultsIsRefusedWithItsName() {
        IOException e = assertThrows(IOException.class, () -> ReportWriter.write(dir));
        assertTrue(e.getMessage().contains("not a run folder"), e.getMessage());
    }

    static void assertSelfContained(String html) {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        for (String ref : List.of("src=\"http", "href=\"http", "url(http", "@import", "<link", "<script", "//cdn")) {
            assertFalse(lower.contains(ref), "no network reference: " + ref);
        }
        assertTrue(lower.contains("content-security-policy"), "the page forbids network loads");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
