package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilatsim.engine.Metric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chart of the report registry is fully declared: it has a caption and a title, it is drawn
 * on a real run, it draws the same chart from only the metrics it declares as from all of them, and
 * it needs each metric it declares.
 */
class ReportChartsTest {
    private static List<Path> fixtures;

    @BeforeAll
    static void fixtures() throws IOException {
        fixtures = List.of(RunFixtures.single(), RunFixtures.multi(), RunFixtures.project());
    }

    @Test
    void everyChartHasAUniqueNameATitleAndACaption() throws IOException {
        Set<String> names = new HashSet<>();
        RunResults run = RunResults.load(RunFixtures.single());
        ChartSpec.Request request = new ChartSpec.Request(run, PriceCharts.defaultPriceProduct(run));
        for (ChartSpec spec : ReportCharts.ALL) {
            assertTrue(names.add(spec.name()), "one chart per name: " + spec.name());
            assertFalse(spec.title().isBlank(), spec.name());
            assertFalse(spec.needs().isEmpty(), spec.name() + " declares the metrics it reads");
            assertTrue(spec.caption().apply(request).length() > 20, spec.name() + " has a caption");
        }
    }

    @Test
    void theReportLoadsExactlyTheDeclaredMetrics() {
        Set<Metric> declared = EnumSet.copyOf(ReportCharts.REPORT_NEEDS);
        ReportCharts.ALL.forEach(spec -> declared.addAll(spec.needs()));
        assertEquals(declared, ReportCharts.metrics());
    }

    @Test
    void everyChartRendersOnAFixtureRunFromItsDeclaredMetricsAloneAndNeedsEachOfThem() throws IOException {
        RunResults[] everything = new RunResults[fixtures.size()];
        for (int f = 0; f < fixtures.size(); f++) {
            everything[f] = RunResults.load(fixtures.get(f), EnumSet.allOf(Metric.class));
        }
        for (ChartSpec spec : ReportCharts.ALL) {
            int drawn = 0;
            for (int f = 0; f < fixtures.size(); f++) {
                // The request (the price chart's product) is the report's, made from the whole run.
                String product = PriceCharts.defaultPriceProduct(everything[f]);
                if (spec.whyNot()
                        .apply(new ChartSpec.Request(everything[f], product))
                        .isPresent()) {
                    continue;
                }
                drawn++;
                String all = svg(spec, everything[f], product);
                assertEquals(
                        all,
                        svg(spec, RunResults.load(fixtures.get(f), spec.needs()), product),
                        spec.name() + " reads a metric it does not declare (" + fixtures.get(f) + ")");
                for (Metric needed : spec.needs()) {
                    Set<Metric> without = EnumSet.copyOf(spec.needs());
                    without.remove(needed);
                    RunResults less = RunResults.load(fixtures.get(f), without.isEmpty() ? Set.of() : without);
                    assertNotEquals(
                            all,
                            svgOrNull(spec, less, product),
                            spec.name() + " declares " + needed.key() + " but draws the same without it");
                }
            }
            assertTrue(drawn > 0, spec.name() + " is drawn on at least one fixture run");
        }
    }

    private static String svg(ChartSpec spec, RunResults run, String product) {
        return ChartFiles.svg(
                spec.builder().apply(new ChartSpec.Request(run, product)),
                spec.name(),
                ChartFiles.WIDTH,
                ChartFiles.HEIGHT);
    }

    /** The chart's SVG, or null when it does not apply or cannot be drawn without the metric. */
    private static String svgOrNull(ChartSpec spec, RunResults run, String product) {
        try {
            return spec.whyNot().apply(new ChartSpec.Request(run, product)).isPresent()
                    ? null
                    : svg(spec, run, product);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
