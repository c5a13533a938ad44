package org.bilatsim.cli;

import static org.bilatsim.cli.BadInputCorpusTest.assertNothingUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (round 2): where results go. One path policy ({@code PathPolicy}) refuses, before any
 * simulation, what would fail only when writing (an empty, over-long or dangling --out, a file where
 * the results' folder goes, {@code generate -o} into a missing folder); compare and sweep make their
 * folder before simulating; a failure of the machine (here a file-size limit, as a full disk) ends
 * with exit 2 and one line, leaving no folder and no truncated file ({@code AtomicFile}).
 */
class OutputSafetyTest {
    static final String BASELINE = "configs/pak-aze/baseline.yaml";

    @TempDir
    Path temp;

    /** Exit 2, a first line as given, no stack trace; returns standard error. */
    private static String refused(String firstLine, String... args) {
        MainTest.Result r = MainTest.bilatsim(args);
        assertEquals(2, r.exitCode(), () -> "exit code; stderr: " + r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "a stack trace: " + r.err());
        assertEquals(firstLine, r.err().lines().findFirst().orElse(""), r.err());
        return r.err();
    }

    @Test
    void anEmptyOutIsRefusedInsteadOfWritingIntoTheWorkingFolder() {
        refused(
                "bilatsim: --out is empty; give a folder or file name (. for the working folder)",
                "run",
                BASELINE,
                "--out",
                "",
                "-q",
                "--no-charts");
    }

    @Test
    void anOverLongFolderNameIsRefusedAndLeavesNoFolder() throws IOException {
        Path out = temp.resolve("out").resolve("a".repeat(300));
        refused(
                "bilatsim: --out: the name '" + "a".repeat(40) + "...' has 300 bytes; a file or folder name may have "
                        + "at most 255",
                "run",
                BASELINE,
                "--out",
                out.toString(),
                "-q",
                "--no-charts");
        assertNothingUnder(temp);
    }

    @Test
    void anOverLongPathIsRefusedAndLeavesNoFolder() throws IOException {
        Path out = temp;
        while (out.toString().length() < 4000) {
            out = out.resolve("b".repeat(200));
        }
        MainTest.Result r = MainTest.bilatsim("run", BASELINE, "--out", out.toString(), "-q", "--no-charts");
        assertEquals(2, r.exitCode(), r.err());
        String err = r.err();
        assertTrue(err.startsWith("bilatsim: --out: the path has "), err);
        assertTrue(err.contains("it may have at most 3895 (the results below it need 200 more)"), err);
        assertNothingUnder(temp);
    }

    @Test
    void aDanglingSymbolicLinkAsOutIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("results"), temp.resolve("gone"));
        refused(
                "bilatsim: --out " + link + ": " + link + " is a symbolic link to a missing target",
                "run",
                BASELINE,
                "--out",
                link.toString(),
                "-q",
                "--no-charts");
        assertTrue(Files.isSymbolicLink(link), "the user's link is left alone");
    }

    @Test
    void aFileWhereTheScenarioFolderGoesIsRefusedBeforeTheRun() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path file = Files.writeString(out.resolve("pak-aze-baseline"), "not a folder");
        refused(
                "bilatsim: --out " + out + ": " + file + " is a file where the results' folder goes; remove it or "
                        + "choose another --out",
                "run",
                BASELINE,
                "--out",
                out.toString(),
                "-q",
                "--no-charts");
        assertEquals(List.of(file), list(out));
    }

    @Test
    void aDanglingLinkWhereTheScenarioFolderGoesIsRefused() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("pak-aze-baseline"), temp.resolve("gone"));
        refused(
                "bilatsim: --out " + out + ": " + link + " is a symbolic link to a missing folder; remove it or "
                        + "choose another --out",
                "run",
                BASELINE,
                "--out",
                out.toString(),
                "-q",
                "--no-charts");
    }

    /** 200,000 replications take hours: the refusal must come before the first. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void compareRefusesAFileWhereItsFolderGoesBeforeSimulating() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path file = Files.writeString(out.resolve("compare-pak-aze-baseline"), "");
        refused(
                "bilatsim: --out " + out + ": " + file + " is a file where the results' folder goes; remove it or "
                        + "choose another --out",
                "compare",
                BASELINE,
                "configs/pak-aze/pta-2024.yaml",
                "-n",
                "200000",
                "--out",
                out.toString(),
                "-q");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sweepRefusesADanglingLinkWhereItsFolderGoesBeforeSimulating() throws IOException {
        Path out = Files.createDirectory(temp.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("sweep-pak-aze-baseline"), temp.resolve("gone"));
        refused(
                "bilatsim: --out " + out + ": " + link + " is a symbolic link to a missing folder; remove it or "
                        + "choose another --out",
                "sweep",
                BASELINE,
                "--vary",
                "products.rice.substitutionElasticity=2,4,8",
                "-n",
                "100000",
                "--out",
                out.toString(),
                "-q");
    }

    @Test
    void generateIntoAMissingFolderSaysSo() throws IOException {
        Path file = temp.resolve("missing").resolve("big.yaml");
        refused(
                "bilatsim: -o " + file + ": the folder " + file.getParent() + " does not exist; create it first",
                "generate",
                "--exporters",
                "100",
                "-o",
                file.toString());
        assertNothingUnder(temp);
    }

    @Test
    void generateNeverOverwritesAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("big.yaml"), "mine");
        refused(
                "bilatsim: -o " + file + " exists; choose another file (it is never overwritten)",
                "generate",
                "--exporters",
                "100",
                "-o",
                file.toString());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void generateWritesOnlyWhatTheLoaderAccepts() throws IOException {
        Path tooMany = temp.resolve("too-many.yaml");
        refused(
                "bilatsim: the scenario would not load, so it is not written: " + tooMany + ":28:28: "
                        + "products.good-0.sources.PAK.exporters.count = '49999999': must be a whole number from 1 to 20000000",
                "generate",
                "--exporters",
                "100000000",
                "--products",
                "2",
                "-o",
                tooMany.toString());
        Path tooBig = temp.resolve("too-big.yaml");
        refused(
                "bilatsim: the scenario would not load, so it is not written: " + tooBig + ": the file has 3452211 "
                        + "bytes; a scenario may have at most 1048576 (1 MiB)",
                "generate",
                "--exporters",
                "10000",
                "--importers",
                "10000",
                "--products",
                "5000",
                "-o",
                tooBig.toString());
        assertNothingUnder(temp);
        Path fine = temp.resolve("fine.yaml");
        MainTest.Result ok =
                MainTest.bilatsim("generate", "--exporters", "1000", "--products", "3", "-o", fine.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().startsWith("wrote " + fine + " (1,100 agents; one replication needs about "), ok.out());
        assertEquals(0, MainTest.bilatsim("validate", fine.toString()).exitCode());
    }

    /**
     * A file-size limit (ulimit -f) in a child JVM fails writes as a full disk does (EFBIG instead
     * of ENOSPC, the same path through the code): one line, exit 2, nothing left behind.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aRunThatCannotWriteEndsWithOneLineAndLeavesNoFolder() throws Exception {
        Path out = temp.resolve("out");
        Child child = underFileSizeLimit("run", BASELINE, "--out", out.toString(), "-q", "--no-charts");
        assertEquals(2, child.exitCode(), child.err());
        assertEquals(
                List.of("bilatsim: cannot write: " + out.resolve("pak-aze-baseline") + ": File too large; nothing "
                        + "was kept"),
                child.err().lines().toList());
        assertNothingUnder(temp);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void generateThatCannotWriteLeavesNoTruncatedFile() throws Exception {
        Path file = temp.resolve("big.yaml");
        Child child = underFileSizeLimit(
                "generate", "--exporters", "100000", "--importers", "1000", "--products", "400", "-o", file.toString());
        assertEquals(2, child.exitCode(), child.err());
        assertEquals(
                List.of("bilatsim: cannot write: " + file + ": File too large; nothing was kept"),
                child.err().lines().toList());
        assertNothingUnder(temp);
    }

    record Child(int exitCode, String err) {}

    /** bilatsim in a child JVM whose files may not grow beyond 50 KB. */
    private Child underFileSizeLimit(String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                "ulimit -f 100 && exec \"$0\" -cp \"$BILATSIM_CP\" org.bilatsim.cli.Main \"$@\"",
                java.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("BILATSIM_CP", System.getProperty("java.class.path"));
        Path err = temp.resolve("..").resolve(temp.getFileName() + ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(100, TimeUnit.SECONDS), "the child ends");
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Child(process.exitValue(), text);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
