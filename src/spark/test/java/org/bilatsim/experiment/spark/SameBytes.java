package org.bilatsim.experiment.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilatsim.cli.Main;

/** Runs bilatsim commands in this JVM and compares the folders they write, file by file. */
final class SameBytes {
    /** Manifest lines that name the moment or the command line of a run, not its results. */
    private static final List<String> VOLATILE = List.of("\"startedAt\"", "\"finishedAt\"", "\"commandLine\"");

    private SameBytes() {}

    /** Runs a command and returns the one result folder it wrote under {@code out}. */
    static Path run(Path out, String... args) throws IOException {
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        String[] withOut = Stream.concat(Stream.of(args), Stream.of("--out", out.toString(), "-q"))
                .toArray(String[]::new);
        int code = Main.execute(withOut, new PrintWriter(text, true), new PrintWriter(errors, true));
        assertEquals(0, code, () -> String.join(" ", withOut) + "\n" + text + errors);
        try (Stream<Path> manifests = Files.walk(out)) {
            List<Path> folders = manifests
                    .filter(p -> p.getFileName().toString().equals("manifest.json"))
                    .map(Path::getParent)
                    .toList();
            assertEquals(1, folders.size(), () -> "result folders under " + out + ": " + folders);
            return folders.get(0);
        }
    }

    /**
     * Every file of {@code expected} is in {@code actual} with the same bytes (the manifest apart from
     * its times and command line), and {@code actual} has no other file. Returns the number of files.
     */
    static int assertSame(Path expected, Path actual) throws IOException {
        List<Path> files = relativeFiles(expected);
        assertEquals(files, relativeFiles(actual), "the same files");
        for (Path file : files) {
            byte[] want = Files.readAllBytes(expected.resolve(file));
            byte[] got = Files.readAllBytes(actual.resolve(file));
            if (file.getFileName().toString().equals("manifest.json")) {
                assertEquals(stable(want), stable(got), file.toString());
            } else {
                assertArrayEquals(want, got, file.toString());
            }
        }
        return files.size();
    }

    private static String stable(byte[] manifest) {
        return new String(manifest, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> VOLATILE.stream().noneMatch(line.trim()::startsWith))
                .collect(Collectors.joining("\n"));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
