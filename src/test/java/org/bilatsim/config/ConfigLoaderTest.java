package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.TEXT;
import static org.bilatsim.config.ValidScenario.line;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The valid texts the loader must accept, and what it reads from them. */
class ConfigLoaderTest {

    @Test
    void theFixtureLinesAreWhereTheOtherTestsExpectThem() {
        assertEquals("  name: test-scenario", line(2));
        assertEquals("    substitutionElasticity: 4.4", line(21));
        assertEquals("      PAK:", line(32));
        assertEquals("  urea:", line(48));
        assertEquals("tariffs:", line(68));
        assertEquals("events:", line(84));
        assertEquals("  - type: tradeCost", line(94));
        assertEquals("  - type: exhibition", line(100));
        assertEquals("target:", line(107));
        assertEquals(111, TEXT.split("\n").length);
    }

    @Test
    void theValidTwoProductScenarioParses() {
        ScenarioConfig config = parse(TEXT);

        assertEquals("test-scenario", config.name());
        assertEquals("two products, three countries", config.description());
        assertEquals(YearMonth.of(2024, 1), config.start());
        assertEquals(YearMonth.of(2026, 12), config.end());
        assertEquals(36, config.months());
        assertEquals(42L, config.seed());
        assertEquals(
                List.of("PAK", "AZE", "ROW"),
                config.countries().stream().map(Country::iso3).toList());
        assertEquals(0.18, config.country("AZE").orElseThrow().vatRate());
        assertEquals(0.0, config.country("PAK").orElseThrow().vatRate(), "vatRate defaults to 0");
        assertEquals(
                List.of("rice", "urea"),
                config.products().stream().map(Product::key).toList());
        assertEquals(3, config.tariffs().size());
        assertEquals(3, config.events().size());
        assertEquals(List.of("PAK", "AZE"), config.target().between());
        assertEquals(2030, config.target().year());
    }

    @Test
    void productsKeepTheirValuesAndDefaults() {
        ScenarioConfig config = parse(TEXT);
        Product rice = config.product("rice").orElseThrow();
        assertEquals("AZE", rice.importer());
        assertEquals(4.4, rice.substitutionElasticity());
        assertEquals(-1.0, rice.importDemandElasticity());
        assertEquals(0.05, rice.demandGrowthPerYear());
        assertEquals(60, rice.importers().count());
        assertEquals(0.8, rice.importers().marketShockPersistence());
        assertEquals(
                List.of("PAK", "ROW"),
                rice.sources().stream().map(Source::exporter).toList());
        Source pak = rice.sources().get(0);
        assertEquals(5.0, pak.exportSupplyElasticity());
        assertEquals(0.3, pak.awareness());
        assertEquals(200, pak.exporters().count());
        assertEquals(500.0, pak.exporters().fixedCostUsdPerMonth());

        Product urea = config.product("urea").orElseThrow();
        assertEquals(0.0, urea.demandGrowthPerYear(), "demandGrowthPerYear defaults to 0");
        assertEquals(1.0, urea.importers().sizeDispersion(), "sizeDispersion defaults to 1");
        assertEquals(1.0, urea.importers().adjustmentPerMonth(), "adjustmentPerMonth defaults to 1");
        Source aze = urea.sources().get(0);
        assertEquals(1.0, aze.tradeCost(), "tradeCost defaults to 1");
        assertEquals(1.0, aze.awareness(), "awareness defaults to 1");
        assertTrue(aze.priceTaker(), "exportSupplyElasticity defaults to infinite");
        assertEquals(4.0, aze.exporters().paretoShape(), "paretoShape defaults to 4");
        assertEquals(0.9, aze.exporters().costShare(), "costShare defaults to 0.9");
        assertTrue(urea.sources().get(1).priceTaker(), "the word infinite is read as an infinite elasticity");
    }

    @Test
    void tariffLinesKeepTheirLayersAndExpiry() {
        List<TariffLine> tariffs = parse(TEXT).tariffs();
        assertEquals(new TariffLine("AZE", "rice", "MFN", 0.15, 0, 0, null), tariffs.get(0));
        assertEquals(new TariffLine("AZE", "rice", "PAK", 0.0, 0, 0, YearMonth.of(2025, 12)), tariffs.get(1));
        assertEquals(new TariffLine("PAK", "urea", "MFN", 0.05, 0.02, 0.01, null), tariffs.get(2));
    }

    @Test
    void eventsAreReadByTypeInDateOrder() {
        List<PolicyEvent> events = parse(TEXT).events();
        PolicyEvent.DutyChange duty = assertInstanceOf(PolicyEvent.DutyChange.class, events.get(0));
        assertEquals(
                new PolicyEvent.DutyChange(
                        YearMonth.of(2025, 1), "PAK", "urea", "AZE", DutyLayer.CUSTOMS, 0.0, YearMonth.of(2025, 12)),
                duty);
        PolicyEvent.TradeCostChange tradeCost = assertInstanceOf(PolicyEvent.TradeCostChange.class, events.get(1));
        assertEquals(PolicyEvent.ALL_PRODUCTS, tradeCost.product(), "product \"*\" means every product");
        assertEquals(0.97, tradeCost.factor());
        assertNull(tradeCost.until());
        PolicyEvent.Exhibition exhibition = assertInstanceOf(PolicyEvent.Exhibition.class, events.get(2));
        assertEquals(new PolicyEvent.Exhibition(YearMonth.of(2026, 3), "PAK", "AZE", "rice", 0.8, 0.1), exhibition);
    }

    @Test
    void optionalSectionsMayBeLeftOut() {
        ScenarioConfig noPolicy = parse(ValidScenario.replaceLines(68, 106, "# no tariffs, no events"));
        assertTrue(noPolicy.tariffs().isEmpty());
        assertTrue(noPolicy.events().isEmpty());

        ScenarioConfig noSeed = parse(ValidScenario.replaceLines(7, 7, ""));
        assertEquals(1L, noSeed.seed(), "seed defaults to 1");
    }

    @Test
    void aDateWithADayIsReadAsItsMonth() {
        assertEquals(
                YearMonth.of(2024, 1),
                parse(ValidScenario.replace("start: 2024-01", "start: 2024-01-15"))
                        .start());
    }

    @Test
    void theShippedBaselineScenarioLoads() {
        Path baseline = Path.of("configs/pak-aze/baseline.yaml");
        ScenarioConfig config = ConfigLoader.load(baseline, List.of());
        assertEquals("pak-aze-baseline", config.name());
        assertTrue(config.products().size() >= 2);
    }

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("configs"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioLoads(Path file) {
        assertTrue(ConfigLoader.load(file, List.of()).months() > 0);
    }

    @Test
    void aFileWrittenWithWindowsLineEndingsParsesAndKeepsItsLineNumbers() {
        String crlf = ValidScenario.replace("substitutionElasticity: 4.4", "substitutionElasticity: 1.0")
                .replace("\n", "\r\n");
        ConfigException e = ValidScenario.rejection(crlf);
        assertEquals(21, e.location().line(), e.getMessage());
        assertEquals("test-scenario", parse(TEXT.replace("\n", "\r\n")).name());
    }
}
