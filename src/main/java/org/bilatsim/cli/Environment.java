package org.bilatsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Failures of the machine rather than of the model (disk full, permission, read-only file system,
 * a name too long, memory exhausted), told apart from bugs so that they end with one line and
 * {@link ExitCodes#ENVIRONMENT} instead of a stack trace. Whatever a command had begun to write is
 * gone by then: run folders are removed on failure ({@code RunFolder}), single files are written
 * atomically ({@code AtomicFile}).
 */
final class Environment {
    private Environment() {}

    /** One line saying what failed, or null when {@code failure} is not environmental (a bug). */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return String.format(
                        Locale.ROOT,
                        "out of memory (the heap may grow to %s); give more with "
                                + "BILATSIM_JAVA_OPTS=-Xmx... or make the scenario smaller; nothing was kept",
                        org.bilatsim.experiment.Footprint.bytes(
                                Runtime.getRuntime().maxMemory()));
            }
            if (t instanceof IOException io) {
                return "cannot write: " + reason(io) + "; nothing was kept";
            }
            if (t instanceof UncheckedIOException unchecked) {
                return "cannot write: " + reason(unchecked.getCause()) + "; nothing was kept";
            }
        }
        return null;
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
            String why;
            if (e instanceof AccessDeniedException) {
                why = "permission denied";
            } else if (e instanceof NoSuchFileException) {
                why = "no such file or folder";
            } else if (e instanceof FileAlreadyExistsException) {
                why = "already exists";
            } else {
                why = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
            }
            return oneLine(file + why);
        }
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
