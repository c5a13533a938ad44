package org.bilatsim.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run changed from the values its files state, so that a report can say so rather than show
 * a file's value as the one that ran: each {@code --set} override (the file's value and the value
 * that ran), and each value a file that {@code extends} another gives in place of the extended file's
 * (the extended file's value and the extending file's). Uncertain parameters, drawn anew in every
 * replication, are listed by {@link Uncertainty} and recorded in parameters.csv.
 */
public final class Changes {
    private Changes() {}

    /** How a value came to differ from a file's. */
    public enum By {
        /** A {@code --set PATH=VALUE} on the command line. */
        SET,
        /** A file that extends another states its own value. */
        EXTENDS
    }

    /**
     * One changed value.
     *
     * @param path      the key path ({@code tariffs.0.customs})
     * @param was       the value as the overridden file states it (null when the key was not there)
     * @param wasWhere  where that value stood (file:line:column), or empty
     * @param value     the value that ran
     * @param valueWhere where the new value stands ({@code --set} or file:line:column)
     */
    public record Change(String path, String was, String wasWhere, String value, String valueWhere, By by) {}

    /**
     * The changes {@code overrides} and the {@code extends} chain of {@code file} make, overrides
     * last. The file must already have loaded (this re-reads it and repeats no check).
     */
    public static List<Change> of(Path file, List<String> overrides) {
        if (overrides.isEmpty() && !ConfigLoader.top(file).hasExtendsKey()) {
            // Nothing extended, nothing set: no change (known from the file's digest when it was just loaded).
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        YamlNode own = ConfigLoader.readTree(file);
        YamlNode resolved = Inheritance.resolve(file.toString(), own, 0);
        if (own instanceof YamlNode.Mapping mapping && mapping.entries().containsKey(Inheritance.KEY)) {
            YamlNode base = baseOf(file, mapping);
            compare("", base, resolved, file.toString(), changes);
        }
        YamlNode current = resolved;
        for (String override : overrides) {
            YamlNode next = Overrides.apply(current, override);
            String path = override.substring(0, override.indexOf('=')).strip();
            YamlNode before = at(current, path);
            YamlNode after = at(next, path);
            changes.add(new Change(
                    path,
                    before == null ? null : text(before),
                    before == null ? "" : before.location().toString(),
                    text(after),
                    after.location().toString(),
                    By.SET));
            current = next;
        }
        return List.copyOf(changes);
    }

    /** The resolved tree of the file {@code mapping} extends. */
    private static YamlNode baseOf(Path file, YamlNode.Mapping mapping) {
        YamlNode.Scalar reference = (YamlNode.Scalar) mapping.entries().get(Inheritance.KEY);
        Path baseFile =
                file.toAbsolutePath().getParent().resolve(reference.text()).normalize();
        return Inheritance.resolve(baseFile.toString(), ConfigLoader.readTree(baseFile), 1);
    }

    /** Every value of {@code extending} that stands in {@code file} and differs from {@code base}'s. */
    private static void compare(String path, YamlNode base, YamlNode extending, String file, List<Change> out) {
        if (base == null) {
            // A key, list item or whole block the base does not have: one change, not one per leaf.
            if (sameFile(extending.location(), file)) {
                out.add(new Change(
                        path, null, "", text(extending), extending.location().toString(), By.EXTENDS));
            }
            return;
        }
        if (extending instanceof YamlNode.Mapping mapping && !isDistribution(extending)) {
            YamlNode.Mapping baseMapping = base instanceof YamlNode.Mapping m && !isDistribution(base) ? m : null;
            for (Map.Entry<String, YamlNode> e : mapping.entries().entrySet()) {
                YamlNode baseChild =
                        baseMapping == null ? null : baseMapping.entries().get(e.getKey());
                compare(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), baseChild, e.getValue(), file, out);
            }
            return;
        }
        if (extending instanceof YamlNode.Sequence sequence) {
            List<YamlNode> baseItems = base instanceof YamlNode.Sequence s ? s.items() : List.of();
            for (int i = 0; i < sequence.items().size(); i++) {
                compare(
                        path + "." + i,
                        i < baseItems.size() ? baseItems.get(i) : null,
                        sequence.items().get(i),
                        file,
                        out);
            }
            return;
        }
        if (!sameFile(extending.location(), file)) {
            return;
        }
        String value = text(extending);
        if (!text(base).equals(value)) {
            out.add(new Change(
                    path,
                    text(base),
                    base.location().toString(),
                    value,
                    extending.location().toString(),
                    By.EXTENDS));
        }
    }

    private static boolean sameFile(SourceLocation location, String file) {
        return Path.of(location.file())
                .toAbsolutePath()
                .normalize()
                .equals(Path.of(file).toAbsolutePath().normalize());
    }

    private static boolean isDistribution(YamlNode node) {
        return node instanceof YamlNode.Mapping m && m.entries().containsKey(Uncertainty.KEY);
    }

    /** The node at a dotted path (mapping keys, list indices), or null. */
    private static YamlNode at(YamlNode root, String path) {
        YamlNode node = root;
        for (String step : path.split("\\.")) {
            if (node instanceof YamlNode.Mapping m) {
                node = m.entries().get(step);
            } else if (node instanceof YamlNode.Sequence s && step.matches("\\d{1,9}")) {
                int i = Integer.parseInt(step);
                node = i < s.items().size() ? s.items().get(i) : null;
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** A value as it reads in a file: a scalar's text, a distribution as {key: value, ...}. */
    private static String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.text() == null ? "null" : s.text();
        }
        if (node instanceof YamlNode.Mapping m) {
            List<String> parts = new ArrayList<>();
            m.entries().forEach((k, v) -> parts.add(k + ": " + text(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        List<String> parts = new ArrayList<>();
        ((YamlNode.Sequence) node).items().forEach(v -> parts.add(text(v)));
        return "[" + String.join(", ", parts) + "]";
    }
}
