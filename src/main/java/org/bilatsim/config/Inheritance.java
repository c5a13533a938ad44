package org.bilatsim.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code extends: other.yaml}: a scenario may start from another file (resolved relative to its own
 * folder) and restate only what differs. Mappings merge key by key, recursively; a list or a single
 * value in the extending file replaces the inherited one whole. Nodes keep the file and line they
 * came from, so messages point into whichever file holds the offending value.
 */
final class Inheritance {
    static final String KEY = "extends";
    /** A chain deeper than this is almost surely a cycle. */
    static final int MAX_DEPTH = 8;

    private Inheritance() {
    }

    static YamlNode resolve(String fileName, YamlNode root, int depth) {
        if (!(root instanceof YamlNode.Mapping mapping) || !mapping.entries().containsKey(KEY)) {
            return root;
        }
        YamlNode reference = mapping.entries().get(KEY);
        SourceLocation where = mapping.keyLocations().get(KEY);
        if (!(reference instanceof YamlNode.Scalar scalar) || scalar.text() == null) {
            throw new ConfigException(where, KEY, "must name a scenario file, e.g. extends: baseline.yaml");
        }
        if (depth >= MAX_DEPTH) {
            throw new ConfigException(where, KEY + " = " + scalar.describe(),
                    "more than " + MAX_DEPTH + " files extend one another (is there a cycle?)");
        }
        Path folder = Path.of(fileName).toAbsolutePath().getParent();
        Path baseFile = folder.resolve(scalar.text()).normalize();
        YamlNode base;
        try {
            base = resolve(baseFile.toString(), ConfigLoader.readTree(baseFile), depth + 1);
        } catch (ConfigException e) {
            if (e.location().line() == 0) {
                throw new ConfigException(scalar.location(), KEY + " = " + scalar.describe(),
                        baseFile + ": " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
            throw e;
        }
        Map<String, YamlNode> rest = new LinkedHashMap<>(mapping.entries());
        Map<String, SourceLocation> restKeys = new LinkedHashMap<>(mapping.keyLocations());
        rest.remove(KEY);
        restKeys.remove(KEY);
        return merge(base, new YamlNode.Mapping(mapping.location(), rest, restKeys));
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
}
