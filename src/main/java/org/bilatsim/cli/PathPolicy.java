package org.bilatsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one policy for the paths bilatsim writes to, checked before any work starts so that a
 * mistake costs no simulation time and leaves nothing behind: the output root of run, compare,
 * sweep and analytic (--out), the result folder below it, and the file of {@code generate -o}.
 *
 * <p>Refused: an empty path (it would mean the working folder); a path component longer than
 * {@value #MAX_COMPONENT_BYTES} bytes or a path longer than {@value #MAX_PATH_BYTES} bytes (Linux's
 * NAME_MAX and PATH_MAX, less the {@value #RUN_FOLDER_ROOM} bytes a run adds below --out); a file, a
 * dangling symbolic link or an unwritable folder where a folder must be or be made; for an output
 * file, an existing file, or a folder for it that does not exist.
 */
final class PathPolicy {
    /** Longest name of one file or folder (NAME_MAX on Linux, most file systems). */
    static final int MAX_COMPONENT_BYTES = 255;
    /** Longest path (PATH_MAX on Linux, with its terminating NUL). */
    static final int MAX_PATH_BYTES = 4095;
    /** What a run adds below --out: scenario (80), .partial-run-id (30), charts/, the longest file name. */
    static final int RUN_FOLDER_ROOM = 200;

    private PathPolicy() {}

    /** --out of run, compare, sweep and analytic: a folder that is or can be made, and written. */
    static void outputRoot(CommandSpec spec, Path out) {
        String option = "--out";
        checkSpelling(spec, option, out, RUN_FOLDER_ROOM);
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage(spec, option + " " + out + " is a file; give a folder (it is created if missing)");
        }
        Path existing = nearestExisting(spec, option, out, absolute);
        if (existing != null && !Files.isDirectory(existing)) {
            throw usage(spec, option + " " + out + " cannot be created: " + existing + " is a file, not a folder");
        }
        // The permission bits are not the whole story (root, /proc, read-only mounts): try it.
        if (existing == null || !Files.isWritable(existing) || !canCreateIn(existing)) {
            throw usage(spec, option + " " + out + " cannot be written (" + existing + " is not writable)");
        }
    }

    /**
     * The folder a command makes below --out ({@code <out>/<name>}, e.g. the scenario's): a file or a
     * dangling link there would fail the run only when it writes.
     */
    static void resultFolder(CommandSpec spec, Path out, String name) {
        Path folder = out.resolve(name);
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            throw usage(
                    spec,
                    "--out " + out + ": " + folder + " is a symbolic link to a missing folder; remove it or "
                            + "choose another --out");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw usage(
                    spec,
                    "--out " + out + ": " + folder + " is a file where the results' folder goes; remove it "
                            + "or choose another --out");
        }
    }

    /** The file of {@code generate -o}: new, in an existing, writable folder. */
    static void outputFile(CommandSpec spec, String option, Path file) {
        checkSpelling(spec, option, file, 0);
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw usage(
                    spec,
                    option + " " + file
                            + (Files.isDirectory(file)
                                    ? " is a folder; give a file name"
                                    : " exists; choose another file (it is never overwritten)"));
        }
        Path folder = absolute.getParent();
        Path existing = nearestExisting(spec, option, file, folder);
        if (existing == null || !existing.equals(folder)) {
            throw usage(spec, option + " " + file + ": the folder " + folder + " does not exist; create it first");
        }
        if (!Files.isDirectory(folder)) {
            throw usage(spec, option + " " + file + ": " + folder + " is a file, not a folder");
        }
        if (!Files.isWritable(folder) || !canCreateIn(folder)) {
            throw usage(spec, option + " " + file + " cannot be written (" + folder + " is not writable)");
        }
    }

    /** Empty paths, over-long components and over-long paths. */
    private static void checkSpelling(CommandSpec spec, String option, Path path, int room) {
        if (path.toString().isEmpty()) {
            throw usage(spec, option + " is empty; give a folder or file name (. for the working folder)");
        }
        Path absolute;
        try {
            absolute = path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw usage(spec, option + " " + path + " is not a valid path: " + e.getReason());
        }
        for (Path component : absolute) {
            int bytes = component.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_COMPONENT_BYTES) {
                throw usage(
                        spec,
                        option + ": the name '" + shorten(component.toString()) + "' has " + bytes
                                + " bytes; a file or folder name may have at most " + MAX_COMPONENT_BYTES);
            }
        }
        int bytes = absolute.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes + room > MAX_PATH_BYTES) {
            throw usage(
                    spec,
                    option + ": the path has " + bytes + " bytes; it may have at most " + (MAX_PATH_BYTES - room)
                            + (room > 0 ? " (the results below it need " + room + " more)" : ""));
        }
    }

    /**
     * The nearest ancestor of {@code start} (itself included) that exists; a dangling symbolic link
     * on the way is an error (the system would create nothing through it).
     */
    private static Path nearestExisting(CommandSpec spec, String option, Path given, Path start) {
        Path p = start;
        while (p != null && !Files.exists(p)) {
            if (Files.isSymbolicLink(p)) {
                throw usage(spec, option + " " + given + ": " + p + " is a symbolic link to a missing target");
            }
            p = p.getParent();
        }
        return p;
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

    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
