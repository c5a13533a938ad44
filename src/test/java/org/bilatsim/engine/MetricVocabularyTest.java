package org.bilatsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Metric names are declared once, in {@link Metric}: no other main source spells one as a string
 * literal (it names the constant, {@code Metric.LANDED_PRICE}, or its {@code key()}). The config
 * package is not scanned: its literals are config keys (e.g. a project's {@code jobs} block), a
 * vocabulary of its own.
 */
class MetricVocabularyTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path REGISTRY = MAIN.resolve("org/bilatsim/engine/Metric.java");
    private static final Path CONFIG = MAIN.resolve("org/bilatsim/config");
    /** A Java string literal (text blocks are scanned line by line as well). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noMainSourceOutsideTheRegistrySpellsAMetricKey() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Metric metric : Metric.values()) {
            keys.add(metric.key());
        }
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 50, "run from the project directory");
        for (Path source : sources) {
            if (source.equals(REGISTRY) || source.startsWith(CONFIG)) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = LITERAL.matcher(lines.get(i));
                while (m.find()) {
                    if (keys.contains(m.group(1))) {
                        found.add(source + ":" + (i + 1) + ": \"" + m.group(1) + "\" (use Metric."
                                + Metric.ofKey(m.group(1)).name() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), found, "metric keys spelled outside engine/Metric.java");
    }

    @Test
    void theScanFindsAKeyInASource() {
        Matcher m = LITERAL.matcher("run.annualSum(\"tariff_revenue\", r -> true)");
        assertTrue(m.find());
        assertEquals("tariff_revenue", m.group(1));
    }

    @Test
    void everyMetricHasAReadingOfAtLeastOneKindAndAUniqueKey() {
        Set<String> keys = new HashSet<>();
        for (Metric metric : Metric.values()) {
            assertTrue(keys.add(metric.key()), metric + " has a unique key");
            Metric.Reading r = metric.reading();
            assertTrue(
                    r.market() != null
                            || r.flow() != null
                            || r.commodity() != null
                            || r.project() != null
                            || r.importMarket() != null
                            || r.country() != null,
                    metric + " is read from the model");
            assertEquals(r.flow() == null, r.flowApplies() == null, metric + ": a flow reading says which flows");
        }
        assertEquals(
                List.of(
                        Metric.TRADE_VALUE,
                        Metric.TRADE_VOLUME,
                        Metric.EXPORT_PRICE,
                        Metric.LANDED_PRICE,
                        Metric.TARIFF_RATE,
                        Metric.TARIFF_REVENUE,
                        Metric.VAT_REVENUE,
                        Metric.PRODUCER_SURPLUS,
                        Metric.ACTIVE_EXPORTERS,
                        Metric.SOURCE_SHARE),
                Metric.MARKET,
                "market metrics in output column order");
        assertEquals("USD/tonnes", Metric.LANDED_PRICE.unit("tonnes"));
        assertEquals("tonnes", Metric.TRADE_VOLUME.unit("tonnes"));
        assertEquals("USD", Metric.TRADE_VALUE.unit("tonnes"));
    }
}
