package org.bilatsim.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.YamlNode;
import org.bilatsim.config.YamlTreeReader;

/**
 * A scenario file as the explorer edits it: the YAML tree of the file and of the files it
 * {@code extends}, merged into one standalone tree (so a downloaded scenario needs no other file),
 * with the comment of every value's source line kept (the comments hold the sources and the
 * ESTIMATE/ASSUMPTION marks). The merge follows the loader's rule for {@code extends}: mappings merge
 * key by key, a list or a single value replaces the inherited one whole; a test holds the flattened
 * text to load into exactly the config the file loads into.
 *
 * @param id       the name the page uses for it (a bundled path such as configs/pak-aze/baseline.yaml,
 *                 or the file name given on the command line); the browser never sends a path
 * @param file     where it was read from (on the server only)
 * @param tree     the merged tree
 * @param baseline the config it loads into, unchanged: the pinned baseline of the page
 */
public record ScenarioDocument(
        String id, Path file, YamlNode.Mapping tree, ScenarioConfig baseline, Map<String, String[]> lines) {

    private static final String EXTENDS = "extends";

    /** Reads a scenario file (and what it extends) and checks that it loads. */
    public static ScenarioDocument read(String id, Path file) {
        ScenarioConfig baseline = ConfigLoader.load(file, List.of());
        List<Path> chain = ConfigLoader.sourceFiles(file);
        Map<String, String[]> lines = new HashMap<>();
        YamlNode merged = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path source = chain.get(i);
            String text;
            try {
                text = Files.readString(source, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines.put(source.toString(), text.split("\\R", -1));
            YamlNode tree = new YamlTreeReader(source.toString()).read(text);
            if (tree instanceof YamlNode.Mapping m && m.entries().containsKey(EXTENDS)) {
                Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
                Map<String, SourceLocation> keys = new LinkedHashMap<>(m.keyLocations());
                entries.remove(EXTENDS);
                keys.remove(EXTENDS);
                tree = new YamlNode.Mapping(m.location(), entries, keys);
            }
            merged = merged == null ? tree : merge(merged, tree);
        }
        if (!(merged instanceof YamlNode.Mapping root)) {
            throw new IllegalStateException(file + " is not a mapping, yet it loaded");
        }
        return new ScenarioDocument(id, file, root, baseline, Map.copyOf(lines));
    }

    private static YamlNode merge(YamlNode base, YamlNode overlay) {
        if (base instanceof YamlNode.Mapping b && overlay instanceof YamlNode.Mapping o) {
            Map<String, YamlNode> entries = new LinkedHashMap<>(b.entries());
            Map<String, SourceLocation> keys = new LinkedHashMap<>(b.keyLocations());
            for (var entry : o.entries().entrySet()) {
                YamlNode inherited = entries.get(entry.getKey());
                entries.put(entry.getKey(), inherited == null ? entry.getValue() : merge(inherited, entry.getValue()));
                keys.put(entry.getKey(), o.keyLocations().get(entry.getKey()));
            }
            return new YamlNode.Mapping(o.location(), entries, keys);
        }
        return overlay;
    }

    /**
     * The file name of the explorer's text of this scenario, as downloaded (the loader's messages
     * about that text name it): the scenario's name with "-explored".
     */
    public String downloadName() {
        return baseline.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-explored.yaml";
    }

    /** The top-level list under {@code key}, or an empty list. */
    public List<YamlNode> list(String key) {
        return tree.entries().get(key) instanceof YamlNode.Sequence s ? s.items() : List.of();
    }

    /**
     * The comment on the source line of a value (after {@code #}), with the comment-only lines that
     * continue it at the same column; empty when there is none.
     */
    public String comment(SourceLocation where) {
        String[] text = lines.get(where.file());
        if (text == null || where.line() < 1 || where.line() > text.length) {
            return "";
        }
        String line = text[where.line() - 1];
        int hash = commentStart(line);
        if (hash < 0) {
            return "";
        }
        StringBuilder comment = new StringBuilder(line.substring(hash + 1).strip());
        for (int next = where.line(); next < text.length; next++) {
            String following = text[next];
            int at = commentStart(following);
            if (at != hash || !following.substring(0, at).isBlank()) {
                break;
            }
            comment.append(' ').append(following.substring(at + 1).strip());
        }
        return comment.toString();
    }

    /** Index of the {@code #} that starts a comment (outside quotes, after a blank or at the start), or -1. */
    static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0) {
                    quote = c;
                }
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }
}
