package org.bilatsim.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the keys of one YAML mapping with location-aware errors. Unknown keys are rejected as soon
 * as the reader is made (with a "did you mean" when one allowed key is close), missing required keys
 * next; each typed getter checks its value's range.
 */
final class MapReader {
    // Compiled once: every number and month of a scenario is checked against them, and each bind of a
    // drawn parameter set reads them all again (String.matches compiled a pattern per value).
    private static final Pattern YAML_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0\\d.*");
    private static final Pattern SHORT_YEAR = Pattern.compile("0\\d{3}-\\d{2}(-\\d{2})?");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** The schema's text patterns, compiled when first used (a handful: codes, names, keys). */
    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final YamlNode.Mapping mapping;
    private final String path;

    MapReader(YamlNode node, String path, List<String> required, List<String> optional) {
        this(node, path, new ConfigSchema.Section(required, optional));
    }

    private MapReader(YamlNode node, String path, ConfigSchema.Section section) {
        this.mapping = asMapping(node, path);
        this.path = path;
        List<String> required = section.required();
        Set<String> allowed = section.allowed();
        for (var entry : mapping.keyLocations().entrySet()) {
            String key = entry.getKey();
            if (!allowed.contains(key)) {
                String suggestion = closest(key, allowed);
                throw new ConfigException(
                        entry.getValue(),
                        join(path, key),
                        "unknown key '" + YamlNode.Scalar.shorten(key) + "'"
                                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                                + "; allowed here: " + String.join(", ", allowed));
            }
        }
        for (String key : required) {
            if (!mapping.entries().containsKey(key)) {
                throw new ConfigException(mapping.location(), join(path, key), "missing required key '" + key + "'");
            }
        }
        // A key written with no value ({@code customs: ~}, {@code customs:}) is an error, required or
        // not, read or not (a note): never silently its default, so a 15 % duty cannot turn into 0.
        for (var entry : mapping.entries().entrySet()) {
            if (entry.getValue() instanceof YamlNode.Scalar s && noValue(s)) {
                throw error(
                        entry.getKey(),
                        s,
                        required.contains(entry.getKey())
                                ? "has no value; it is required"
                                : "has no value; write one, or remove the key to take its default");
            }
        }
    }

    static YamlNode.Mapping asMapping(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        throw new ConfigException(
                node.location(), path, "expected a mapping of 'key: value' lines, found " + node.describe());
    }

    static List<YamlNode> asList(YamlNode node, String path) {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw new ConfigException(node.location(), path, "expected a list of '- item' lines, found " + node.describe());
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reads a mapping whose keys are those of a {@link ConfigSchema} section. */
    MapReader(YamlNode node, String path, String section) {
        this(node, path, ConfigSchema.section(section));
    }

    /** The number of {@code entry} (its default when absent and optional), checked against its range. */
    double number(ConfigSchema.Entry entry) {
        return entry.defaultValue() == null
                ? number(entry.key(), entry.range())
                : number(entry.key(), entry.range(), entry.defaultNumber());
    }

    /** A number or 'infinite' (default infinite). */
    double numberOrInfinite(ConfigSchema.Entry entry) {
        return numberOrInfinite(entry.key(), entry.range(), Double.POSITIVE_INFINITY);
    }

    /** A whole number in the entry's range. */
    long integer(ConfigSchema.Entry entry) {
        return integer(entry, (long) entry.min(), (long) entry.max());
    }

    /** A whole number in a range narrower than the entry's, set by the scenario (e.g. its years). */
    long integer(ConfigSchema.Entry entry, long min, long max) {
        return entry.defaultValue() == null
                ? integer(entry.key(), min, max)
                : integer(entry.key(), min, max, ((Number) entry.defaultValue()).longValue());
    }

    /** A fraction (default 0 when absent and optional). */
    double fraction(ConfigSchema.Entry entry) {
        return fraction(entry.key(), entry.defaultValue() == null ? 0 : entry.defaultNumber());
    }

    /** A text, checked against the entry's pattern if it has one. */
    String text(ConfigSchema.Entry entry) {
        if (entry.pattern() != null) {
            return matching(entry.key(), entry.pattern(), entry.allowed());
        }
        return entry.required() ? text(entry.key()) : text(entry.key(), (String) entry.defaultValue());
    }

    /** One of the entry's words. */
    String oneOf(ConfigSchema.Entry entry) {
        return oneOf(entry.key(), entry.values());
    }

    /** true or false (the entry's default when absent). */
    boolean bool(ConfigSchema.Entry entry) {
        return bool(entry.key(), (Boolean) entry.defaultValue());
    }

    /** A month. */
    YearMonth month(ConfigSchema.Entry entry) {
        return entry.required() ? month(entry.key()) : monthOrNull(entry.key());
    }

    /**
     * Whether the key is given. A key written with no value ({@code customs: ~}, {@code customs:},
     * {@code --set tariffs.0.customs=}) is an error, not its default: a 15 % duty must not turn
     * into 0 because its value was lost.
     */
    boolean has(String key) {
        YamlNode node = mapping.entries().get(key);
        if (node instanceof YamlNode.Scalar s && noValue(s)) {
            throw error(key, s, "has no value; write one, or remove the key to take its default");
        }
        return node != null;
    }

    /** A YAML null ({@code ~}, {@code null}) or nothing at all after the colon. */
    static boolean noValue(YamlNode.Scalar scalar) {
        return scalar.text() == null || !scalar.quoted() && scalar.text().isEmpty();
    }

    YamlNode node(String key) {
        return mapping.entries().get(key);
    }

    String childPath(String key) {
        return join(path, key);
    }

    SourceLocation location() {
        return mapping.location();
    }

    /** A non-empty string. */
    String text(String key) {
        YamlNode.Scalar scalar = scalar(key);
        if (scalar.text() == null || scalar.text().isBlank()) {
            throw error(key, scalar, "must not be empty");
        }
        return scalar.text();
    }

    String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** A string matching {@code pattern}; {@code allowed} says what the pattern means. */
    String matching(String key, String pattern, String allowed) {
        String value = text(key);
        if (!PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(value).matches()) {
            throw error(key, scalar(key), "must be " + allowed);
        }
        return value;
    }

    /** A finite number in [min, max] (with open ends where asked). */
    double number(String key, Range range) {
        YamlNode.Scalar scalar = scalar(key);
        double value = parseNumber(key, scalar, false);
        range.check(this, key, scalar, value);
        return value;
    }

    double number(String key, Range range, double fallback) {
        return has(key) ? number(key, range) : fallback;
    }

    /** A number that may also be 'infinite' (or YAML's .inf). */
    double numberOrInfinite(String key, Range range, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode.Scalar scalar = scalar(key);
        double value = parseNumber(key, scalar, true);
        if (!Double.isInfinite(value)) {
            range.check(this, key, scalar, value);
        }
        return value;
    }

    /** A duty layer: a fraction in [0, 1], with a clear word when it looks like a percent. */
    double fraction(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode.Scalar scalar = scalar(key);
        double value = parseNumber(key, scalar, false);
        if (value > 1 && value <= 100) {
            throw error(
                    key,
                    scalar,
                    "duties and rates are fractions, not percents: for " + format(value) + "% write "
                            + format(value / 100) + " (allowed: 0 to 1)");
        }
        if (value < 0 || value > 1) {
            throw error(
                    key, scalar, "must be a fraction from 0 to 1 (a duty above 100% of customs value is not accepted)");
        }
        return value;
    }

    long integer(String key, long min, long max) {
        YamlNode.Scalar scalar = scalar(key);
        long value;
        try {
            if (scalar.quoted()) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(
                    scalar.text() == null ? "" : scalar.text().strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(key, scalar, "must be a whole number from " + min + " to " + max);
        }
        rejectLeadingZeros(key, scalar);
        if (value < min || value > max) {
            throw error(key, scalar, "must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    long integer(String key, long min, long max, long fallback) {
        return has(key) ? integer(key, min, max) : fallback;
    }

    /**
     * {@code 074} is 74 to Java and 60 to a YAML 1.1 reader (octal): the same file would mean two
     * things, so a number may not start with a 0 followed by a digit ({@code 0.5} and {@code 0} are fine).
     */
    private void rejectLeadingZeros(String key, YamlNode.Scalar scalar) {
        String text = scalar.text() == null ? "" : scalar.text().strip().replace("_", "");
        if (LEADING_ZERO.matcher(text).matches()) {
            String sign = text.startsWith("-") || text.startsWith("+") ? text.substring(0, 1) : "";
            String unsigned = text.substring(sign.length());
            String plain = unsigned.replaceFirst("^0+(?=\\d)", "");
            String why = unsigned.matches("[0-7]{2,20}")
                    ? "YAML 1.1 reads " + unsigned + " as the octal number " + Long.parseLong(unsigned, 8)
                    : "a leading 0 means octal in YAML 1.1";
            throw error(key, scalar, "must not start with a 0 (" + why + "): write " + sign + plain);
        }
    }

    /** A month, written YYYY-MM (a YYYY-MM-DD date is read as its month); the year from 1000 to 9999. */
    YearMonth month(String key) {
        YamlNode.Scalar scalar = scalar(key);
        String text = scalar.text() == null ? "" : scalar.text().strip();
        if (SHORT_YEAR.matcher(text).matches()) {
            throw error(key, scalar, "the year must have four digits, from 1000 to 9999 (YYYY-MM, e.g. 2024-12)");
        }
        try {
            if (YEAR_MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
            if (YEAR_MONTH_DAY.matcher(text).matches()) {
                return YearMonth.from(LocalDate.parse(text));
            }
        } catch (DateTimeException e) {
            throw error(key, scalar, "is not a real month or date; write YYYY-MM, e.g. 2024-12");
        }
        throw error(key, scalar, "must be a month written YYYY-MM (or a date YYYY-MM-DD), e.g. 2024-12");
    }

    YearMonth monthOrNull(String key) {
        return has(key) ? month(key) : null;
    }

    /** true or false. */
    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode.Scalar scalar = scalar(key);
        String text = scalar.text().strip();
        if (!scalar.quoted() && (text.equals("true") || text.equals("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw error(key, scalar, "must be true or false");
    }

    /** The text of a key without checking the mapping's other keys (to pick a binder by type). */
    static String peek(YamlNode node, String path, String key) {
        YamlNode.Mapping mapping = asMapping(node, path);
        YamlNode value = mapping.entries().get(key);
        if (value == null) {
            throw new ConfigException(mapping.location(), join(path, key), "missing required key '" + key + "'");
        }
        if (!(value instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ConfigException(
                    value.location(), join(path, key), "expected a single word, found " + value.describe());
        }
        return s.text().strip();
    }

    /** One of the listed words. */
    String oneOf(String key, List<String> words) {
        YamlNode.Scalar scalar = scalar(key);
        String value = scalar.text() == null ? "" : scalar.text().strip();
        if (!words.contains(value)) {
            String suggestion = closest(value, words);
            throw error(
                    key,
                    scalar,
                    "must be one of " + String.join(", ", words)
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
        }
        return value;
    }

    YamlNode.Scalar scalar(String key) {
        YamlNode node = mapping.entries().get(key);
        if (node instanceof YamlNode.Scalar s) {
            return s;
        }
        throw new ConfigException(
                node.location(), join(path, key), "expected a single value, found " + node.describe());
    }

    ConfigException error(String key, YamlNode.Scalar scalar, String detail) {
        return new ConfigException(scalar.location(), join(path, key) + " = " + scalar.describe(), detail);
    }

    private double parseNumber(String key, YamlNode.Scalar scalar, boolean infiniteAllowed) {
        String text = scalar.text() == null ? "" : scalar.text().strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (infiniteAllowed && !scalar.quoted() && (lower.equals(".inf") || lower.equals("+.inf"))
                || infiniteAllowed && lower.equals("infinite")) {
            return Double.POSITIVE_INFINITY;
        }
        String hint = infiniteAllowed ? " or the word infinite" : "";
        if (scalar.quoted() && !lower.equals("infinite")) {
            try {
                Double.parseDouble(text);
                throw error(key, scalar, "must be a number" + hint + ", found a string (remove the quotes)");
            } catch (NumberFormatException e) {
                throw error(key, scalar, "must be a number" + hint);
            }
        }
        String digits = text.replace("_", "");
        // Java would also read "4.4d", "0x1p3" or "Infinity"; a YAML number is digits only.
        if (!YAML_NUMBER.matcher(digits).matches()) {
            throw error(key, scalar, "must be a number" + hint);
        }
        rejectLeadingZeros(key, scalar);
        double value = Double.parseDouble(digits);
        if (!Double.isFinite(value)) {
            throw error(key, scalar, "must be a finite number" + hint);
        }
        return value;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    /** The allowed word within edit distance 2 (or equal ignoring case), if exactly one is nearest. */
    static String closest(String word, java.util.Collection<String> allowed) {
        if (word.length() > 100) {
            return null; // no key is that long, and the edit distance would cost length squared
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = candidate.equalsIgnoreCase(word)
                    ? 0
                    : editDistance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 4) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static List<String> keys(YamlNode.Mapping mapping) {
        return new ArrayList<>(mapping.entries().keySet());
    }
}
