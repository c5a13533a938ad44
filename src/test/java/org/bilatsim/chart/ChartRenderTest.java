package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One headless render per chart type: a non-empty PNG of the right size and a reproducible SVG. */
class ChartRenderTest {
    private static RunResults single;
    private static RunResults multi;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        single = RunResults.load(RunFixtures.single());
        multi = RunResults.load(RunFixtures.multi());
    }

    @Test
    void renderingIsHeadless() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless());
    }

    @Test
    void pathToTargetWithOneReplication() throws IOException {
        JFreeChart chart = TradeCharts.pathToTarget(single);
        String svg = assertRenders(chart, "path-to-target");
        assertTrue(svg.contains("Does Pakistan–Azerbaijan trade reach the US$2 billion target?"), "title");
        assertTrue(svg.contains("Logarithmic scale"), "the baseline is ~40x below the target: log scale, said");
        assertTrue(svg.contains("Not reached by 2035"), "the verdict");
        assertEquals(
                "US$ million a year (log scale)",
                ((XYPlot) chart.getPlot()).getRangeAxis().getLabel(),
                "axis unit");
    }

    @Test
    void pathToTargetWithReplicationsDrawsBands() throws IOException {
        String svg = assertRenders(TradeCharts.pathToTarget(multi), "path-to-target-bands");
        assertTrue(svg.contains("medians of 2 replications"), "says what the lines are");
        assertTrue(svg.contains("25–75% of 2 replications"), "band legend");
    }

    @Test
    void scenarioComparisonAndDifferences() throws IOException {
        ScenarioPaths baseline = multi.scenarioPaths();
        Map<Integer, double[]> doubled = new LinkedHashMap<>();
        baseline.totalsByYearAcrossReplications().forEach((y, v) -> {
            double[] d = v.clone();
            for (int i = 0; i < d.length; i++) {
                d[i] *= 1 + 0.1 * (y - 2023);
            }
            doubled.put(y, d);
        });
        List<ScenarioPaths> scenarios = List.of(
                baseline,
                new ScenarioPaths("rice-exemption-extended", doubled),
                new ScenarioPaths("one-replication", single.annualTwoWayTrade()));
        String svg = assertRenders(
                TradeCharts.scenarioComparison(scenarios, 2e9, "Pakistan–Azerbaijan"), "scenario-comparison");
        assertTrue(svg.contains("rice-exemption-extended"), "legend names the scenarios");
        JFreeChart diff = TradeCharts.differencesFromBaseline(scenarios, baseline.name());
        assertRenders(diff, "scenario-differences");
        assertEquals(
                "difference from pak-aze-baseline, US$ million a year",
                ((XYPlot) diff.getPlot()).getRangeAxis().getLabel(),
                "axis unit");
    }

    @Test
    void productsStackedByDirection() throws IOException {
        String svg = assertRenders(TradeCharts.products(multi), "products");
        assertTrue(svg.contains("Pakistan → Azerbaijan") && svg.contains("Azerbaijan → Pakistan"));
        assertTrue(svg.contains("Urea (HS 3102)"));
    }

    @Test
    void pricesOfTheDefaultProductWithPolicyMarkers() throws IOException {
        String product = TradeCharts.defaultPriceProduct(single);
        assertEquals("rice", product, "the rice preference lapses in the baseline: the most tariff changes");
        String svg = assertRenders(TradeCharts.prices(single, product), "prices");
        assertTrue(svg.contains("2028-01 AZE rice preference for PAK lapses"), "the lapse is a labelled marker");
        assertTrue(
                svg.contains("US$ per tonne"), "named in the subtitle (the rotated axis label is drawn as outlines)");
    }

    @Test
    void governmentRevenueAndActiveExporters() throws IOException {
        JFreeChart revenue = TradeCharts.tariffRevenue(multi);
        assertRenders(revenue, "tariff-revenue");
        for (XYPlot panel : ((CombinedDomainXYPlot) revenue.getPlot()).getSubplots()) {
            assertEquals("US$ million a year", panel.getRangeAxis().getLabel());
        }
        JFreeChart exporters = TradeCharts.activeExporters(multi);
        String firms = assertRenders(exporters, "active-exporters");
        assertEquals(
                List.of("firms in Pakistan", "firms in Azerbaijan"),
                ((CombinedDomainXYPlot) exporters.getPlot())
                        .getSubplots().stream()
                                .map(p -> p.getRangeAxis().getLabel())
                                .toList());
        assertTrue(firms.contains("Not shown: Rest of the world"), "the aggregate ROW supplier is explained");
        assertTrue(firms.contains("; Azerbaijan: Urea"), "a single-firm market of a shown origin is named");
    }

    @Test
    void tornadoSortsTheWidestSwingToTheTop() throws IOException {
        List<Sensitivity> s = List.of(
                new Sensitivity("rice σ (2.2–8.8)", 50e6, 54e6),
                new Sensitivity("PAK awareness (0.1–0.9)", 45e6, 70e6),
                new Sensitivity("importer adjustment per month (0.05–0.5)", 51e6, 52.5e6));
        String svg = assertRenders(TradeCharts.tornado(s, 51.7e6, "Two-way trade in 2035"), "tornado");
        assertTrue(svg.indexOf("PAK awareness") < svg.indexOf("rice σ"), "widest swing drawn first (top)");
        assertTrue(svg.contains("base: US$51.7 million"));
    }

    @Test
    void svgIsByteIdenticalForTheSameData() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        ChartFiles.write(TradeCharts.pathToTarget(multi), a, "path-to-target");
        ChartFiles.write(TradeCharts.pathToTarget(RunResults.load(RunFixtures.multi())), b, "path-to-target");
        assertEquals(-1L, Files.mismatch(a.resolve("path-to-target.svg"), b.resolve("path-to-target.svg")));
        String svg = Files.readString(a.resolve("path-to-target.svg"));
        assertTrue(svg.contains("id='chart-path-to-target'"));
        assertTrue(svg.contains("id='path-to-target-clip-0'"), "defs ids use the chart's constant prefix");
    }

    /** Writes the chart, checks the PNG (size, not blank) and the SVG, and returns the SVG text. */
    private String assertRenders(JFreeChart chart, String name) throws IOException {
        ChartFiles.WrittenChart written = ChartFiles.write(chart, dir, name);
        BufferedImage png = ImageIO.read(written.pngFile().toFile());
        assertEquals(ChartFiles.WIDTH, png.getWidth(), name);
        assertEquals(ChartFiles.HEIGHT, png.getHeight(), name);
        assertTrue(distinctColours(png) > 50, name + ": the PNG has content");
        String svg = Files.readString(written.svgFile());
        assertTrue(svg.startsWith("<?xml"), name);
        assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), name);
        assertTrue(svg.contains("viewBox='0.0 0.0 1200.0 700.0'"), name);
        assertTrue(svg.length() > 5_000, name + ": the SVG has content");
        assertEquals(written.svg(), svg.substring(svg.indexOf("<svg")).trim(), name);
        assertFalse(svg.contains("NaN"), name + ": no NaN coordinates");
        return svg;
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
