package org.bilatsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's config reference and docs/bilatsim.schema.json are what {@link ConfigReference}
 * generates from {@link ConfigSchema}; every bundled config passes the schema and known-bad files fail
 * it. To regenerate both files after changing the table:
 * {@code mvn -B -o -q test -Dtest=ConfigReferenceTest -Dbilatsim.regenerate=true}.
 */
class ConfigReferenceTest {
    private static final Path README = Path.of("README.md");
    private static final Path SCHEMA = Path.of(ConfigReference.SCHEMA_FILE);
    private static final boolean REGENERATE = Boolean.getBoolean("bilatsim.regenerate");

    @Test
    void theReadmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(ConfigReference.README_START);
        int end = readme.indexOf(ConfigReference.README_END);
        assertTrue(start >= 0 && end > start, "README.md needs the lines " + ConfigReference.README_START + " and "
                + ConfigReference.README_END);
        String head = readme.substring(0, start + ConfigReference.README_START.length()) + "\n";
        String expected = head + ConfigReference.markdown() + readme.substring(end);
        if (REGENERATE) {
            Files.writeString(README, expected);
        }
        assertEquals(expected, readme, "README.md's config reference is stale; regenerate it with "
                + "mvn -B -o -q test -Dtest=ConfigReferenceTest -Dbilatsim.regenerate=true");
    }

    @Test
    void theJsonSchemaFileIsTheGeneratedOne() throws IOException {
        String expected = ConfigReference.jsonSchema();
        if (REGENERATE) {
            Files.createDirectories(SCHEMA.getParent());
            Files.writeString(SCHEMA, expected);
        }
        assertEquals(expected, Files.readString(SCHEMA), SCHEMA + " is stale; regenerate it with "
                + "mvn -B -o -q test -Dtest=ConfigReferenceTest -Dbilatsim.regenerate=true");
    }

    @Test
    void theReadmeStatesTheLoadersUpperBounds() {
        String table = ConfigReference.markdown();
        assertTrue(table.contains("| `products.*.importers.sizeDispersion` | number | [0, 5] |"), table);
        assertTrue(table.contains("| `products.*.sources.*.tradeCost` | number | [1, 10] |"), table);
        assertTrue(table.contains("| `products.*.sources.*.exporters.paretoShape` | number | (0, 100] |"), table);
    }

    static Stream<Path> bundledConfigs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("configs"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    @ParameterizedTest
    @MethodSource("bundledConfigs")
    void everyBundledConfigPassesTheSchema(Path config) throws IOException {
        List<Error> errors = schema().validate(Files.readString(config, StandardCharsets.UTF_8), InputFormat.YAML);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), config.toString());
    }

    @ParameterizedTest
    @MethodSource("bundledConfigs")
    void everyBundledConfigNamesTheSchema(Path config) throws IOException {
        String first = Files.readAllLines(config, StandardCharsets.UTF_8).get(0);
        Path relative = config.toAbsolutePath().getParent().relativize(SCHEMA.toAbsolutePath());
        assertEquals("# yaml-language-server: $schema=" + relative.toString().replace('\\', '/'), first, config.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"025-unknown-key-typo", "026-unknown-key-top-level-typo", "010-type-sigma-word",
        "037-sigma-equal-one", "041-sigma-absurd", "048-duty-percent-in-tariff", "049-duty-percent-in-event",
        "056-date-month-13", "088-range-trade-cost-below-one", "031-missing-time", "033-missing-exporter-count",
        "028-unknown-key-event", "035-missing-event-date"})
    void knownBadFilesFailTheSchema(String name) throws IOException {
        Path bad = Path.of("src/test/resources/bad", name + ".yaml");
        List<Error> errors = schema().validate(Files.readString(bad, StandardCharsets.UTF_8), InputFormat.YAML);
        assertFalse(errors.isEmpty(), bad + " passes the schema");
    }

    @Test
    void everyNumericKeyHasARangeAndASliderStep() {
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            if (e.type().numeric()) {
                assertTrue(e.range() != null && e.step() != null && e.step() > 0, e.path());
                assertFalse(e.description().isEmpty(), e.path());
                assertFalse(e.example().isEmpty(), e.path());
            }
            if (!e.required() && e.type().numeric() && e.type() != ConfigSchema.Type.INTEGER) {
                // optional numbers have a default, except the scenario-bound years
                assertTrue(e.defaultValue() != null, e.path() + " has no default");
            }
        }
    }

    @Test
    void theFuzzDictionaryHoldsEveryKeyAndWordOfTheSchema() throws IOException {
        String dictionary = Files.readString(Path.of("src/test/resources/org/bilatsim/config/scenario-yaml.dict"));
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            assertTrue(dictionary.contains("\"" + e.key() + "\""), "scenario-yaml.dict lacks the key " + e.key());
            for (String word : e.values()) {
                assertTrue(dictionary.contains("\"" + word + "\""), "scenario-yaml.dict lacks the word " + word);
            }
        }
    }

    /** YAML's {@code .inf} is accepted by the loader but cannot be read by the validator (no JSON number is infinite). */
    @ParameterizedTest
    @ValueSource(strings = {"infinite", "5"})
    void theSchemaAcceptsWhatTheLoaderAcceptsForAnInfiniteElasticity(String value) throws IOException {
        String yaml = ValidScenario.TEXT.replace("exportSupplyElasticity: 5", "exportSupplyElasticity: " + value);
        assertTrue(yaml.contains("exportSupplyElasticity: " + value));
        ConfigLoader.parse("scenario.yaml", yaml, List.of());
        assertEquals(List.of(), schema().validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList());
    }
}
