package org.bilatsim.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code extends: other.yaml}: a scenario may start from another file (resolved relative to its own
 * folder) and restate only what differs. The file must be a regular {@code .yaml} or {@code .yml}
 * file holding a scenario mapping; it may lie outside the scenario's folder (a shared base in a
 * sibling folder is a common layout), and what is wrong with it is said without quoting its
 * content. Mappings merge key by key, recursively; a list or a single value in the extending file
 * replaces the inherited one whole. Nodes keep the file and line they came from, so messages point
 * into whichever file holds the offending value.
 */
final class Inheritance {
    static final String KEY = "extends";
    /** A chain deeper than this is almost surely a cycle. */
    static final int MAX_DEPTH = 8;

    private Inheritance() {}

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
            throw new ConfigException(
                    where,
                    KEY + " = " + scalar.describe(),
                    "more than " + MAX_DEPTH + " files extend one another (is there a cycle?)");
        }
        Path folder = Path.of(fileName).toAbsolutePath().getParent();
        Path baseFile;
        try {
            baseFile = folder.resolve(scalar.text()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(scalar.location(), KEY + " = " + scalar.describe(), "is not a valid path");
        }
        String lower = scalar.text().strip().toLowerCase(java.util.Locale.ROOT);
        // A folder is said to be one (by readTree); any other name must look like a scenario file.
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml") && !java.nio.file.Files.isDirectory(baseFile)) {
            throw new ConfigException(
                    scalar.location(),
                    KEY + " = " + scalar.describe(),
                    "must name a scenario file ending in .yaml or .yml, e.g. extends: baseline.yaml");
        }
        YamlNode base;
        try {
            YamlNode tree = ConfigLoader.readTree(baseFile);
            requireScenario(tree, baseFile, scalar);
            base = resolve(baseFile.toString(), tree, depth + 1);
        } catch (ConfigException e) {
            if (e.location().line() == 0) {
                throw new ConfigException(
                        scalar.location(),
                        KEY + " = " + scalar.describe(),
                        baseFile + ": "
                                + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
            }
            throw e;
        }
        Map<String, YamlNode> rest = new LinkedHashMap<>(mapping.entries());
        Map<String, SourceLocation> restKeys = new LinkedHashMap<>(mapping.keyLocations());
        rest.remove(KEY);
        restKeys.remove(KEY);
        return merge(base, new YamlNode.Mapping(mapping.location(), rest, restKeys));
    }

    /**
     * An extended file must be a scenario: a mapping whose top-level keys are scenario keys. It is
     * not the file the user gave, so what is wrong with it is said without quoting it (a password
     * file parsed as YAML is one long key): the line, never its text.
     */
    private static void requireScenario(YamlNode tree, Path baseFile, YamlNode.Scalar reference) {
        String subject = KEY + " = " + reference.describe();
        if (!(tree instanceof YamlNode.Mapping mapping)) {
            String kind = tree instanceof YamlNode.Sequence ? "a list" : "a single value or plain text";
            throw new ConfigException(
                    reference.location(),
                    subject,
                    baseFile + " is not a scenario: it holds " + kind
                            + ", not a mapping of keys such as scenario, time and products");
        }
        java.util.Set<String> allowed =
                new java.util.TreeSet<>(ConfigSchema.section("").required());
        allowed.addAll(ConfigSchema.section("").optional());
        allowed.add(KEY);
        for (var entry : mapping.keyLocations().entrySet()) {
            // A key that could be a scenario key is reported in the file as usual (with "did you mean").
            if (!allowed.contains(entry.getKey()) && !entry.getKey().matches("[A-Za-z][A-Za-z0-9_-]{0,39}")) {
                throw new ConfigException(
                        reference.location(),
                        subject,
                        baseFile + " is not a scenario: line "
                                + entry.getValue().line() + " is not a scenario key (allowed at the top: "
                                + String.join(", ", allowed) + ")");
            }
        }
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
