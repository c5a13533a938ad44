package org.bilatsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks --out before a run starts, so that a mistake costs no simulation time. */
final class OutputRoot {
    private OutputRoot() {
    }

    static void check(CommandSpec spec, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " is a file; give a folder (it is created if missing)");
        }
        Path existing = out.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " cannot be created: " + existing + " is a file, not a folder");
        }
        // The permission bits are not the whole story (root, /proc, read-only mounts): try it.
        if (existing == null || !Files.isWritable(existing) || !canCreateIn(existing)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " cannot be written (" + existing + " is not writable)");
        }
    }

    /** Whether a folder can be made (and is removed again) in {@code dir}. */
    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempDirectory(dir, ".bilatsim-probe-"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
