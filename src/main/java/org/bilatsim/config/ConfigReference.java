package org.bilatsim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is generated from {@link ConfigSchema}: the README's config reference (a Markdown table) and
 * {@code docs/bilatsim.schema.json} (JSON Schema draft 2020-12, for editors that complete and check
 * scenario files). Tests hold both files equal to this output; {@code ConfigReferenceTest} with
 * {@code -Dbilatsim.regenerate=true} rewrites them.
 */
public final class ConfigReference {
    /** The lines around the generated table in README.md. */
    public static final String README_START =
            "<!-- config-reference:start (generated from ConfigSchema; do not edit) -->";

    public static final String README_END = "<!-- config-reference:end -->";
    /** Where the JSON Schema lives, relative to the project root. */
    public static final String SCHEMA_FILE = "docs/bilatsim.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigReference() {}

    // ---- README ----------------------------------------------------------------------------------

    /** The Markdown table of every key, one row per entry. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| key | type | allowed | default | unit | meaning | example | distribution |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            b.append("| `")
                    .append(e.path())
                    .append("` | ")
                    .append(e.type().word())
                    .append(" | ")
                    .append(cell(allowed(e)))
                    .append(" | ")
                    .append(
                            e.required()
                                    ? "required"
                                    : e.defaultValue() == null ? "—" : "`" + show(e.defaultValue()) + "`")
                    .append(" | ")
                    .append(cell(e.unit()))
                    .append(" | ")
                    .append(cell(e.description()))
                    .append(" | ")
                    .append(e.example().isEmpty() ? "" : "`" + e.example() + "`")
                    .append(" | ")
                    .append(e.uncertain() ? "allowed" : "")
                    .append(" |\n");
        }
        return b.toString();
    }

    /** What values a key takes, in words. */
    static String allowed(ConfigSchema.Entry e) {
        switch (e.type()) {
            case NUMBER, NUMBER_OR_INFINITE, FRACTION: {
                Range r = e.range();
                String interval = (r.minOpen() ? "(" : "[") + MapReader.format(r.min()) + ", "
                        + MapReader.format(r.max()) + (r.maxOpen() ? ")" : "]");
                return interval + (e.type() == ConfigSchema.Type.NUMBER_OR_INFINITE ? " or `infinite`" : "");
            }
            case INTEGER:
                return (long) e.min() + " … " + (long) e.max();
            case ENUM:
                return String.join(
                        ", ", e.values().stream().map(v -> "`" + v + "`").toList());
            case MONTH:
                return "`YYYY-MM`";
            case BOOL:
                return "`true`, `false`";
            case TEXT:
                return e.pattern() == null ? "text" : e.allowed();
            case LIST:
                return (e.pattern() != null ? "list of " + e.allowed() : "list")
                        + (e.minItems() > 0 ? ", ≥ " + e.minItems() : "");
            case MAP:
                return "keys: " + e.allowed() + (e.minItems() > 0 ? "; ≥ " + e.minItems() : "");
            default:
                return "mapping";
        }
    }

    private static String show(Object value) {
        if (value instanceof Double d) {
            return MapReader.format(d);
        }
        return String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    // ---- JSON Schema -----------------------------------------------------------------------------

    /** The JSON Schema of a scenario file, as pretty-printed JSON with a final newline. */
    public static String jsonSchema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "bilatsim scenario");
        root.put(
                "description",
                "A bilatsim scenario file (generated from org.bilatsim.config.ConfigSchema). A file "
                        + "with 'extends' gives only what it changes, so its mappings need no required keys.");
        root.put("type", "object");
        root.set("if", NODES.objectNode().set("required", NODES.arrayNode().add(Inheritance.KEY)));
        root.set("then", NODES.objectNode().put("$ref", "#/$defs/partialScenario"));
        root.set("else", NODES.objectNode().put("$ref", "#/$defs/scenario"));
        ObjectNode defs = root.putObject("$defs");
        defs.set("distribution", distribution());
        defs.set("scenario", object("", false));
        defs.set("partialScenario", object("", true));
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The object whose keys are the entries under {@code path}. In a {@code partial} file (one that
     * extends another) mappings merge, so they require nothing; list items replace, so they stay
     * complete.
     */
    private static ObjectNode object(String path, boolean partial) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (ConfigSchema.Entry e : ConfigSchema.entries()) {
            if (e.parent().equals(path)) {
                properties.set(e.key(), schema(e, partial));
                if (e.required() && !partial) {
                    required.add(e.key());
                }
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode schema(ConfigSchema.Entry e, boolean partial) {
        ObjectNode node;
        switch (e.type()) {
            case SECTION:
                node = object(e.path(), partial);
                break;
            case MAP:
                node = NODES.objectNode();
                node.put("type", "object");
                node.set("propertyNames", NODES.objectNode().put("pattern", anchored(e.pattern())));
                if (e.minItems() > 0 && !partial) {
                    node.put("minProperties", e.minItems());
                }
                node.set("additionalProperties", object(e.path() + ".*", partial));
                break;
            case LIST:
                node = list(e);
                break;
            case NUMBER_OR_INFINITE:
                node = NODES.objectNode();
                node.set(
                        "anyOf",
                        NODES.arrayNode()
                                .add(number(e, "number"))
                                .add(NODES.objectNode()
                                        .set("enum", NODES.arrayNode().add("infinite"))));
                break;
            case NUMBER, FRACTION:
                node = number(e, "number");
                break;
            case INTEGER:
                node = number(e, "integer");
                break;
            case MONTH:
                node = NODES.objectNode()
                        .put("type", "string")
                        .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$");
                break;
            case ENUM:
                node = NODES.objectNode();
                ArrayNode words = node.putArray("enum");
                e.values().forEach(words::add);
                break;
            case BOOL:
                node = NODES.objectNode().put("type", "boolean");
                break;
            default:
                node = NODES.objectNode().put("type", "string");
                if (e.pattern() != null) {
                    node.put("pattern", anchored(e.pattern()));
                } else if (e.required()) {
                    node.put("minLength", 1);
                }
        }
        if (e.uncertain()) {
            node = NODES.objectNode()
                    .set(
                            "anyOf",
                            NODES.arrayNode().add(node).add(NODES.objectNode().put("$ref", "#/$defs/distribution")));
        }
        node.put(
                "description",
                e.description()
                        + (e.unit().isEmpty() ? "" : " (" + e.unit() + ")")
                        + (e.uncertain() ? "; a number or a distribution" : ""));
        if (e.defaultValue() != null) {
            Object d = e.defaultValue();
            if (d instanceof Double x) {
                node.put("default", x);
            } else if (d instanceof Long x) {
                node.put("default", x);
            } else if (d instanceof Boolean x) {
                node.put("default", x);
            } else {
                node.put("default", d.toString());
            }
        }
        return node;
    }

    /** An uncertain value ({@link Uncertainty}): a distribution and its reasoning instead of a number. */
    private static ObjectNode distribution() {
        ObjectNode node = NODES.objectNode();
        node.put("type", "object");
        node.put(
                "description",
                "An uncertain value: replication k draws it from its own stream (a Latin hypercube "
                        + "across replications); the nominal scenario uses the median. Give median, p5 and p95 (any kind "
                        + "but choice), or mean and sd (normal), min and max (uniform), min, mode and max (triangular, "
                        + "pert), values and weights (choice).");
        ObjectNode properties = node.putObject("properties");
        ArrayNode kinds = NODES.arrayNode();
        List.of("lognormal", "normal", "uniform", "triangular", "pert", "choice")
                .forEach(kinds::add);
        properties.set(Uncertainty.KEY, NODES.objectNode().set("enum", kinds));
        properties.set(
                "source",
                NODES.objectNode()
                        .put("type", "string")
                        .put("minLength", 1)
                        .put("description", "the publication or the reasoning (ASSUMPTION ...) behind the range"));
        properties.set("note", NODES.objectNode().put("type", "string"));
        for (String key : List.of("median", "p5", "p95", "mean", "sd", "min", "mode", "max")) {
            properties.set(key, NODES.objectNode().put("type", "number"));
        }
        for (String key : List.of("values", "weights")) {
            properties.set(
                    key,
                    NODES.objectNode()
                            .put("type", "array")
                            .put("minItems", 1)
                            .set("items", NODES.objectNode().put("type", "number")));
        }
        node.set("required", NODES.arrayNode().add(Uncertainty.KEY).add("source"));
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode list(ConfigSchema.Entry e) {
        ObjectNode node = NODES.objectNode();
        node.put("type", "array");
        if (e.minItems() > 0) {
            node.put("minItems", e.minItems());
        }
        String name = e.key();
        Map<String, List<String>> typed = ConfigSchema.typedLists();
        if (e.parent().isEmpty() && typed.containsKey(name)) {
            ObjectNode items = node.putObject("items");
            items.put("type", "object");
            ArrayNode types = NODES.arrayNode();
            typed.get(name).forEach(types::add);
            items.putObject("properties").set("type", NODES.objectNode().set("enum", types));
            items.set("required", NODES.arrayNode().add("type"));
            List<ObjectNode> cases = new ArrayList<>();
            for (String type : typed.get(name)) {
                ObjectNode when = NODES.objectNode();
                when.set(
                        "if",
                        NODES.objectNode()
                                .set(
                                        "properties",
                                        NODES.objectNode()
                                                .set("type", NODES.objectNode().put("const", type))));
                when.set("then", object(name + "[" + type + "]", false));
                cases.add(when);
            }
            items.putArray("allOf").addAll(cases);
        } else if (e.pattern() != null) {
            node.set("items", NODES.objectNode().put("type", "string").put("pattern", anchored(e.pattern())));
        } else {
            node.set("items", object(e.path(), false));
        }
        return node;
    }

    private static ObjectNode number(ConfigSchema.Entry e, String type) {
        ObjectNode node = NODES.objectNode().put("type", type);
        Range r = e.range();
        if (r != null) {
            bound(node, r.minOpen() ? "exclusiveMinimum" : "minimum", r.min(), type);
            bound(node, r.maxOpen() ? "exclusiveMaximum" : "maximum", r.max(), type);
        }
        return node;
    }

    private static void bound(ObjectNode node, String keyword, double value, String type) {
        if (type.equals("integer") || value == Math.rint(value) && Math.abs(value) < 1e15) {
            long whole =
                    value >= Long.MAX_VALUE ? Long.MAX_VALUE : value <= Long.MIN_VALUE ? Long.MIN_VALUE : (long) value;
            node.put(keyword, whole);
        } else {
            node.put(keyword, value);
        }
    }

    private static String anchored(String pattern) {
        return "^(" + pattern + ")$";
    }
}
