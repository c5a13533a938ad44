package org.bilatsim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's output folder, {@code <root>/<scenario>/<run-id>}. Files are written into a hidden
 * {@code .partial-<run-id>} folder beside it, renamed into place by {@link #commit()} only when
 * complete, so an interrupted run never leaves a folder that looks complete. An existing folder is
 * never overwritten: a clash gets a new run-id.
 */
public final class RunFolder {
    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String PARTIAL_PREFIX = ".partial-";

    private final Path scenarioFolder;
    private final String runId;
    private final Path partial;
    /** Folders that {@link #create} made (the scenario folder, and --out itself if new), deepest first. */
    private final List<Path> created;

    private Path committed;

    private RunFolder(Path scenarioFolder, String runId, Path partial, List<Path> created) {
        this.scenarioFolder = scenarioFolder;
        this.runId = runId;
        this.partial = partial;
        this.created = created;
    }

    /**
     * Makes the partial folder.
     *
     * @param root     the output root (--out)
     * @param scenario the scenario name (validated: no path separators or '..')
     * @param now      the run's start time, which orders run-ids
     */
    public static RunFolder create(Path root, String scenario, Instant now) throws IOException {
        Path scenarioFolder = root.resolve(scenario).normalize();
        // Compared as absolute paths: "--out ." normalizes to the empty path, which no path starts with.
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteFolder = scenarioFolder.toAbsolutePath().normalize();
        if (!absoluteFolder.startsWith(absoluteRoot) || absoluteFolder.equals(absoluteRoot)) {
            throw new IOException("scenario name '" + scenario + "' would write outside " + root);
        }
        List<Path> created = new ArrayList<>();
        // Not following links: a dangling link is not a folder to make, nor ours to remove later.
        for (Path p = scenarioFolder.toAbsolutePath();
                p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                p = p.getParent()) {
            created.add(p);
        }
        try {
            Files.createDirectories(scenarioFolder);
            String base = RUN_ID.format(now);
            for (int attempt = 1; ; attempt++) {
                String runId = attempt == 1 ? base : base + "-" + attempt;
                if (Files.exists(scenarioFolder.resolve(runId))) {
                    continue;
                }
                try {
                    Path partial = Files.createDirectory(scenarioFolder.resolve(PARTIAL_PREFIX + runId));
                    return new RunFolder(scenarioFolder, runId, partial, created);
                } catch (FileAlreadyExistsException e) {
                    // Another run started in the same second: try the next run-id.
                }
            }
        } catch (IOException | RuntimeException e) {
            // A name too long, a full disk, a read-only mount: leave no empty folder behind.
            removeIfEmpty(created);
            throw e;
        }
    }

    /** What goes into a folder before it is committed; returns what the caller wants back. */
    @FunctionalInterface
    public interface Contents<T> {
        T writeInto(RunFolder folder) throws IOException;
    }

    /** A committed folder and the value its contents returned. */
    public record Committed<T>(Path folder, T value) {}

    /**
     * Creates a folder, lets {@code contents} write into it, and commits it; on any failure the
     * partial folder is removed ({@link #abort()}) and the failure rethrown.
     */
    public static <T> Committed<T> write(Path root, String scenario, Instant now, Contents<T> contents)
            throws IOException {
        RunFolder folder = create(root, scenario, now);
        try {
            T value = contents.writeInto(folder);
            return new Committed<>(folder.commit(), value);
        } catch (UncheckedIOException e) {
            folder.abort();
            throw where(folder, e.getCause());
        } catch (IOException e) {
            folder.abort();
            throw where(folder, e);
        } catch (RuntimeException e) {
            folder.abort();
            throw e;
        }
    }

    /**
     * A failure that names no file (a full disk says only "No space left on device") gets the
     * folder it happened in, so that its one-line message says where.
     */
    private static IOException where(RunFolder folder, IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return e;
        }
        return new IOException(folder.scenarioFolder + ": " + e.getMessage(), e);
    }

    /** Where to write files before the commit. */
    public Path file(String name) {
        return partial.resolve(name);
    }

    public String runId() {
        return runId;
    }

    /** Renames the partial folder into place; returns the final folder. */
    public Path commit() throws IOException {
        String id = runId;
        for (int attempt = 2; ; attempt++) {
            Path target = scenarioFolder.resolve(id);
            if (!Files.exists(target)) {
                try {
                    committed = Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                    return committed;
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("the output folder does not support an atomic rename: " + e.getMessage(), e);
                } catch (FileAlreadyExistsException e) {
                    // Lost a race for this run-id; take the next.
                }
            }
            id = runId + "-" + attempt;
        }
    }

    /**
     * Deletes the partial folder (after a failure), and the folders {@link #create} made for it if
     * they are now empty, so that a run that fails leaves nothing behind.
     */
    public void abort() {
        if (committed != null) {
            return;
        }
        if (Files.exists(partial)) {
            try (Stream<Path> paths = Files.walk(partial)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Best effort: a leftover .partial- folder is recognisably incomplete.
            }
        }
        removeIfEmpty(created);
    }

    /** Removes the folders a run made, deepest first, while they are empty. */
    private static void removeIfEmpty(List<Path> created) {
        for (Path folder : created) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                return; // not empty (another run writes there) or not ours to delete: keep it and its parents
            }
        }
    }
}
