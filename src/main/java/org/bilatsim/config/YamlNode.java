package org.bilatsim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where every node stood, so that a validation message can
 * point at the line of the offending value. Built by {@link YamlTreeReader}.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    SourceLocation location();

    /** A short description of the node for messages ("a mapping", "a list", or the scalar text). */
    String describe();

    /** A mapping; keys keep the order in which they were written. */
    record Mapping(SourceLocation location, Map<String, YamlNode> entries, Map<String, SourceLocation> keyLocations)
            implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        }

        @Override
        public String describe() {
            return "a mapping";
        }

        /** A copy with one entry replaced (or added at the end). */
        public Mapping with(String key, YamlNode value, SourceLocation keyLocation) {
            Map<String, YamlNode> copy = new LinkedHashMap<>(entries);
            Map<String, SourceLocation> locations = new LinkedHashMap<>(keyLocations);
            copy.put(key, value);
            locations.putIfAbsent(key, keyLocation);
            return new Mapping(location, copy, locations);
        }
    }

    /** A list. */
    record Sequence(SourceLocation location, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }

        /** A copy with one item replaced. */
        public Sequence with(int index, YamlNode value) {
            java.util.ArrayList<YamlNode> copy = new java.util.ArrayList<>(items);
            copy.set(index, value);
            return new Sequence(location, copy);
        }
    }

    /** A scalar; {@code text} is null for a YAML null ({@code ~}, {@code null} or nothing). */
    record Scalar(SourceLocation location, String text, boolean quoted) implements YamlNode {
        /** Longest value quoted whole in a message; a longer one is cut (the column still points at it). */
        static final int MAX_QUOTED = 200;

        @Override
        public String describe() {
            if (text == null) {
                return "null";
            }
            String shown = ConfigException.oneLine(text);
            return shown.length() <= MAX_QUOTED
                    ? "'" + shown + "'"
                    : "'" + shown.substring(0, MAX_QUOTED - 3) + "...' (" + text.length() + " characters)";
        }

        /**
         * A key or value for a message, control characters escaped: whole up to {@value #MAX_QUOTED}
         * characters, cut after that.
         */
        static String shorten(String text) {
            String shown = ConfigException.oneLine(text);
            return shown.length() <= MAX_QUOTED
                    ? shown
                    : shown.substring(0, MAX_QUOTED - 3) + "... (" + text.length() + " characters)";
        }
    }
}
