package org.bilatsim.config;

/**
 * A user's configuration mistake. Its message is meant to be printed as it is, without a stack trace:
 * {@code file:line:column: key.path = value: what is allowed}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String keyPath;
    private final String detail;

    public ConfigException(SourceLocation location, String keyPath, String detail) {
        super(oneLine(location + ": " + (keyPath.isEmpty() ? "" : shortPath(keyPath) + ": ") + detail));
        this.location = location;
        this.keyPath = keyPath;
        this.detail = detail;
    }

    /** A key path for the message: a key can be as long as the file, a message should not be. */
    private static String shortPath(String keyPath) {
        int limit = 3 * YamlNode.Scalar.MAX_QUOTED;
        String shown = oneLine(keyPath);
        return shown.length() <= limit
                ? shown
                : shown.substring(0, limit - 3) + "... (" + keyPath.length() + " characters)";
    }

    /**
     * The message as one line: a tab, line break or other control character (from a value or a key
     * of the file) is written as an escape (backslash-t, backslash-n, or backslash-u and four hex
     * digits), so that the message stays the single line of standard error the CLI promises.
     */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (!control) {
                out.append(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    public SourceLocation location() {
        return location;
    }

    public String keyPath() {
        return keyPath;
    }

    /** What is wrong and what is allowed: the message without location and key path. */
    public String detail() {
        return detail;
    }
}
