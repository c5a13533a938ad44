package org.bilatsim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (round 2): the one writer of single files ({@link AtomicFile}), the CSV cells made safe
 * for spreadsheets ({@link Csv#text}), and compare's and sweep's folders made before they simulate.
 */
class AtomicOutputTest {
    @TempDir
    Path temp;

    @Test
    void aNewFileIsWrittenWholeAndNoTemporaryFileStays() throws IOException {
        Path file = temp.resolve("big.yaml");
        byte[] bytes = "seed: 1\n".repeat(10_000).getBytes();
        AtomicFile.writeNew(file, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(List.of(file), list(temp));
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        Path file = Files.writeString(temp.resolve("big.yaml"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.writeNew(file, new byte[] {1}));
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of(file), list(temp));
    }

    @Test
    void aFailureLeavesNothingUnderTheFinalName() {
        Path file = temp.resolve("missing").resolve("big.yaml");
        assertThrows(IOException.class, () -> AtomicFile.writeNew(file, new byte[] {1}));
        assertTrue(Files.notExists(file));
    }

    @Test
    void textCellsThatAreFormulasGetALeadingQuoteAndNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(\"x\")", Csv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1+1", Csv.text("+1+1"));
        assertEquals("'-1+1", Csv.text("-1+1"));
        assertEquals("'@SUM(A1)", Csv.text("@SUM(A1)"));
        assertEquals("'\tx", Csv.text("\tx"));
        assertEquals("'\rx", Csv.text("\rx"));
        assertEquals("-2", Csv.text("-2"), "a negative value of a sweep");
        assertEquals("-0.5e3", Csv.text("-0.5e3"));
        assertEquals("+4.4", Csv.text("+4.4"));
        assertEquals("tonnes", Csv.text("tonnes"));
        assertEquals("", Csv.text(""));
        assertEquals("a=b", Csv.text("a=b"), "only the first character matters");
    }

    /** Before: compare wrote its folder after all the simulation; a problem there lost the work. */
    @Test
    void compareAndSweepHaveTheirPartialFolderWhileTheySimulate() throws IOException {
        AtomicReference<List<Path>> during = new AtomicReference<>();
        Provenance provenance = Provenance.now(List.of("bilatsim", "compare"));
        assertThrows(
                IllegalStateException.class,
                () -> ComparisonFiles.record(temp, "base", false, provenance, () -> {
                    during.set(walk(temp));
                    throw new IllegalStateException("stop the simulation here");
                }));
        assertEquals(1, during.get().size(), "one folder: " + during.get());
        assertTrue(
                during.get()
                        .get(0)
                        .toString()
                        .startsWith(temp.resolve("compare-base")
                                .resolve(".partial-")
                                .toString()),
                during.get().toString());
        assertEquals(List.of(), list(temp), "a failed comparison leaves nothing");
        assertThrows(
                IllegalStateException.class,
                () -> SweepFiles.record(temp, "base", false, provenance, () -> {
                    during.set(walk(temp));
                    throw new IllegalStateException("stop the simulation here");
                }));
        assertTrue(
                during.get()
                        .get(0)
                        .toString()
                        .startsWith(
                                temp.resolve("sweep-base").resolve(".partial-").toString()),
                during.get().toString());
        assertEquals(List.of(), list(temp));
    }

    private static List<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".partial-"))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
