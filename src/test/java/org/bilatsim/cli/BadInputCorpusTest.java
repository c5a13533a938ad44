package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.bilatsim.experiment.Footprint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: every file in {@code src/test/resources/bad/} goes through the real
 * command line ({@code bilatsim run FILE --out DIR}) and must exit with code 2, print exactly one
 * line to standard error, equal to its sibling {@code .expected} file ({@code {file}} stands for the
 * file's path, {@code {dir}} for its folder, {@code {heap}} for this JVM's largest heap), print no
 * stack trace and write nothing under --out. A sibling {@code .args} file adds command-line
 * arguments, one a line, after {@code --out DIR} (a {@code --set}, {@code -n}). Files the cases
 * extend sit in {@code bad/extends-targets/}. The cases that cannot sit in the repository (a 50 MB
 * file, a directory, a missing file, a device) are made here at test time.
 */
class BadInputCorpusTest {
    @TempDir
    Path temp;

    static Path corpus() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource("/bad").toURI());
    }

    static Stream<String> badFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(corpus())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @Test
    void theCorpusHasAtLeastSixtyCasesEachWithItsExpectedMessage() throws Exception {
        List<String> names = badFiles().toList();
        // 114 from issue 7, 67 from issue 15 (round 2).
        assertTrue(names.size() >= 181, "cases: " + names.size());
        for (String name : names) {
            assertTrue(Files.exists(corpus().resolve(name.replace(".yaml", ".expected"))), name + " has no .expected");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileExitsWithTwoAndOneExactMessageAndWritesNothing(String name) throws Exception {
        Path file = corpus().resolve(name).toAbsolutePath();
        String expected = Files.readString(corpus().resolve(name.replace(".yaml", ".expected")), StandardCharsets.UTF_8)
                .strip()
                .replace("{file}", file.toString())
                .replace("{dir}", file.getParent().toString())
                .replace("{heap}", Footprint.bytes(Runtime.getRuntime().maxMemory()));
        Path args = corpus().resolve(name.replace(".yaml", ".args"));
        List<String> extra = Files.exists(args)
                ? Files.readAllLines(args, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.isEmpty())
                        .toList()
                : List.of();
        assertRejected(file, expected, extra.toArray(String[]::new));
    }

    @Test
    void aDeviceIsRejectedWithoutReadingIt() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        // Files.size says 0 for a device: reading it whole would exhaust memory.
        assertRejected(
                zero,
                "bilatsim: /dev/zero: is not a regular file (a device, a pipe or a socket); give a "
                        + "scenario .yaml file");
    }

    @Test
    void anExtendedDeviceIsNamedAsSuch() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = Files.createSymbolicLink(temp.resolve("zero.yaml"), zero);
        Path file = temp.resolve("extends-a-device.yaml");
        Files.writeString(file, "extends: zero.yaml\nseed: 3\n");
        assertRejected(
                file,
                "bilatsim: " + file + ":1:10: extends = 'zero.yaml': " + link + ": is not a regular file "
                        + "(a device, a pipe or a socket); give a scenario .yaml file");
    }

    @Test
    void aFiftyMegabyteFileIsRejectedBeforeItIsRead() throws IOException {
        Path file = temp.resolve("huge.yaml");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                    .getBytes(StandardCharsets.US_ASCII);
            ByteBuffer block = ByteBuffer.allocate(1 << 20);
            while (block.remaining() >= line.length) {
                block.put(line);
            }
            while (block.hasRemaining()) {
                block.put((byte) '\n');
            }
            for (int i = 0; i < 50; i++) {
                block.flip();
                channel.write(block);
            }
        }
        assertEquals(50L << 20, Files.size(file));
        assertRejected(
                file,
                "bilatsim: " + file + ": the file has 52428800 bytes; a scenario may have at most 1048576 (1 MiB)");
    }

    @Test
    void aDirectoryIsRejected() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("a-folder.yaml"));
        assertRejected(dir, "bilatsim: " + dir + ": is a directory; give a scenario .yaml file");
    }

    @Test
    void aMissingFileIsRejected() throws IOException {
        Path missing = temp.resolve("no-such-scenario.yaml");
        assertRejected(missing, "bilatsim: " + missing + ": no such file");
    }

    /** Runs {@code bilatsim run FILE --out TEMP/out} and checks everything a rejection promises. */
    private void assertRejected(Path file, String expected, String... extra) throws IOException {
        Path out = temp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        int code =
                Main.execute(args.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        String err = stderr.toString();
        assertEquals(2, code, () -> "exit code; stderr: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "a stack trace: " + err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), () -> "one line on stderr, not:\n" + err);
        assertTrue(err.endsWith("\n"), "the line ends");
        assertEquals(expected, lines.get(0));
        assertEquals("", stdout.toString(), "nothing on stdout");
        assertNothingUnder(out);
    }

    static void assertNothingUnder(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                List<Path> written = files.filter(p -> !p.equals(out)).toList();
                assertTrue(written.isEmpty(), () -> "written under --out: " + written);
            }
        }
    }
}
