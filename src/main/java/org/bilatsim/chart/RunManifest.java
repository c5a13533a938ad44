package org.bilatsim.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.bilatsim.config.Lever;

/**
 * What the charts need from {@code manifest.json}: the scenario, its description, the target, the
 * policy timeline, display names, and the resolved config (under {@code "config"}) as a JSON tree.
 *
 * @param productNames product key → display name, in config order
 * @param productImporters product key → importing country
 * @param productUnits product key → volume unit
 * @param countryNames ISO3 → country name, in config order
 * @param policyChanges the dated policy changes: config events, their ends ({@code until}), and the
 *     lapse of tariff preferences; sorted by date
 * @param observed observed two-way totals by year (backcasts), possibly empty
 * @param manifest the whole manifest
 */
public record RunManifest(
        String scenario,
        String description,
        int replications,
        Target target,
        Map<String, String> productNames,
        Map<String, String> productImporters,
        Map<String, String> productUnits,
        Map<String, String> countryNames,
        List<PolicyChange> policyChanges,
        Map<Integer, Double> observed,
        JsonNode manifest) {

    /**
     * The two-way trade target.
     *
     * @param year the stated target year, or null
     */
    public record Target(double valueUsd, Integer year, String a, String b) {
        public OptionalInt yearIfStated() {
            return year == null ? OptionalInt.empty() : OptionalInt.of(year);
        }
    }

    /**
     * A dated policy change, for markers and the timeline table.
     *
     * @param month the month it takes effect
     * @param type the event type ({@code duty}, {@code tradeCost}, {@code exhibition}) or
     *     {@code preference lapse} / {@code end of <type>} for derived entries
     * @param products the product keys it applies to ({@code *} for all): the event's {@code product},
     *     or every {@code product} inside it (e.g. a PTA's concessions), else {@code *}
     * @param label a short label for a chart marker
     * @param details the event's keys and values, for the timeline table
     * @param note the event's note, or empty
     */
    public record PolicyChange(
            YearMonth month,
            String type,
            java.util.Set<String> products,
            String label,
            Map<String, String> details,
            String note) {
        /** True if the change applies to the product ({@code *} applies to all). */
        public boolean appliesTo(String productKey) {
            return products.isEmpty() || products.contains("*") || products.contains(productKey);
        }
    }

    /** The resolved config (the manifest's {@code "config"}). */
    public JsonNode config() {
        return manifest.path("config");
    }

    /**
     * The simulated span ({@code config.start} to {@code config.end}) and the target year.
     *
     * @throws IllegalStateException if the manifest's config has no valid start and end month
     */
    public RunSpan span() {
        YearMonth start = month(config().path("start"));
        YearMonth end = month(config().path("end"));
        if (start == null || end == null) {
            throw new IllegalStateException("manifest.json: config needs start and end months (YYYY-MM)");
        }
        return new RunSpan(start, end, target.year());
    }

    /** The target pair's display name, e.g. "Pakistan–Azerbaijan". */
    public String pairName() {
        return countryShortName(target.a()) + "–" + countryShortName(target.b());
    }

    /** The country's name from the config (its ISO3 code if none). */
    public String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3);
    }

    /** The country's name without a parenthesised remark, for charts: "Rest of the world (offtakers…)" → "Rest of the world". */
    public String countryShortName(String iso3) {
        String name = countryName(iso3);
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    public String productName(String key) {
        return productNames.getOrDefault(key, key);
    }

    /** Reads {@code manifest.json}. */
    public static RunManifest read(Path manifestJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(manifestJson));
        if (root == null || !root.path("config").isObject()) {
            throw new IOException(manifestJson + ": no \"config\" object");
        }
        return of(root);
    }

    /** Interprets a parsed manifest. */
    public static RunManifest of(JsonNode root) throws IOException {
        JsonNode config = root.path("config");
        String scenario = text(root.path("scenario"), text(config.path("name"), "scenario"));
        String description = text(config.path("description"), "");
        int replications = root.path("replications").asInt(1);

        JsonNode t = config.path("target");
        JsonNode between = t.path("between");
        if (!t.path("valueUsd").isNumber() || !between.isArray() || between.size() != 2) {
            throw new IOException("manifest.json: config.target needs valueUsd and between: [A, B]");
        }
        Integer year = t.path("year").isNumber() ? t.path("year").asInt() : null;
        Target target = new Target(
                t.path("valueUsd").asDouble(),
                year,
                between.get(0).asText(),
                between.get(1).asText());

        Map<String, String> productNames = new LinkedHashMap<>();
        Map<String, String> productImporters = new LinkedHashMap<>();
        Map<String, String> productUnits = new LinkedHashMap<>();
        JsonNode products = config.path("products");
        if (products.isArray()) {
            for (JsonNode p : products) {
                String key = p.path("key").asText();
                productNames.put(key, text(p.path("name"), key));
                productImporters.put(key, p.path("importer").asText(""));
                productUnits.put(key, p.path("unit").asText(""));
            }
        } else if (products.isObject()) {
            for (Map.Entry<String, JsonNode> e : products.properties()) {
                productNames.put(e.getKey(), text(e.getValue().path("name"), e.getKey()));
                productImporters.put(e.getKey(), e.getValue().path("importer").asText(""));
                productUnits.put(e.getKey(), e.getValue().path("unit").asText(""));
            }
        }
        // flows that are not products but carry trade_value: contracts, tourism, project imports
        for (JsonNode c : config.path("contracts")) {
            String name = c.path("name").asText("");
            if (!name.isEmpty()) {
                productNames.putIfAbsent(
                        name,
                        name + (c.hasNonNull("kind") ? " (" + c.path("kind").asText() + " contract)" : " (contract)"));
            }
        }
        for (JsonNode t2 : config.path("tourism")) {
            String name = t2.path("name").asText("");
            if (!name.isEmpty()) {
                productNames.putIfAbsent(name, name + " (tourism spending)");
            }
        }
        for (JsonNode p : config.path("projects")) {
            String name = p.path("name").asText("");
            if (!name.isEmpty()) {
                productNames.putIfAbsent(name + "-equipment", name + " (imported equipment)");
            }
        }
        Map<String, String> countryNames = new LinkedHashMap<>();
        for (JsonNode c : config.path("countries")) {
            countryNames.put(
                    c.path("iso3").asText(), text(c.path("name"), c.path("iso3").asText()));
        }

        List<PolicyChange> changes = new ArrayList<>();
        for (JsonNode e : config.path("events")) {
            YearMonth month = month(e.path("date"));
            if (month == null) {
                continue;
            }
            String type = eventType(e.path("type").asText("event"));
            Map<String, String> details = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : e.properties()) {
                String k = f.getKey();
                if (!k.equals("type")
                        && !k.equals("date")
                        && !k.equals("note")
                        && !f.getValue().isNull()) {
                    String v = f.getValue().isContainerNode()
                            ? f.getValue().toString()
                            : f.getValue().asText();
                    details.put(k, k.equals("layer") ? v.toLowerCase(Locale.ROOT) : v);
                }
            }
            java.util.Set<String> product = new java.util.TreeSet<>(e.findValuesAsText("product"));
            if (product.isEmpty()) {
                product.add("*");
            }
            product = java.util.Collections.unmodifiableSet(product);
            changes.add(new PolicyChange(
                    month, type, product, eventLabel(type, e, productNames), details, text(e.path("note"), "")));
            YearMonth until = month(e.path("until"));
            if (until != null) {
                changes.add(new PolicyChange(
                        until.plusMonths(1),
                        "end of " + type,
                        product,
                        endLabel(type, e, productNames),
                        details,
                        "the " + type + " of " + month + " ends after " + until));
            }
        }
        for (JsonNode line : config.path("tariffs")) {
            YearMonth until = month(line.path("until"));
            if (until == null) {
                continue;
            }
            Map<String, String> details = new LinkedHashMap<>();
            for (String k : List.of("importer", "product", "partner", "customs", "regulatory", "additional", "until")) {
                if (!line.path(k).isMissingNode() && !line.path(k).isNull()) {
                    details.put(k, line.path(k).asText());
                }
            }
            String product = line.path("product").asText("*");
            String label = line.path("importer").asText() + " " + shortProduct(product, productNames)
                    + " preference for " + line.path("partner").asText() + " lapses";
            changes.add(new PolicyChange(
                    until.plusMonths(1),
                    "preference lapse",
                    java.util.Set.of(product),
                    label,
                    details,
                    "tariff preference in force until " + until));
        }
        changes.sort(Comparator.comparing(PolicyChange::month));

        Map<Integer, Double> observed = new LinkedHashMap<>();
        for (JsonNode o : config.path("observed")) {
            if (o.path("year").isNumber() && o.path("totalUsd").isNumber()) {
                observed.put(o.path("year").asInt(), o.path("totalUsd").asDouble());
            }
        }
        return new RunManifest(
                scenario,
                description,
                replications,
                target,
                productNames,
                productImporters,
                productUnits,
                countryNames,
                List.copyOf(changes),
                observed,
                root);
    }

    /** The label of the event's lever ({@link Lever#label}); for a type no lever has, its keys. */
    private static String eventLabel(String type, JsonNode e, Map<String, String> productNames) {
        Lever lever = Lever.byConfigName(type);
        if (lever != null) {
            return lever.label(fields(e), key -> shortProduct(key, productNames));
        }
        String product = shortProduct(e.path("product").asText("*"), productNames);
        StringBuilder b = new StringBuilder(type);
        for (String k : List.of("name", "route")) {
            if (e.path(k).isTextual()) {
                b.append(' ').append(e.path(k).asText());
            }
        }
        if (e.path("exporter").isTextual() && e.path("importer").isTextual()) {
            b.append(' ')
                    .append(e.path("exporter").asText())
                    .append('→')
                    .append(e.path("importer").asText());
        }
        if (e.path("product").isTextual()) {
            b.append(' ').append(product);
        }
        return b.toString();
    }

    /** An event of the manifest as {@link Lever.EventFields}. */
    private static Lever.EventFields fields(JsonNode e) {
        return new Lever.EventFields() {
            @Override
            public String text(String key, String fallback) {
                return e.path(key).asText(fallback);
            }

            @Override
            public double number(String key) {
                return e.path(key).asDouble();
            }

            @Override
            public boolean isNumber(String key) {
                return e.path(key).isNumber();
            }
        };
    }

    /** The event type as written in configs: {@code duty}, or {@code pta} for a serialized {@code PolicyEvent$Pta}. */
    static String eventType(String raw) {
        String t = raw.contains("$") ? raw.substring(raw.lastIndexOf('$') + 1) : raw;
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t.isEmpty() ? "event" : t;
    }

    private static String endLabel(String type, JsonNode e, Map<String, String> productNames) {
        Lever lever = Lever.byConfigName(type);
        return lever != null ? lever.endLabel(fields(e), key -> shortProduct(key, productNames)) : type + " ends";
    }

    static String shortProduct(String key, Map<String, String> productNames) {
        if ("*".equals(key)) {
            return "all goods";
        }
        return key;
    }

    static String percent(double fraction) {
        return trim(fraction * 100) + "%";
    }

    static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static YearMonth month(JsonNode node) {
        if (!node.isTextual() || node.asText().length() < 7) {
            return null;
        }
        try {
            return YearMonth.parse(node.asText().substring(0, 7));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
    }
}
