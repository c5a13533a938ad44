package org.bilatsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's changes from its files: each --set with the file's value, each value an extending file replaces. */
class ChangesTest {
    private static final Path BASELINE = Path.of("configs/pak-aze/baseline.yaml");

    @Test
    void aSetOverrideNamesTheFilesValueAndItsLine() {
        List<Changes.Change> changes = Changes.of(BASELINE, List.of("tariffs.0.customs=0.05"));
        assertEquals(1, changes.size(), changes.toString());
        Changes.Change c = changes.get(0);
        assertEquals("tariffs.0.customs", c.path());
        assertEquals("0.15", c.was());
        assertTrue(c.wasWhere().startsWith(BASELINE + ":"), c.wasWhere());
        assertEquals("0.05", c.value());
        assertEquals("--set", c.valueWhere());
        assertEquals(Changes.By.SET, c.by());
    }

    @Test
    void aFileThatExtendsAnotherListsTheValuesItReplaces() {
        List<Changes.Change> changes = Changes.of(Path.of("configs/pak-aze/rice-exemption.yaml"), List.of());
        assertTrue(changes.stream().allMatch(c -> c.by() == Changes.By.EXTENDS), changes.toString());
        assertTrue(
                changes.stream()
                        .anyMatch(
                                c -> c.path().equals("scenario.name") && c.was().equals("pak-aze-baseline")),
                changes.toString());
        assertTrue(changes.stream().allMatch(c -> c.valueWhere().contains("rice-exemption.yaml")), changes.toString());
    }

    @Test
    void aFileWithoutExtendsOrOverridesChangesNothing() {
        assertEquals(List.of(), Changes.of(BASELINE, List.of()));
    }
}
