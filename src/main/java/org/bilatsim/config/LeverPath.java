package org.bilatsim.config;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * One numeric value of a scenario named by a {@code --set}-style path ({@code tariffs.0.customs},
 * {@code events.2.rate}, {@code products.rice.sources.PAK.tradeCost}), as a search moves it: its
 * {@link ConfigSchema} entry (the declared range, type and unit), its value in the scenario (after
 * {@code extends} and {@code --set}; the schema's default when an optional key is absent) and where
 * that value is written. A search applies a value with {@link #override(double)}: the same override
 * {@code --set} gives, read by the same loader.
 *
 * <p>Months ({@code events.0.date}) are levers too: their value is the month index
 * year &times; 12 + month &minus; 1, moved in whole months within the scenario's span.
 *
 * @param path     the path as given
 * @param entry    its schema entry, e.g. {@code events[duty].rate}
 * @param current  its value in the scenario (a month as its index)
 * @param location where the value is written (the key's mapping when absent)
 * @param spanStart first simulated month's index (for month levers)
 * @param spanEnd  last simulated month's index
 */
public record LeverPath(
        String path, ConfigSchema.Entry entry, double current, SourceLocation location, int spanStart, int spanEnd) {

    /**
     * Resolves {@code path} on a scenario: the file is loaded first (so its own mistakes are reported
     * as {@code run} reports them), then the path is walked on its tree.
     *
     * @throws ConfigException for an unknown path, a path to something other than one number or
     *     month, or an infinite value
     */
    public static LeverPath resolve(Path file, List<String> overrides, String path) {
        ScenarioConfig config = ConfigLoader.load(file, overrides);
        YamlNode root = Inheritance.resolve(file.toString(), ConfigLoader.readTree(file), 0);
        for (String override : overrides) {
            root = Overrides.apply(root, override);
        }
        return walk(root, path, index(config.start()), index(config.end()));
    }

    static LeverPath walk(YamlNode root, String path, int spanStart, int spanEnd) {
        SourceLocation cli = new SourceLocation("--lever", 0, 0);
        List<String> steps = List.of(path.split("\\.", -1));
        if (path.isBlank() || steps.stream().anyMatch(String::isEmpty)) {
            throw new ConfigException(cli, path, "a lever is a config path such as tariffs.0.customs or events.2.rate");
        }
        YamlNode node = root;
        String pattern = "";
        YamlNode.Scalar value = null;
        SourceLocation where = root.location();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            String walked = String.join(".", steps.subList(0, i + 1));
            boolean last = i == steps.size() - 1;
            if (node instanceof YamlNode.Mapping mapping) {
                boolean keyed = !pattern.isEmpty() && isMap(pattern);
                pattern = pattern.isEmpty() ? step : pattern + "." + (keyed ? "*" : step);
                YamlNode child = mapping.entries().get(step);
                if (child == null) {
                    if (last && !keyed && known(pattern)) {
                        where = mapping.location();
                        node = null;
                        break;
                    }
                    String suggestion =
                            MapReader.closest(step, mapping.entries().keySet());
                    throw new ConfigException(
                            cli,
                            path,
                            "no key '" + YamlNode.Scalar.shorten(walked) + "' in the scenario"
                                    + (suggestion == null
                                            ? ""
                                            : " (did you mean '" + YamlNode.Scalar.shorten(suggestion) + "'?)")
                                    + "; keys there: "
                                    + String.join(", ", mapping.entries().keySet()));
                }
                node = child;
            } else if (node instanceof YamlNode.Sequence sequence) {
                int position;
                try {
                    position = Integer.parseInt(step);
                } catch (NumberFormatException e) {
                    throw new ConfigException(
                            cli,
                            path,
                            "'" + YamlNode.Scalar.shorten(String.join(".", steps.subList(0, i)))
                                    + "' is a list: the next step must be an index from 0 to "
                                    + (sequence.items().size() - 1));
                }
                if (position < 0 || position >= sequence.items().size()) {
                    throw new ConfigException(
                            cli,
                            path,
                            "index " + position + " is outside the list (0 to "
                                    + (sequence.items().size() - 1) + ")");
                }
                node = sequence.items().get(position);
                pattern = pattern + "[" + variant(pattern, node) + "]";
            } else {
                throw new ConfigException(
                        cli,
                        path,
                        "'" + YamlNode.Scalar.shorten(String.join(".", steps.subList(0, i)))
                                + "' is a single value; the path goes inside it");
            }
        }
        ConfigSchema.Entry entry;
        try {
            entry = ConfigSchema.entry(pattern);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(cli, path, "is not a config key (schema path " + pattern + ")");
        }
        if (!entry.type().numeric() && entry.type() != ConfigSchema.Type.MONTH) {
            throw new ConfigException(
                    cli,
                    path,
                    "is " + entry.type().word() + " (" + entry.path() + "), not a number or month a search can move");
        }
        if (node instanceof YamlNode.Mapping distribution
                && distribution.entries().containsKey(Uncertainty.KEY)) {
            // An uncertain parameter (issue 16): the search starts from its centre and fixes it to the
            // numbers it tries (each evaluation's --set replaces the distribution).
            node = null;
            for (String key : List.of("median", "mode", "mean")) {
                if (distribution.entries().get(key) instanceof YamlNode.Scalar centre && centre.text() != null) {
                    node = centre;
                    break;
                }
            }
            if (node == null
                    && distribution.entries().get("values") instanceof YamlNode.Sequence values
                    && !values.items().isEmpty()) {
                // A choice: its most likely value (the first of the largest weights).
                int best = 0;
                if (distribution.entries().get("weights") instanceof YamlNode.Sequence weights
                        && weights.items().size() == values.items().size()) {
                    for (int k = 1; k < weights.items().size(); k++) {
                        if (parse(((YamlNode.Scalar) weights.items().get(k)).text())
                                > parse(((YamlNode.Scalar) weights.items().get(best)).text())) {
                            best = k;
                        }
                    }
                }
                node = values.items().get(best);
            }
            if (node == null
                    && distribution.entries().get("min") instanceof YamlNode.Scalar lo
                    && distribution.entries().get("max") instanceof YamlNode.Scalar hi) {
                node = new YamlNode.Scalar(
                        lo.location(), MapReader.format((parse(lo.text()) + parse(hi.text())) / 2), false);
            }
            if (node == null) {
                throw new ConfigException(
                        cli,
                        path,
                        "is uncertain with no centre to start from; give it a number " + "with --set to search it");
            }
        }
        if (node != null && !(node instanceof YamlNode.Scalar)) {
            throw new ConfigException(cli, path, "names " + node.describe() + ", not a single value");
        }
        value = (YamlNode.Scalar) node;
        double current;
        if (value == null || value.text() == null) {
            if (!(entry.defaultValue() instanceof Number number)) {
                throw new ConfigException(cli, path, "has no value in the scenario and no default");
            }
            current = number.doubleValue();
        } else {
            where = value.location();
            current = entry.type() == ConfigSchema.Type.MONTH
                    ? index(YearMonth.parse(value.text().substring(0, 7)))
                    : parse(value.text());
            if (Double.isInfinite(current)) {
                throw new ConfigException(
                        where,
                        path + " = " + value.describe(),
                        "is infinite; a search can only move a finite value (write a number to search from)");
            }
        }
        return new LeverPath(path, entry, current, where, spanStart, spanEnd);
    }

    private static double parse(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("infinite") || t.equalsIgnoreCase(".inf")) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** The variant of a list item in schema paths: {@code events[duty]} for typed lists, else {@code []}. */
    private static String variant(String pattern, YamlNode item) {
        if (item instanceof YamlNode.Mapping m
                && m.entries().get("type") instanceof YamlNode.Scalar s
                && s.text() != null
                && ConfigSchema.entries().stream().anyMatch(e -> e.path().startsWith(pattern + "[" + s.text() + "]"))) {
            return s.text();
        }
        return "";
    }

    private static boolean known(String pattern) {
        return ConfigSchema.entries().stream().anyMatch(e -> e.path().equals(pattern));
    }

    private static boolean isMap(String pattern) {
        return ConfigSchema.entries().stream()
                .anyMatch(e -> e.path().equals(pattern) && e.type() == ConfigSchema.Type.MAP);
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** Whether only whole values are valid (counts and months). */
    public boolean integer() {
        return entry.type() == ConfigSchema.Type.INTEGER || entry.type() == ConfigSchema.Type.MONTH;
    }

    /** The lowest value the schema allows (an open end nudged inside; a month: the span's start). */
    public double lowest() {
        if (entry.type() == ConfigSchema.Type.MONTH) {
            return spanStart;
        }
        Range r = entry.range();
        if (r == null) {
            return Double.NEGATIVE_INFINITY;
        }
        return r.minOpen() ? inside(r.min(), r.max(), true) : r.min();
    }

    /** The highest value the schema allows (an open end nudged inside; a month: the span's end). */
    public double highest() {
        if (entry.type() == ConfigSchema.Type.MONTH) {
            return spanEnd;
        }
        Range r = entry.range();
        if (r == null) {
            return Double.POSITIVE_INFINITY;
        }
        return r.maxOpen() ? inside(r.max(), r.min(), false) : r.max();
    }

    /** A value just inside an open end: a millionth of the range, or of the end's size when unbounded. */
    private static double inside(double end, double other, boolean up) {
        double scale = Double.isInfinite(other) ? Math.max(1, Math.abs(end)) : Math.abs(other - end);
        double step = scale * 1e-6;
        return up ? end + step : end - step;
    }

    /**
     * Checks a bound a user asked for against the schema's range, with the loader's words.
     *
     * @param where where the bound was written (a levers file's line, or the command line)
     * @param what  e.g. "lower"
     */
    public void requireAllowed(double bound, SourceLocation where, String what) {
        boolean ok = entry.type() == ConfigSchema.Type.MONTH
                ? bound >= spanStart && bound <= spanEnd
                : entry.range() == null || entry.range().contains(bound);
        if (!ok || Double.isNaN(bound)) {
            String allowed = entry.type() == ConfigSchema.Type.MONTH
                    ? "a month within the scenario's span"
                    : entry.range().describe()
                            + (entry.range().meaning().isEmpty()
                                    ? ""
                                    : " (" + entry.range().meaning() + ")");
            throw new ConfigException(
                    where,
                    path + " " + what + " bound = " + format(bound),
                    "must be " + allowed + ", the range the config schema declares for " + entry.path());
        }
    }

    /** The {@code --set} override that gives the lever {@code value}. */
    public String override(double value) {
        return path + "=" + format(value);
    }

    /** The value as the config writes it: a month as YYYY-MM, a count whole, a number to 12 digits. */
    public String format(double value) {
        if (entry.type() == ConfigSchema.Type.MONTH) {
            long v = Math.round(value);
            return String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(v, 12), Math.floorMod(v, 12) + 1);
        }
        if (entry.type() == ConfigSchema.Type.INTEGER) {
            return Long.toString(Math.round(value));
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String s = new java.math.BigDecimal(value)
                .round(new java.math.MathContext(12))
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The value for a sentence: as {@link #format} for months and counts, else to four significant digits. */
    public String display(double value) {
        if (integer() || Double.isNaN(value) || Double.isInfinite(value)) {
            return format(value);
        }
        String s = new java.math.BigDecimal(value)
                .round(new java.math.MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The unit of the value, from the schema ("" if none; "month" for a date). */
    public String unit() {
        return entry.type() == ConfigSchema.Type.MONTH ? "month" : entry.unit();
    }
}
