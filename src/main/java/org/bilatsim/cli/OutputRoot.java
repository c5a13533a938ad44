package org.bilatsim.cli;

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
        if (existing == null || !Files.isWritable(existing)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " cannot be written (" + existing + " is not writable)");
        }
    }
}
