package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioDocumentTest {
    static Stream<Path> bundled() throws IOException {
        return ScenarioLibrary.bundled(Path.of("configs")).stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void theFlattenedTextOfEveryBundledScenarioLoadsIntoTheSameConfig(Path file) throws IOException {
        ScenarioDocument document = ScenarioDocument.read(file.toString(), file);
        Draft draft = Draft.of(
                document,
                new Draft.Request(file.toString(), List.of(), List.of(), Map.of()),
                new SchemaControlCatalog());
        ScenarioConfig flattened = ConfigLoader.parse("flat.yaml", draft.download(), List.of());
        assertEquals(ConfigLoader.load(file, List.of()), flattened);
        assertFalse(draft.download().contains("extends:"));
        // The sources travel with the values.
        if (Files.readString(file).contains("ASSUMPTION")) {
            assertTrue(draft.download().contains("ASSUMPTION"));
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyControlNamesAKeyTheLoaderAcceptsAtItsShownValue(Path file) {
        ScenarioDocument document = ScenarioDocument.read(file.toString(), file);
        SchemaControlCatalog catalog = new SchemaControlCatalog();
        Draft plain = Draft.of(document, new Draft.Request(file.toString(), List.of(), List.of(), Map.of()), catalog);
        int controls = 0;
        Map<String, String> values = new java.util.HashMap<>();
        for (ControlCatalog.Group group : plain.groups()) {
            for (ControlCatalog.Control control : group.controls()) {
                assertTrue(
                        control.mark().matches("SOURCED|ESTIMATE|DERIVED|ASSUMPTION|NONE|DEFAULT|POLICY"),
                        control.mark());
                if (control.mark().equals("POLICY")) {
                    // A policy control adds a dated event when moved (ExploreApiTest checks that one).
                    continue;
                }
                if (control.source().startsWith("uncertain:")) {
                    // An uncertain parameter: moving its slider fixes it to one number, by design.
                    continue;
                }
                values.put(control.path(), control.value());
                controls++;
            }
        }
        // Every control at once, each as an override of its own key (a key absent from the file is added).
        Draft draft = Draft.of(document, new Draft.Request(file.toString(), List.of(), List.of(), values), catalog);
        assertEquals(controls, draft.overrides().size());
        assertEquals(document.baseline(), draft.load());
        assertTrue(controls >= 5, "controls: " + controls);
    }
}
