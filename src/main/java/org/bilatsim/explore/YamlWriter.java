package org.bilatsim.explore;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.YamlNode;

/**
 * Writes a {@link YamlNode} tree as block-style YAML that the loader reads back into the same tree
 * of values. A scalar written plain in its file is written plain again when that is safe (numbers,
 * months, words) and double-quoted otherwise; a quoted one stays quoted (the loader tells a quoted
 * number from a number). Each value keeps the comment of its source line, once per line, so the
 * sources travel with a downloaded scenario. Values from the browser become scalars of this tree,
 * never YAML text: no tag, anchor or second document can come from it.
 */
final class YamlWriter {
    /** Plain scalars that read back as the same text in YAML 1.1 and 1.2 (no indicator, no ": ", no " #"). */
    private static final Pattern SAFE_PLAIN = Pattern.compile("(?!-( |$))[A-Za-z0-9_.+-][A-Za-z0-9_.+/ ()%-]*");

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");

    private final StringBuilder out = new StringBuilder();
    private final Function<YamlNode.Scalar, String> comments;
    private final Set<String> commented = new HashSet<>();

    private YamlWriter(Function<YamlNode.Scalar, String> comments) {
        this.comments = comments;
    }

    /**
     * @param header   comment lines written first (without the leading "# ")
     * @param comments the comment of a value (of its source line), or empty
     */
    static String write(YamlNode.Mapping root, Iterable<String> header, Function<YamlNode.Scalar, String> comments) {
        YamlWriter writer = new YamlWriter(comments);
        for (String line : header) {
            writer.out.append("# ").append(line).append('\n');
        }
        writer.mapping(root, 0, false);
        return writer.out.toString();
    }

    private void mapping(YamlNode.Mapping mapping, int indent, boolean firstInline) {
        boolean inline = firstInline;
        for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
            if (!inline) {
                out.append(" ".repeat(indent));
            }
            inline = false;
            out.append(key(entry.getKey())).append(':');
            value(entry.getValue(), indent);
        }
    }

    /** Writes what follows "key:" or "-". */
    private void value(YamlNode node, int indent) {
        if (node instanceof YamlNode.Scalar scalar) {
            out.append(' ').append(scalar(scalar));
            comment(scalar);
            out.append('\n');
        } else if (node instanceof YamlNode.Mapping child) {
            if (child.entries().isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                mapping(child, indent + 2, false);
            }
        } else if (node instanceof YamlNode.Sequence list) {
            if (list.items().isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (YamlNode item : list.items()) {
                out.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
                    out.append(' ');
                    mapping(m, indent + 4, true);
                } else {
                    value(item, indent + 2);
                }
            }
        }
    }

    private void comment(YamlNode.Scalar scalar) {
        String text = comments.apply(scalar);
        SourceLocation where = scalar.location();
        String line = where == null || where.line() <= 0 ? null : where.file() + ":" + where.line();
        if (!text.isEmpty() && (line == null || commented.add(line))) {
            out.append("   # ").append(text.replace('\n', ' ').replace('\r', ' '));
        }
    }

    static String scalar(YamlNode.Scalar scalar) {
        if (scalar.text() == null) {
            return "~";
        }
        String text = scalar.text();
        if (!scalar.quoted() && SAFE_PLAIN.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        return quoted(text);
    }

    private static String key(String key) {
        return SAFE_KEY.matcher(key).matches() ? key : quoted(key);
    }

    /** A YAML double-quoted scalar (JSON escapes are valid YAML escapes). */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
