package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic run folders: written as .partial-, renamed when complete, never overwritten, never outside --out. */
class RunFolderTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path root;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesGoToAPartialFolderThatIsRenamedOnlyOnCommit() throws IOException {
        RunFolder folder = RunFolder.create(root, "scn", NOW);
        Files.writeString(folder.file("a.csv"), "x\n");
        assertEquals(List.of(".partial-20250301T120000Z"), names(root.resolve("scn")));
        Path done = folder.commit();
        assertEquals(root.resolve("scn/20250301T120000Z"), done);
        assertEquals(List.of("20250301T120000Z"), names(root.resolve("scn")));
        assertEquals("x\n", Files.readString(done.resolve("a.csv")));
    }

    @Test
    void aRunInTheSameSecondGetsItsOwnRunIdAndNothingIsOverwritten() throws IOException {
        RunFolder first = RunFolder.create(root, "scn", NOW);
        RunFolder second = RunFolder.create(root, "scn", NOW);
        assertNotEquals(first.runId(), second.runId());
        Files.writeString(first.file("f"), "1");
        Files.writeString(second.file("f"), "2");
        Path a = first.commit();
        Path b = second.commit();
        RunFolder third = RunFolder.create(root, "scn", NOW);
        Files.writeString(third.file("f"), "3");
        Path c = third.commit();
        assertEquals(
                List.of("20250301T120000Z", "20250301T120000Z-2", "20250301T120000Z-3"), names(root.resolve("scn")));
        assertEquals("1", Files.readString(a.resolve("f")));
        assertEquals("2", Files.readString(b.resolve("f")));
        assertEquals("3", Files.readString(c.resolve("f")));
    }

    @Test
    void aNameThatLeavesTheRootIsRefusedAndCreatesNothing() throws IOException {
        Path out = Files.createDirectory(root.resolve("out"));
        for (String name : List.of("../escaped", "..", "a/../../escaped", "/tmp/escaped-absolute", ".")) {
            assertThrows(IOException.class, () -> RunFolder.create(out, name, NOW), name);
        }
        assertEquals(List.of("out"), names(root));
        assertEquals(List.of(), names(out));
    }

    @Test
    void aRelativeRootThatNormalizesToTheEmptyPathWorks() throws IOException {
        // Regression: "--out ." normalized to "", which no path starts with: every run failed.
        String name = "bilatsim-runfolder-test-" + System.nanoTime();
        RunFolder folder = RunFolder.create(Path.of("."), name, NOW);
        try {
            assertTrue(Files.isDirectory(Path.of(name)));
        } finally {
            folder.abort();
        }
        assertFalse(Files.exists(Path.of(name)), "abort removes the scenario folder it made");
    }

    @Test
    void abortRemovesThePartialFolderAndTheFoldersItMadeButNothingElse() throws IOException {
        Path out = root.resolve("new/out");
        RunFolder failed = RunFolder.create(out, "scn", NOW);
        Files.writeString(failed.file("half.csv"), "half");
        failed.abort();
        assertEquals(List.of(), names(root), "--out and its new parent were made by the run, so they go too");

        RunFolder kept = RunFolder.create(out, "scn", NOW);
        kept.commit();
        RunFolder failedAgain = RunFolder.create(out, "scn", NOW.plusSeconds(1));
        failedAgain.abort();
        assertEquals(List.of("20250301T120000Z"), names(out.resolve("scn")), "earlier results stay");
    }
}
