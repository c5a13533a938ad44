package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends: other.yaml}: a scenario that starts from another file and restates what differs. */
class ExtendsTest {

    @TempDir
    Path dir;

    private Path base;

    @BeforeEach
    void writeTheValidScenarioAsBase() throws IOException {
        base = Files.writeString(dir.resolve("base.yaml"), TEXT);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static ScenarioConfig load(Path file, String... overrides) {
        return ConfigLoader.load(file, List.of(overrides));
    }

    private static ConfigException loadFails(Path file) {
        return assertThrows(ConfigException.class, () -> load(file));
    }

    // --- what is inherited

    @Test
    void aChildInheritsEverythingItDoesNotRestate() throws IOException {
        ScenarioConfig child = load(write("child.yaml", "extends: base.yaml\nscenario:\n  name: child\nseed: 7\n"));
        assertEquals("child", child.name());
        assertEquals("two products, three countries", child.description(), "mappings merge key by key");
        assertEquals(7L, child.seed());
        assertEquals(3, child.tariffs().size());
        assertEquals(4.4, child.product("rice").orElseThrow().substitutionElasticity());
    }

    @Test
    void aChildChangesOneDeepValue() throws IOException {
        ScenarioConfig child =
                load(write("child.yaml", "extends: base.yaml\nproducts:\n  rice:\n    substitutionElasticity: 6\n"));
        assertEquals(6.0, child.product("rice").orElseThrow().substitutionElasticity());
        assertEquals(-1.0, child.product("rice").orElseThrow().importDemandElasticity());
    }

    @Test
    void aListInTheChildReplacesTheInheritedListWhole() throws IOException {
        assertTrue(load(write("child.yaml", "extends: base.yaml\ntariffs: []\n"))
                .tariffs()
                .isEmpty());
    }

    @Test
    void aBaseInTheParentFolderIsFoundRelativeToTheChild() throws IOException {
        assertEquals(
                8L,
                load(write("variants/child.yaml", "extends: ../base.yaml\nseed: 8\n"))
                        .seed());
    }

    @Test
    void overridesApplyAfterInheritance() throws IOException {
        assertEquals(
                9L,
                load(write("child.yaml", "extends: base.yaml\nseed: 7\n"), "seed=9")
                        .seed());
    }

    // --- where messages point

    @Test
    void aBadValueInTheChildIsReportedInTheChild() throws IOException {
        Path child = write("child.yaml", "extends: base.yaml\nproducts:\n  rice:\n    substitutionElasticity: 0.5\n");
        assertTrue(loadFails(child)
                .getMessage()
                .startsWith(child + ":4:29: products.rice.substitutionElasticity = '0.5': must be > 1 and <= 50"));
    }

    @Test
    void aBadValueInheritedFromTheBaseIsReportedInTheBase() throws IOException {
        Files.writeString(base, ValidScenario.replace("substitutionElasticity: 4.4", "substitutionElasticity: 0.5"));
        Path child = write("child.yaml", "extends: base.yaml\nseed: 7\n");
        assertTrue(loadFails(child)
                .getMessage()
                .startsWith(base + ":21:29: products.rice.substitutionElasticity = '0.5': must be > 1 and <= 50"));
    }

    @Test
    void anUnknownKeyInTheChildIsReportedInTheChild() throws IOException {
        Path child = write("child.yaml", "extends: base.yaml\nproducts:\n  rice:\n    sigma: 3\n");
        assertTrue(loadFails(child).getMessage().startsWith(child + ":4:5: products.rice.sigma: unknown key 'sigma'"));
    }

    @Test
    void aNonUtf8BaseIsReportedInTheBase() throws IOException {
        Path latin = Files.write(dir.resolve("latin.yaml"), "seed: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path child = write("child.yaml", "extends: latin.yaml\n");
        assertEquals(
                latin + ":1:10: byte 0xE9 at offset 9 is not UTF-8; save the file as UTF-8",
                loadFails(child).getMessage());
    }

    @Test
    void anEmptyBaseIsReportedInTheBase() throws IOException {
        Path empty = Files.write(dir.resolve("empty.yaml"), new byte[0]);
        Path child = write("child.yaml", "extends: empty.yaml\n");
        assertTrue(loadFails(child).getMessage().startsWith(empty + ":1:1: the file is empty"));
    }

    // --- what extends may name

    @Test
    void aMissingBaseIsReportedAtTheExtendsLine() throws IOException {
        Path child = write("child.yaml", "seed: 7\nextends: nothere.yaml\n");
        assertEquals(
                child + ":2:10: extends = 'nothere.yaml': " + dir.resolve("nothere.yaml") + ": no such file",
                loadFails(child).getMessage());
    }

    @Test
    void extendsWithoutAFileNameIsRejected() throws IOException {
        Path child = write("child.yaml", "extends: ~\nseed: 7\n");
        assertEquals(
                child + ":1:1: extends: must name a scenario file, e.g. extends: baseline.yaml",
                loadFails(child).getMessage());
    }

    @Test
    void extendsGivenAListIsRejected() throws IOException {
        Path child = write("child.yaml", "extends: [base.yaml]\n");
        assertEquals(
                child + ":1:1: extends: must name a scenario file, e.g. extends: baseline.yaml",
                loadFails(child).getMessage());
    }

    @Test
    void aBaseOverOneMebibyteIsRejectedAtTheExtendsLine() throws IOException {
        Files.writeString(base, TEXT + "#" + " ".repeat(ConfigLoader.MAX_FILE_BYTES) + "\n");
        Path child = write("child.yaml", "extends: base.yaml\n");
        assertEquals(
                child + ":1:10: extends = 'base.yaml': " + base + ": the file has more than 1048576 bytes (1 MiB)",
                loadFails(child).getMessage());
    }

    @Test
    void extendsNamingAFolderSaysItIsAFolder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path child = write("child.yaml", "extends: sub\n");
        ConfigException e = loadFails(child);
        assertTrue(e.getMessage().startsWith(child + ":1:10: extends = 'sub': "), e.getMessage());
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void extendsCannotBeGivenAsAnOverride() {
        ValidScenario.assertRejectedOnCommandLine(
                "extends=base.yaml", "extends", "unknown key 'extends'; allowed here:");
    }

    // --- cycles and chains

    @Test
    void aFileThatExtendsItselfIsRejectedAsACycle() throws IOException {
        Path self = write("self.yaml", "extends: self.yaml\n");
        assertEquals(
                self + ":1:1: extends = 'self.yaml': more than 8 files extend one another (is there a cycle?)",
                loadFails(self).getMessage());
    }

    @Test
    void twoFilesThatExtendEachOtherAreRejectedAsACycle() throws IOException {
        Path a = write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "extends: a.yaml\n");
        ConfigException e = loadFails(a);
        assertTrue(
                e.getMessage().contains(": extends = '")
                        && e.getMessage().endsWith("more than 8 files extend one another (is there a cycle?)"),
                e.getMessage());
    }

    @Test
    void aChainOfEightExtendsIsAcceptedAndNineAreRejected() throws IOException {
        // c0 -> c1 -> ... -> c8 -> base: c0 has nine extends in its chain, c1 eight
        for (int i = 0; i <= 8; i++) {
            write("c" + i + ".yaml", "extends: " + (i == 8 ? "base" : "c" + (i + 1)) + ".yaml\n");
        }
        assertEquals("test-scenario", load(dir.resolve("c1.yaml")).name());
        ConfigException e = loadFails(dir.resolve("c0.yaml"));
        assertTrue(e.getMessage().endsWith("more than 8 files extend one another (is there a cycle?)"), e.getMessage());
    }
}
