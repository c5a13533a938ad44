package org.bilatsim.cli;

import static org.bilatsim.cli.BadInputCorpusTest.assertNothingUnder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line misuse: each mistake exits with code 2, names the problem on the first line of
 * standard error, prints no stack trace and writes nothing under --out (nor anywhere else).
 */
class CliMisuseTest {
    @TempDir
    Path temp;

    private Path out() {
        return temp.resolve("out");
    }

    /** Runs {@code bilatsim ARGS} (with --out TEMP/out unless the args give one) and checks a usage error. */
    private String assertUsageError(String firstLine, String... args) throws IOException {
        String err = usageError(args);
        assertEquals(firstLine, err.lines().findFirst().orElse(""), () -> "stderr: " + err);
        return err;
    }

    /** The standard error of a usage error: exit code 2, no stack trace, nothing written. */
    private String usageError(String... args) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--out")) {
            all.add("--out");
            all.add(out().toString());
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code =
                Main.execute(all.toArray(String[]::new), new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        String err = stderr.toString();
        assertEquals(2, code, () -> "exit code; stderr: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "a stack trace: " + err);
        assertNothingUnder(out());
        return err;
    }

    @Test
    void anUnknownFlag() throws IOException {
        String err = assertUsageError("bilatsim: Unknown option: '--frobnicate'", "run", "--frobnicate");
        assertTrue(err.contains("Try 'bilatsim run --help'."), err);
    }

    @Test
    void anUnknownCommand() throws IOException {
        String err = usageError("frobnicate", "configs/pak-aze/baseline.yaml");
        assertTrue(err.startsWith("bilatsim: Unmatched arguments from index 0: 'frobnicate'"), err);
        assertTrue(err.contains("Try 'bilatsim --help'."), err);
    }

    @Test
    void zeroReplications() throws IOException {
        assertUsageError(
                "bilatsim: --replications must be a whole number from 1 to 1000000, not 0",
                "run",
                "--replications",
                "0");
        assertUsageError("bilatsim: --replications must be a whole number from 1 to 1000000, not 0", "run", "-n", "0");
    }

    @Test
    void aReplicationCountThatIsNotANumber() throws IOException {
        assertUsageError(
                "bilatsim: Invalid value for option '--replications': 'many' is not an int", "run", "-n", "many");
    }

    @Test
    void negativeThreads() throws IOException {
        assertUsageError("bilatsim: --threads must be a whole number from 1 to 1024, not -1", "run", "--threads", "-1");
    }

    @Test
    void setOnAnUnknownPath() throws IOException {
        assertUsageError(
                "bilatsim: --set: products.rice.sigma: unknown key 'sigma'; allowed here: demandGrowthPerYear, "
                        + "importDemandElasticity, importer, importers, name, sources, substitutionElasticity, unit",
                "run",
                "--set",
                "products.rice.sigma=6");
        assertUsageError(
                "bilatsim: --set: product.rice.unit: no key 'product' in the scenario (did you mean 'products'?); "
                        + "keys there: scenario, time, seed, countries, products, tariffs, target",
                "run",
                "--set",
                "product.rice.unit=kg");
        String err = usageError("run", "--set", "tariffs.99.customs=0.1");
        assertTrue(err.startsWith("bilatsim: --set: tariffs.99.customs: index 99 is outside the list (0 to "), err);
    }

    @Test
    void setWithAnEmptyStep() throws IOException {
        // Regression (fuzzing): "." crashed with ArrayIndexOutOfBoundsException, "seed." was read as "seed".
        assertUsageError("bilatsim: --set: .: the path has an empty step", "run", "--set", ".=1");
        assertUsageError("bilatsim: --set: seed.: the path has an empty step", "run", "--set", "seed.=5");
        assertUsageError(
                "bilatsim: --set: products..unit: the path has an empty step", "run", "--set", "products..unit=kg");
    }

    @Test
    void setWithoutAValue() throws IOException {
        assertUsageError(
                "bilatsim: --set: products.rice.substitutionElasticity: an override is written path.to.key=value, "
                        + "e.g. products.rice.substitutionElasticity=6",
                "run",
                "--set",
                "products.rice.substitutionElasticity");
    }

    @Test
    void outPointingAtAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertUsageError(
                "bilatsim: --out " + file + " is a file; give a folder (it is created if missing)",
                "run",
                "--out",
                file.toString());
        Path below = file.resolve("results");
        assertUsageError(
                "bilatsim: --out " + below + " cannot be created: " + file + " is a file, not a folder",
                "run",
                "--out",
                below.toString());
        assertEquals("x", Files.readString(file), "the file is untouched");
    }

    @Test
    void outInAReadOnlyFolder() throws IOException {
        Path readOnly = Files.createDirectory(temp.resolve("read-only"));
        assumeTrue(Files.getFileStore(readOnly).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: a read-only folder is still writable");
            Path target = readOnly.resolve("results");
            assertUsageError(
                    "bilatsim: --out " + target + " cannot be written (" + readOnly + " is not writable)",
                    "run",
                    "--out",
                    target.toString());
            assertFalse(Files.exists(target));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outWhereNoFolderCanBeMadeEvenByRoot() throws IOException {
        // Permission bits say nothing to root; /proc refuses new folders to everyone.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        Path target = Path.of("/proc/bilatsim-results");
        assertUsageError(
                "bilatsim: --out " + target + " cannot be written (/proc is not writable)",
                "run",
                "--out",
                target.toString());
    }

    @Test
    void aScenarioNameThatClimbsOutOfOutIsRejectedAndNothingIsWrittenAnywhere() throws IOException {
        Path inside = Files.createDirectories(temp.resolve("a/b"));
        Path out = inside.resolve("out");
        assertUsageError(
                "bilatsim: --set: scenario.name = '../../escaped': must be 1 to 80 letters, digits, '.', '-' or '_', "
                        + "starting with a letter or digit (it names the output folder)",
                "run",
                "--set",
                "scenario.name=../../escaped",
                "--out",
                out.toString());
        assertUsageError(
                "bilatsim: --set: scenario.name = 'x..y': must not contain '..' (it names the output folder)",
                "run",
                "--set",
                "scenario.name=x..y",
                "--out",
                out.toString());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(temp.resolve("escaped")));
        assertFalse(Files.exists(temp.resolve("a/escaped")));
        try (var files = Files.walk(temp)) {
            assertEquals(
                    List.of(temp, temp.resolve("a"), inside), files.sorted().toList(), "nothing written anywhere");
        }
    }
}
