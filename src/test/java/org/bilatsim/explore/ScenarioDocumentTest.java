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
        Draft draft = Draft.of(document, new Draft.Request(file.toString(), List.of(), List.of(), Map.of()),
                new YamlControlCatalog());
        ScenarioConfig flattened = ConfigLoader.parse("flat.yaml", draft.download(), List.of());
        assertEquals(ConfigLoader.load(file, List.of()), flattened);
        assertFalse(draft.download().contains("extends:"));
        // The sources travel with the values.
        if (Files.readString(file).contains("ASSUMPTION")) {
            assertTrue(draft.download().contains("ASSUMPTION"));
        }
    }
}
