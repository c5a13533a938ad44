package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid runs that once failed at the very end, after the whole simulation. */
class RunEdgeCasesTest {
    @TempDir
    Path temp;

    @Test
    void anExtendsChainOfFilesWithTheSameNameIsCopiedWhole() throws IOException {
        // Regression: the second copy of "baseline.yaml" into the run's scenario/ folder failed with
        // FileAlreadyExistsException, and the run ended with exit 1 after it had finished.
        Path base = Files.createDirectories(temp.resolve("base")).resolve("baseline.yaml");
        Files.copy(Path.of("configs/pak-aze/baseline.yaml"), base);
        Path variant = Files.createDirectories(temp.resolve("variant")).resolve("baseline.yaml");
        Files.writeString(variant, "extends: ../base/baseline.yaml\nseed: 5\n");
        Path out = temp.resolve("out");
        StringWriter stderr = new StringWriter();
        int code = Main.execute(
                new String[] {"run", variant.toString(), "--out", out.toString(), "-q", "--no-charts"},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(stderr, true));
        assertEquals(0, code, stderr::toString);
        List<Path> copies;
        try (Stream<Path> files = Files.walk(out)) {
            copies = files.filter(p -> p.getParent().getFileName().toString().equals("scenario"))
                    .sorted()
                    .toList();
        }
        assertEquals(
                List.of("2-baseline.yaml", "baseline.yaml"),
                copies.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(Files.readString(copies.get(1)).startsWith("extends:"), "the file given first keeps its name");
    }
}
