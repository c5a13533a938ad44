package org.bilatsim.config;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bilatsim.config.uncertain.ParameterDistribution;
import org.bilatsim.config.uncertain.QuantileFit;

/**
 * A scenario's uncertain parameters: the numeric keys given a distribution instead of a number, e.g.
 *
 * <pre>
 * substitutionElasticity: {median: 4.4, p5: 2.5, p95: 7.5, distribution: lognormal, source: "..."}
 * </pre>
 *
 * The loader replaces each by its median (as written, when the distribution states one), so the
 * loaded config is the nominal scenario, and keeps the tree; {@link #draw} rebinds that tree with one value per parameter, through the same binder and its
 * checks, for one replication. Draws are truncated at the distribution's {@value #TAIL} and
 * 1 − {@value #TAIL} quantiles, and the loader checks that both extremes bind, so no replication can
 * draw a value its key does not allow.
 *
 * <p>A distribution is a mapping with {@code distribution} (lognormal, normal, uniform, triangular,
 * pert or choice), {@code source} (the reasoning for the range: a publication's interval, or
 * ASSUMPTION with why), and either {@code median, p5, p95} (any kind but choice), or its own
 * parameters: {@code mean, sd} (normal), {@code min, max} (uniform), {@code min, mode, max}
 * (triangular, pert), {@code values} and optional {@code weights} (choice).
 */
public final class Uncertainty {
    /** Tail probability cut from each end of every distribution. */
    public static final double TAIL = 0.001;
    /** The key that makes a mapping a distribution. */
    static final String KEY = "distribution";

    private static final Set<String> ALLOWED = Set.of(
            KEY, "source", "note", "median", "p5", "p95", "mean", "sd", "min", "mode", "max", "values", "weights");

    /**
     * One uncertain key.
     *
     * @param path     the key's path as {@code --set} writes it ({@code products.rice.substitutionElasticity},
     *                 {@code events.2.rate}); it names the parameter's random stream
     * @param nominal  the value of the nominal scenario: the median as written when the distribution
     *                 states one, else the distribution's median
     * @param source   the stated reasoning for the range
     * @param location where the distribution was written
     */
    public record Parameter(
            String path, ParameterDistribution distribution, double nominal, String source, SourceLocation location) {
        public Parameter {
            Objects.requireNonNull(path);
            Objects.requireNonNull(distribution);
            Objects.requireNonNull(source);
        }

        /** The value at design coordinate u, truncated at the {@link #TAIL} quantiles. */
        public double valueAt(double u) {
            return distribution.quantile(Math.max(TAIL, Math.min(1 - TAIL, u)));
        }

        /** Equal parameters are the same key with the same distribution, wherever the file wrote it. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Parameter p
                    && path.equals(p.path)
                    && distribution.equals(p.distribution)
                    && Double.compare(nominal, p.nominal) == 0
                    && source.equals(p.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, distribution, nominal, source);
        }
    }

    private static final Uncertainty NONE = new Uncertainty(List.of(), Map.of(), null);

    private final List<Parameter> parameters;
    private final Map<String, Double> drawn;
    private final YamlNode tree;

    private Uncertainty(List<Parameter> parameters, Map<String, Double> drawn, YamlNode tree) {
        this.parameters = List.copyOf(parameters);
        this.drawn = Collections.unmodifiableMap(new LinkedHashMap<>(drawn));
        this.tree = tree;
    }

    /** A scenario without uncertain parameters. */
    public static Uncertainty none() {
        return NONE;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The parameters' paths, in the order the file lists them. */
    public List<String> names() {
        return parameters.stream().map(Parameter::path).toList();
    }

    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    /** The values of this draw by path; empty for the nominal scenario (every parameter at its median). */
    public Map<String, Double> drawn() {
        return drawn;
    }

    /**
     * The scenario with parameter j at {@code u[j]}'s quantile, bound through the loader; it keeps
     * {@code config}'s seed and records the values drawn.
     */
    public ScenarioConfig draw(ScenarioConfig config, double[] u) {
        if (u.length != parameters.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters, " + u.length + " coordinates");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int j = 0; j < u.length; j++) {
            values.put(parameters.get(j).path(), parameters.get(j).valueAt(u[j]));
        }
        return bind(values).withSeed(config.seed());
    }

    /** The scenario with the given values (by path), the others at their medians. */
    ScenarioConfig bind(Map<String, Double> values) {
        YamlNode root = tree;
        for (Parameter p : parameters) {
            Double v = values.get(p.path());
            if (v != null) {
                root = set(
                        root,
                        List.of(p.path().split("\\.")),
                        0,
                        new YamlNode.Scalar(p.location(), MapReader.format(v), false));
            }
        }
        return ConfigLoader.bindTree(root).withUncertainty(new Uncertainty(parameters, values, tree));
    }

    /** Without its uncertain parameters: the nominal scenario, run with parameter uncertainty off. */
    public Uncertainty nominal() {
        return NONE;
    }

    /** For manifest.json: each parameter's distribution and source, and this draw's values. */
    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Parameter p : parameters) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("distribution", p.distribution().describe());
            m.put("source", p.source());
            list.add(m);
        }
        out.put("parameters", list);
        out.put("drawn", drawn);
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uncertainty u && parameters.equals(u.parameters) && drawn.equals(u.drawn);
    }

    @Override
    public int hashCode() {
        return 31 * parameters.hashCode() + drawn.hashCode();
    }

    @Override
    public String toString() {
        return "Uncertainty" + json();
    }

    // ---- loading ----------------------------------------------------------------------------

    /** What the loader binds: the tree with every distribution replaced by its median, and the parameters. */
    record Extracted(YamlNode tree, List<Parameter> parameters) {}

    /** Finds every distribution in a (resolved, overridden) tree and replaces it by its median. */
    static Extracted extract(YamlNode root) {
        List<Parameter> found = new ArrayList<>();
        YamlNode tree = walk(root, "", "", found);
        return new Extracted(tree, found);
    }

    /**
     * The loaded scenario's uncertainty, after checking that every parameter binds at both truncation
     * points (so every draw is a valid scenario).
     */
    static Uncertainty of(Extracted extracted) {
        if (extracted.parameters().isEmpty()) {
            return NONE;
        }
        Uncertainty u = new Uncertainty(extracted.parameters(), Map.of(), extracted.tree());
        for (double tail : new double[] {TAIL, 1 - TAIL}) {
            for (Parameter p : extracted.parameters()) {
                double v = p.valueAt(tail);
                try {
                    u.bind(Map.of(p.path(), v));
                } catch (ConfigException e) {
                    throw new ConfigException(
                            p.location(),
                            p.path(),
                            String.format(
                                    Locale.ROOT,
                                    "the %s's %s quantile %s is not allowed here (%s); narrow the range",
                                    p.distribution().kind(),
                                    tail < 0.5 ? "0.1 %" : "99.9 %",
                                    MapReader.format(v),
                                    e.detail()));
                }
            }
        }
        return u;
    }

    /**
     * @param path    the concrete path ({@code events.2.rate})
     * @param pattern the schema's path pattern of the same node ({@code events[duty].rate})
     */
    private static YamlNode walk(YamlNode node, String path, String pattern, List<Parameter> found) {
        if (node instanceof YamlNode.Mapping m) {
            if (m.entries().containsKey(KEY) && !path.isEmpty()) {
                checkMayBeUncertain(m, path, pattern);
                Parameter p = parse(m, path);
                found.add(p);
                return new YamlNode.Scalar(m.location(), MapReader.format(p.nominal()), false);
            }
            boolean keyed = type(pattern) == ConfigSchema.Type.MAP;
            YamlNode.Mapping out = m;
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                String childPattern =
                        keyed ? pattern + ".*" : pattern.isEmpty() ? e.getKey() : pattern + "." + e.getKey();
                YamlNode child =
                        walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), childPattern, found);
                if (child != e.getValue()) {
                    out = out.with(e.getKey(), child, null);
                }
            }
            return out;
        }
        if (node instanceof YamlNode.Sequence s) {
            YamlNode.Sequence out = s;
            List<String> types = ConfigSchema.typedLists().get(pattern);
            for (int i = 0; i < s.items().size(); i++) {
                YamlNode item = s.items().get(i);
                String itemPattern = pattern + "[]";
                if (types != null
                        && item instanceof YamlNode.Mapping im
                        && im.entries().get("type") instanceof YamlNode.Scalar t
                        && t.text() != null
                        && types.contains(t.text())) {
                    itemPattern = pattern + "[" + t.text() + "]";
                }
                YamlNode child = walk(item, path + "." + i, itemPattern, found);
                if (child != item) {
                    out = out.with(i, child);
                }
            }
            return out;
        }
        return node;
    }

    /**
     * The schema type of each path pattern met so far (empty for none): the walk asks once per mapping
     * of the file, and the schema's table does not change once loaded.
     */
    private static final Map<String, java.util.Optional<ConfigSchema.Type>> TYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static ConfigSchema.Type type(String pattern) {
        return TYPES.computeIfAbsent(pattern, p -> java.util.Optional.ofNullable(scanType(p)))
                .orElse(null);
    }

    private static ConfigSchema.Type scanType(String pattern) {
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            if (e.path().equals(pattern) || e.path().equals(pattern + "[]")) {
                return e.type();
            }
        }
        return null;
    }

    /** A distribution may stand only where the schema allows one (an unknown key is the binder's to report). */
    private static void checkMayBeUncertain(YamlNode.Mapping m, String path, String pattern) {
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            if (e.path().equals(pattern)) {
                if (!e.uncertain()) {
                    throw new ConfigException(
                            m.location(),
                            path,
                            e.type().numeric()
                                    ? "may not be given a distribution: it is part of the question (a target, an observed "
                                            + "figure, a year, an agent count or the seed), not an uncertain parameter"
                                    : "is " + e.type().word()
                                            + ", not a number; only numeric keys may be given a distribution");
                }
                return;
            }
        }
    }

    private static Parameter parse(YamlNode.Mapping m, String path) {
        for (String key : m.entries().keySet()) {
            if (!ALLOWED.contains(key)) {
                SourceLocation at = m.keyLocations().getOrDefault(key, m.location());
                String suggestion = MapReader.closest(key, ALLOWED);
                throw new ConfigException(
                        at,
                        path + "." + YamlNode.Scalar.shorten(key),
                        "unknown key in a distribution"
                                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                                + "; allowed: distribution, source, median, p5, p95, mean, sd, min, mode, max, values, weights, note");
            }
        }
        String kind = text(m, path, KEY);
        if (!m.entries().containsKey("source")) {
            throw new ConfigException(
                    m.location(),
                    path,
                    "a distribution needs 'source': the publication or the "
                            + "reasoning (ASSUMPTION ...) behind its range");
        }
        String source = text(m, path, "source");
        ParameterDistribution d;
        try {
            d = switch (kind) {
                case "choice" -> {
                    double[] values = numbers(m, path, "values");
                    yield m.entries().containsKey("weights")
                            ? new ParameterDistribution.Choice(values, numbers(m, path, "weights"))
                            : ParameterDistribution.Choice.of(values);
                }
                case "lognormal", "normal", "uniform", "triangular", "pert" -> {
                    if (has(m, "median") || has(m, "p5") || has(m, "p95")) {
                        yield QuantileFit.fit(
                                kind, number(m, path, "median"), number(m, path, "p5"), number(m, path, "p95"));
                    }
                    yield switch (kind) {
                        case "normal" ->
                            new ParameterDistribution.Normal(number(m, path, "mean"), number(m, path, "sd"));
                        case "uniform" ->
                            new ParameterDistribution.Uniform(number(m, path, "min"), number(m, path, "max"));
                        case "triangular" ->
                            new ParameterDistribution.Triangular(
                                    number(m, path, "min"), number(m, path, "mode"), number(m, path, "max"));
                        case "pert" ->
                            new ParameterDistribution.Pert(
                                    number(m, path, "min"), number(m, path, "mode"), number(m, path, "max"));
                        default -> throw new IllegalArgumentException("a lognormal is given by median, p5 and p95");
                    };
                }
                default ->
                    throw new ConfigException(
                            m.entries().get(KEY).location(),
                            path + "." + KEY + " = " + m.entries().get(KEY).describe(),
                            "must be one of lognormal, normal, uniform, triangular, pert, choice");
            };
        } catch (IllegalArgumentException e) {
            throw new ConfigException(m.location(), path, "distribution: " + e.getMessage());
        }
        double nominal = has(m, "median") ? number(m, path, "median") : d.median();
        return new Parameter(path, d, nominal, source, m.location());
    }

    private static boolean has(YamlNode.Mapping m, String key) {
        return m.entries().containsKey(key);
    }

    private static String text(YamlNode.Mapping m, String path, String key) {
        YamlNode node = m.entries().get(key);
        if (node instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        throw new ConfigException(
                node == null ? m.location() : node.location(),
                path + "." + key,
                node == null ? "missing" : "must be text, found " + node.describe());
    }

    private static double number(YamlNode.Mapping m, String path, String key) {
        YamlNode node = m.entries().get(key);
        if (node == null) {
            throw new ConfigException(
                    m.location(), path, "the " + text(m, path, KEY) + " distribution needs '" + key + "'");
        }
        return number(node, path + "." + key);
    }

    /** A YAML number: digits only (Java would also read "4.4d" or "Infinity"). */
    private static double number(YamlNode node, String path) {
        String text = node instanceof YamlNode.Scalar s && s.text() != null && !s.quoted()
                ? s.text().strip()
                : "";
        String digits = text.replace("_", "");
        if (!digits.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")
                || !Double.isFinite(Double.parseDouble(digits))) {
            throw new ConfigException(node.location(), path + " = " + node.describe(), "must be a finite number");
        }
        return Double.parseDouble(digits);
    }

    private static double[] numbers(YamlNode.Mapping m, String path, String key) {
        YamlNode node = m.entries().get(key);
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw new ConfigException(
                    node == null ? m.location() : node.location(),
                    path + "." + key,
                    "a choice needs '" + key + "', a list of numbers such as [0.25, 0.5, 1]");
        }
        double[] out = new double[list.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(list.items().get(i), path + "." + key + "." + i);
        }
        return out;
    }

    private static YamlNode set(YamlNode node, List<String> steps, int index, YamlNode value) {
        String step = steps.get(index);
        boolean last = index == steps.size() - 1;
        if (node instanceof YamlNode.Mapping mapping) {
            YamlNode child = mapping.entries().get(step);
            return mapping.with(step, last ? value : set(child, steps, index + 1, value), null);
        }
        YamlNode.Sequence sequence = (YamlNode.Sequence) node;
        int position = Integer.parseInt(step);
        return sequence.with(position, last ? value : set(sequence.items().get(position), steps, index + 1, value));
    }
}
