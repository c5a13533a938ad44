package org.bilatsim.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The scenarios the page can pick: every bundled config under configs/ and the files given on the
 * command line, each under a name (its path as given). The browser picks by that name only; it
 * never sends a path, so it can read nothing else.
 */
public final class ScenarioLibrary {
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, ScenarioDocument> documents = new ConcurrentHashMap<>();

    /**
     * @param given   files named on the command line (first: the page opens with it)
     * @param configs the bundled configs folder (skipped when missing)
     */
    public ScenarioLibrary(List<Path> given, Path configs) {
        for (Path file : given) {
            String id = file.toString();
            files.put(id, file);
            documents.put(id, ScenarioDocument.read(id, file));
        }
        for (Path file : bundled(configs)) {
            files.putIfAbsent(file.toString(), file);
        }
    }

    /** Every .yaml file under {@code configs}, in path order. */
    public static List<Path> bundled(Path configs) {
        if (!Files.isDirectory(configs)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(configs)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names, the page's first choice first. */
    public List<String> ids() {
        return new ArrayList<>(files.keySet());
    }

    /** The document of a name, read on first use; null when there is no such scenario. */
    public ScenarioDocument document(String id) {
        Path file = id == null ? null : files.get(id);
        if (file == null) {
            return null;
        }
        return documents.computeIfAbsent(id, k -> ScenarioDocument.read(k, file));
    }
}
