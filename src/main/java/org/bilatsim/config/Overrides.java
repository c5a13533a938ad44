package org.bilatsim.config;

import java.util.List;

/**
 * Applies {@code --set path.to.key=value} to a YAML tree before it is bound. A path walks mappings
 * by key and lists by index ({@code events.0.rate}); its last key may be new (the binder then rejects
 * it if it is not allowed there), every other step must exist.
 */
final class Overrides {
    private Overrides() {}

    static YamlNode apply(YamlNode root, String assignment) {
        SourceLocation cli = SourceLocation.commandLine();
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException(
                    cli,
                    assignment,
                    "an override is written path.to.key=value, e.g. " + "products.rice.substitutionElasticity=6");
        }
        String path = assignment.substring(0, eq).strip();
        String value = assignment.substring(eq + 1).strip();
        // -1 keeps trailing empty steps: "seed." and "." are mistakes, not "seed" and nothing.
        List<String> steps = List.of(path.split("\\.", -1));
        if (steps.stream().anyMatch(String::isEmpty)) {
            throw new ConfigException(cli, path, "the path has an empty step");
        }
        if (value.isEmpty()) {
            // An empty value would become the key's default (a 15 % duty would turn into 0).
            throw new ConfigException(
                    cli,
                    path,
                    "the value is empty; write " + YamlNode.Scalar.shorten(path)
                            + "=VALUE (to drop an optional key, remove it from the file)");
        }
        return set(root, steps, 0, new YamlNode.Scalar(cli, value, false), path);
    }

    private static YamlNode set(YamlNode node, List<String> steps, int index, YamlNode value, String path) {
        String step = steps.get(index);
        String walked = String.join(".", steps.subList(0, index + 1));
        boolean last = index == steps.size() - 1;
        if (node instanceof YamlNode.Mapping mapping) {
            YamlNode child = mapping.entries().get(step);
            if (child == null) {
                if (!last) {
                    throw unknown(path, walked, mapping);
                }
                return mapping.with(step, value, SourceLocation.commandLine());
            }
            // A distribution (an uncertain value) may be replaced by a number: --set fixes it.
            boolean distribution =
                    child instanceof YamlNode.Mapping m && m.entries().containsKey(Uncertainty.KEY);
            if (last && !(child instanceof YamlNode.Scalar) && !distribution) {
                throw new ConfigException(
                        SourceLocation.commandLine(),
                        path,
                        "names " + child.describe() + ", not a single value; set one of its keys instead");
            }
            return mapping.with(step, last ? value : set(child, steps, index + 1, value, path), null);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            int position;
            try {
                position = Integer.parseInt(step);
            } catch (NumberFormatException e) {
                String list = String.join(".", steps.subList(0, index));
                throw new ConfigException(
                        SourceLocation.commandLine(),
                        path,
                        "'" + YamlNode.Scalar.shorten(list) + "' is a list: the next step must be an index from 0 to "
                                + (sequence.items().size() - 1));
            }
            if (position < 0 || position >= sequence.items().size()) {
                throw new ConfigException(
                        SourceLocation.commandLine(),
                        path,
                        "index " + position + " is outside the list (0 to "
                                + (sequence.items().size() - 1) + ")");
            }
            YamlNode child = sequence.items().get(position);
            return sequence.with(position, last ? value : set(child, steps, index + 1, value, path));
        }
        throw new ConfigException(
                SourceLocation.commandLine(),
                path,
                "'" + YamlNode.Scalar.shorten(walked) + "' goes inside a single value");
    }

    private static ConfigException unknown(String path, String walked, YamlNode.Mapping mapping) {
        String step = walked.substring(walked.lastIndexOf('.') + 1);
        String suggestion = MapReader.closest(step, mapping.entries().keySet());
        return new ConfigException(
                SourceLocation.commandLine(),
                path,
                "no key '" + YamlNode.Scalar.shorten(walked)
                        + "' in the scenario"
                        + (suggestion == null ? "" : " (did you mean '" + YamlNode.Scalar.shorten(suggestion) + "'?)")
                        + "; keys there: " + keyList(mapping));
    }

    /** The keys of a mapping for a message: each shortened, at most 30 (an earlier --set may have added any key). */
    private static String keyList(YamlNode.Mapping mapping) {
        List<String> keys = mapping.entries().keySet().stream()
                .map(YamlNode.Scalar::shorten)
                .toList();
        return keys.size() <= 30
                ? String.join(", ", keys)
                : String.join(", ", keys.subList(0, 30)) + ", ... (" + keys.size() + " keys)";
    }
}
