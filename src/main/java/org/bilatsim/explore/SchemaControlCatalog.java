package org.bilatsim.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilatsim.config.ConfigSchema;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.YamlNode;

/**
 * Controls derived from the scenario's YAML tree and the declared config schema
 * ({@link ConfigSchema}): each control's label and help (the entry's description and the meaning of
 * its range), unit, step, default (for a key the file leaves out) and hard limits are the schema
 * entry of its path, so the page shows what the loader will accept. The source mark is the comment
 * of the value's line in the file ({@link ScenarioDocument#comment}).
 *
 * <p>What the schema cannot know is the slider's practical window: a loader range such as 1e13 US$
 * or an elasticity of substitution up to 50 is a hard limit, not a useful slider. {@link #WINDOWS}
 * gives the window for such keys (an ASSUMPTION of the explorer, said in the control's help text);
 * other keys with a range much wider than their value slide from 0 (or the schema's minimum) to
 * twice the value. The loader's range stays the hard limit: a value typed outside the window is
 * sent, and the loader decides.
 *
 * <p>Base-period duty lines ({@code tariffs}) are calibration inputs: the model calibrates its
 * preferences to the observed base flows at that duty, so moving one re-reads the base data instead
 * of changing policy. They are shown in their own folded section, and the panel's policy controls
 * for duties are dated {@code duty} events ({@link #POLICY_SECTION}).
 */
public final class SchemaControlCatalog implements ControlCatalog {
    /** The section of the first-class duty policy controls (each adds a dated {@code duty} event). */
    public static final String POLICY_SECTION = "Duty policy from a month";
    /** The section of the base-period duty lines. */
    public static final String BASE_DUTY_SECTION = "Base-period duty (calibration)";
    /** One line the page shows under each section's heading (why base duties are not policy). */
    public static final Map<String, String> SECTION_NOTES = Map.of(
            POLICY_SECTION,
                    "Each control adds a dated duty event (the way a new rate enters into force): the "
                            + "chart shows its effect from that month on.",
            BASE_DUTY_SECTION,
                    "The duty at which the base-year flows were observed. The model calibrates its "
                            + "preferences to those flows at this duty, so changing it re-reads the data rather than "
                            + "changing policy: use the duty policy controls above for a policy change.");

    /** A slider window narrower than the schema's range: an ASSUMPTION of the explorer, for exploring. */
    record Window(double min, double max) {}

    /** Practical slider windows by schema path (the loader's range stays the hard limit). */
    static final Map<String, Window> WINDOWS = Map.ofEntries(
            Map.entry("products.*.substitutionElasticity", new Window(1.1, 15)),
            Map.entry("products.*.importDemandElasticity", new Window(-5, -0.1)),
            Map.entry("products.*.demandGrowthPerYear", new Window(-0.1, 0.2)),
            Map.entry("events[tradeCost].factor", new Window(0.8, 1.2)),
            Map.entry("events[flights].tradeCostFactor", new Window(0.8, 1.2)),
            Map.entry("events[flights].seatsPerWeekChange", new Window(-2000, 5000)),
            Map.entry("events[exhibition].fixedCostFactor", new Window(0.5, 1)),
            Map.entry("tourism[].baseSeatsPerWeek", new Window(0, 10000)),
            Map.entry("tourism[].seatElasticity", new Window(0, 2)),
            Map.entry("tourism[].growthPerYear", new Window(-0.1, 0.3)),
            Map.entry("tourism[].spendPerVisitorUsd", new Window(0, 5000)),
            Map.entry("projects[].rampUpMonths", new Window(0, 60)),
            Map.entry("projects[].tranches[].rate", new Window(0, 0.2)),
            Map.entry("projects[].commodities[].priceVolatility", new Window(0, 1)),
            Map.entry("projects[].security.incidentProbabilityPerMonth", new Window(0, 0.2)),
            Map.entry("rules[promotion].everyMonths", new Window(1, 36)));

    /** Units whose values the page shows as a percentage. */
    private static final List<String> PERCENT_UNITS =
            List.of("fraction", "fraction per year", "probability", "probability per month");

    @Override
    public List<Group> groups(ScenarioDocument document, YamlNode.Mapping tree, List<String> eventPaths) {
        Builder b = new Builder(document, tree);
        policy(b, document);
        List<YamlNode> tariffs = list(tree, "tariffs");
        for (int i = 0; i < tariffs.size(); i++) {
            if (tariffs.get(i) instanceof YamlNode.Mapping line) {
                String title = text(line, "importer") + " duty on " + b.productName(text(line, "product")) + " from "
                        + partnerName(text(line, "partner"));
                b.group(
                        BASE_DUTY_SECTION,
                        title,
                        line,
                        null,
                        "tariffs." + i,
                        List.of("customs", "regulatory", "additional", "until"),
                        List.of("customs", "regulatory", "additional"));
            }
        }
        List<YamlNode> events = list(tree, "events");
        for (int k = 0; k < events.size() && k < eventPaths.size(); k++) {
            if (events.get(k) instanceof YamlNode.Mapping event
                    && !eventPaths.get(k).startsWith(POLICY + ".")) {
                b.types.put(eventPaths.get(k), text(event, "type"));
                b.event(event, eventPaths.get(k));
            }
        }
        if (tree.entries().get("products") instanceof YamlNode.Mapping products) {
            for (var entry : products.entries().entrySet()) {
                if (!(entry.getValue() instanceof YamlNode.Mapping product)) {
                    continue;
                }
                String prefix = "products." + entry.getKey();
                String title = b.productName(entry.getKey()) + " (imported by " + text(product, "importer") + ")";
                Group g = b.group(
                        "Products and demand",
                        title,
                        product,
                        null,
                        prefix,
                        List.of("substitutionElasticity", "importDemandElasticity", "demandGrowthPerYear"),
                        List.of("demandGrowthPerYear"));
                List<Control> controls = new ArrayList<>(g.controls());
                if (product.entries().get("sources") instanceof YamlNode.Mapping sources) {
                    for (var source : sources.entries().entrySet()) {
                        if (!source.getKey().equals("ROW") && source.getValue() instanceof YamlNode.Mapping s) {
                            Control c = b.control(
                                    s, "awareness", prefix + ".sources." + source.getKey() + ".awareness", true);
                            controls.add(relabel(c, "awareness of " + source.getKey()));
                        }
                    }
                }
                b.groups.set(
                        b.groups.size() - 1, new Group(g.section(), g.title(), g.note(), g.mark(), null, controls));
            }
        }
        List<YamlNode> tourism = list(tree, "tourism");
        for (int i = 0; i < tourism.size(); i++) {
            if (tourism.get(i) instanceof YamlNode.Mapping route) {
                b.group(
                        "Flights and tourism",
                        "Visitors from " + text(route, "visitorsFrom") + " to " + text(route, "destination")
                                + " (route " + text(route, "name") + ")",
                        route,
                        null,
                        "tourism." + i,
                        List.of("baseSeatsPerWeek", "seatElasticity", "growthPerYear", "spendPerVisitorUsd"),
                        List.of());
            }
        }
        List<YamlNode> contracts = list(tree, "contracts");
        for (int i = 0; i < contracts.size(); i++) {
            if (contracts.get(i) instanceof YamlNode.Mapping contract) {
                String prefix = "contracts." + i;
                String title = text(contract, "name") + " (" + text(contract, "kind") + ", "
                        + text(contract, "exporter") + " to " + text(contract, "importer") + ")";
                List<Control> controls = new ArrayList<>();
                if (contract.entries().get("recurring") instanceof YamlNode.Mapping recurring) {
                    for (String key : List.of("from", "to", "valueUsdPerDelivery", "acceptProbability")) {
                        if (recurring.entries().containsKey(key) || key.equals("acceptProbability")) {
                            controls.add(b.control(recurring, key, prefix + ".recurring." + key, true));
                        }
                    }
                }
                List<YamlNode> deliveries = list(contract, "deliveries");
                for (int j = 0; j < deliveries.size(); j++) {
                    if (deliveries.get(j) instanceof YamlNode.Mapping d) {
                        Control c = b.control(d, "valueUsd", prefix + ".deliveries." + j + ".valueUsd", false);
                        controls.add(relabel(c, "delivery of " + text(d, "date")));
                    }
                }
                b.add("Contracts", title, contract, null, controls);
            }
        }
        List<YamlNode> projects = list(tree, "projects");
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i) instanceof YamlNode.Mapping project) {
                String prefix = "projects." + i;
                Group g = b.group(
                        "Projects",
                        text(project, "name") + " in " + text(project, "country"),
                        project,
                        null,
                        prefix,
                        List.of("constructionStart", "capexEnd", "firstProduction", "rampUpMonths", "capexUsd"),
                        List.of());
                List<Control> controls = new ArrayList<>(g.controls());
                List<YamlNode> commodities = list(project, "commodities");
                for (int j = 0; j < commodities.size(); j++) {
                    if (commodities.get(j) instanceof YamlNode.Mapping c) {
                        for (String key : List.of("priceUsd", "priceVolatility", "capacityPerYear")) {
                            if (c.entries().containsKey(key)) {
                                Control k = b.control(c, key, prefix + ".commodities." + j + "." + key, false);
                                controls.add(relabel(k, text(c, "name") + ": " + k.label()));
                            }
                        }
                    }
                }
                List<YamlNode> tranches = list(project, "tranches");
                for (int j = 0; j < tranches.size(); j++) {
                    if (tranches.get(j) instanceof YamlNode.Mapping t
                            && t.entries().containsKey("rate")) {
                        Control k = b.control(t, "rate", prefix + ".tranches." + j + ".rate", false);
                        controls.add(relabel(k, "interest rate: " + text(t, "lender")));
                    }
                }
                if (project.entries().get("security") instanceof YamlNode.Mapping security
                        && security.entries().containsKey("incidentProbabilityPerMonth")) {
                    controls.add(b.control(
                            security,
                            "incidentProbabilityPerMonth",
                            prefix + ".security.incidentProbabilityPerMonth",
                            false));
                }
                if (project.entries().get("infrastructure") instanceof YamlNode.Mapping infrastructure
                        && infrastructure.entries().containsKey("readyDate")) {
                    controls.add(relabel(
                            b.control(infrastructure, "readyDate", prefix + ".infrastructure.readyDate", false),
                            text(infrastructure, "name") + " ready"));
                }
                b.groups.set(
                        b.groups.size() - 1, new Group(g.section(), g.title(), g.note(), g.mark(), null, controls));
            }
        }
        if (tree.entries().get("target") instanceof YamlNode.Mapping target) {
            b.group(
                    "Target",
                    "Two-way trade target between " + String.join(" and ", targetPair(target)),
                    target,
                    null,
                    "target",
                    List.of("valueUsd"),
                    List.of());
        }
        List<YamlNode> rules = list(tree, "rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof YamlNode.Mapping rule) {
                b.types.put("rules." + i, text(rule, "type"));
                b.group(
                        "Rules",
                        "Rule: " + text(rule, "type") + " (" + text(rule, "exporter") + " to " + text(rule, "importer")
                                + ")",
                        rule,
                        null,
                        "rules." + i,
                        List.of("everyMonths", "fixedCostFactor", "discoveryProbability"),
                        List.of());
            }
        }
        return b.groups;
    }

    /** The page-path prefix of the duty policy controls ({@code policy.2.rate}). */
    static final String POLICY = "policy";

    /**
     * The duty policy controls: for each bilateral duty target of the scenario ({@link EventTemplates#dutyTargets}),
     * a month and a rate. Moving either adds a dated {@code duty} event on the customs layer
     * ({@link Draft}); the shown rate is the customs duty the partner pays at the start.
     */
    private static void policy(Builder b, ScenarioDocument document) {
        var config = document.baseline();
        List<EventTemplates.Target> targets = EventTemplates.dutyTargets(config);
        for (int i = 0; i < targets.size(); i++) {
            Map<String, String> f = targets.get(i).fields();
            String prefix = POLICY + "." + i;
            b.types.put(prefix, "duty");
            String title = b.countryName(f.get("importer")) + "'s duty on " + b.productName(f.get("product")) + " from "
                    + b.countryName(f.get("partner"));
            List<Control> controls = List.of(
                    relabel(
                            b.fromSchema(
                                    "events[duty].date",
                                    prefix + ".date",
                                    EventTemplates.firstDate(config),
                                    "POLICY",
                                    ""),
                            "from the month"),
                    relabel(
                            b.fromSchema("events[duty].rate", prefix + ".rate", f.get("rate"), "POLICY", ""),
                            "customs duty from then on"));
            b.groups.add(new Group(POLICY_SECTION, title, "", "POLICY", null, controls));
        }
    }

    private static Control relabel(Control c, String label) {
        return new Control(
                c.path(),
                label,
                c.unit(),
                c.kind(),
                c.value(),
                c.min(),
                c.max(),
                c.step(),
                c.mark(),
                c.source(),
                c.help(),
                c.percent(),
                c.schemaPath(),
                c.limitMin(),
                c.limitMax());
    }

    private static List<String> targetPair(YamlNode.Mapping target) {
        List<String> pair = new ArrayList<>();
        list(target, "between").forEach(n -> pair.add(n instanceof YamlNode.Scalar s ? s.text() : "?"));
        return pair;
    }

    private static String partnerName(String partner) {
        return partner.equals("MFN") ? "every partner (MFN)" : partner;
    }

    static List<YamlNode> list(YamlNode.Mapping node, String key) {
        return node.entries().get(key) instanceof YamlNode.Sequence s ? s.items() : List.of();
    }

    static String text(YamlNode.Mapping node, String key) {
        return node.entries().get(key) instanceof YamlNode.Scalar s && s.text() != null ? s.text() : "?";
    }

    /** Collects the groups of one scenario. */
    private static final class Builder {
        final ScenarioDocument document;
        final YamlNode.Mapping tree;
        final List<Group> groups = new ArrayList<>();
        final String start;
        final String end;
        /** The type of each event and rule, by its page path ("events.3" → "duty"), for the schema path. */
        final Map<String, String> types = new HashMap<>();

        Builder(ScenarioDocument document, YamlNode.Mapping tree) {
            this.document = document;
            this.tree = tree;
            YamlNode.Mapping time = tree.entries().get("time") instanceof YamlNode.Mapping t
                    ? t
                    : new YamlNode.Mapping(null, Map.of(), Map.of());
            this.start = text(time, "start");
            this.end = text(time, "end");
        }

        String countryName(String iso3) {
            for (YamlNode n : list(tree, "countries")) {
                if (n instanceof YamlNode.Mapping c && text(c, "iso3").equals(iso3)) {
                    return text(c, "name");
                }
            }
            return iso3;
        }

        String productName(String key) {
            if (tree.entries().get("products") instanceof YamlNode.Mapping products
                    && products.entries().get(key) instanceof YamlNode.Mapping p) {
                String name = text(p, "name");
                return name.equals("?") ? key : name;
            }
            return key.equals("*") ? "every product" : key;
        }

        /** A group of the keys present (and of {@code always}, at their defaults, when absent). */
        Group group(
                String section,
                String title,
                YamlNode.Mapping node,
                String removePath,
                String prefix,
                List<String> keys,
                List<String> always) {
            List<Control> controls = new ArrayList<>();
            for (String key : keys) {
                if (node.entries().containsKey(key) || always.contains(key)) {
                    controls.add(control(node, key, prefix + "." + key, always.contains(key)));
                }
            }
            return add(section, title, node, removePath, controls);
        }

        Group add(String section, String title, YamlNode.Mapping node, String removePath, List<Control> controls) {
            String note = firstComment(node);
            Group g = new Group(section, title, note, ControlCatalog.mark(note), removePath, controls);
            groups.add(g);
            return g;
        }

        void event(YamlNode.Mapping event, String prefix) {
            String type = text(event, "type");
            String what = switch (type) {
                case "duty" ->
                    "duty: " + text(event, "importer") + " on " + productName(text(event, "product")) + " from "
                            + partnerName(text(event, "partner")) + " (" + text(event, "layer") + ")";
                case "tradeCost" ->
                    "trade cost: " + text(event, "exporter") + " to " + text(event, "importer") + ", "
                            + productName(text(event, "product"));
                case "exhibition" ->
                    "exhibition: " + text(event, "exporter") + " exporters in " + text(event, "importer") + ", "
                            + productName(text(event, "product"));
                case "pta" -> "PTA: " + text(event, "name");
                case "trq" ->
                    "tariff-rate quota: " + text(event, "importer") + " on " + productName(text(event, "product"));
                case "flights" -> "flights on route " + text(event, "route");
                default -> type;
            };
            String title = text(event, "date") + " · " + what;
            List<String> keys = switch (type) {
                case "duty" -> List.of("date", "rate", "until");
                case "tradeCost" -> List.of("date", "factor", "until");
                case "exhibition" -> List.of("date", "fixedCostFactor", "discoveryProbability");
                case "pta" -> List.of("date", "utilization");
                case "trq" -> List.of("date", "inQuotaRate", "outOfQuotaRate", "quotaVolumePerYear", "until");
                case "flights" -> List.of("date", "seatsPerWeekChange", "tradeCostFactor");
                default -> List.of("date");
            };
            List<String> always = switch (type) {
                case "exhibition" -> List.of("fixedCostFactor", "discoveryProbability");
                case "pta" -> List.of("utilization");
                case "flights" -> List.of("tradeCostFactor");
                default -> List.of();
            };
            Group g = group("Dated policy events", title, event, prefix, prefix, keys, always);
            if (type.equals("pta")) {
                List<Control> controls = new ArrayList<>(g.controls());
                List<YamlNode> concessions = list(event, "concessions");
                for (int j = 0; j < concessions.size(); j++) {
                    if (concessions.get(j) instanceof YamlNode.Mapping c) {
                        Control rate = control(c, "rate", prefix + ".concessions." + j + ".rate", false);
                        controls.add(relabel(
                                rate,
                                "preferential rate: " + text(c, "importer") + " on " + productName(text(c, "product"))
                                        + " from " + text(c, "partner")));
                    }
                }
                groups.set(
                        groups.size() - 1,
                        new Group(g.section(), g.title(), g.note(), g.mark(), g.removePath(), controls));
            }
        }

        Control control(YamlNode.Mapping node, String key, String path, boolean defaultAllowed) {
            YamlNode value = node.entries().get(key);
            String text = value instanceof YamlNode.Scalar s && s.text() != null ? s.text() : null;
            SourceLocation where = value == null ? null : value.location();
            String comment = where == null ? "" : document.comment(where);
            String mark = value == null ? "DEFAULT" : ControlCatalog.mark(comment);
            if (value instanceof YamlNode.Mapping distribution) {
                // An uncertain parameter (issue 16): the slider starts at its centre and, once moved,
                // fixes the key to one number (a --set replaces the distribution).
                text = centre(distribution);
                String source = distribution.entries().get("source") instanceof YamlNode.Scalar s ? s.text() : "";
                comment = "uncertain: " + describe(distribution)
                        + (source == null || source.isEmpty() ? "" : "; " + source);
                mark = ControlCatalog.mark(comment);
            }
            if (where != null && where.line() <= 0) {
                mark = "ADDED";
            }
            return fromSchema(pattern(path), path, text, mark, comment);
        }

        /** The centre of a distribution as written: its median, mode or mean, the middle of its range, or its first value. */
        private static String centre(YamlNode.Mapping distribution) {
            for (String key : List.of("median", "mode", "mean")) {
                if (distribution.entries().get(key) instanceof YamlNode.Scalar s && s.text() != null) {
                    return s.text();
                }
            }
            if (distribution.entries().get("min") instanceof YamlNode.Scalar lo
                    && lo.text() != null
                    && distribution.entries().get("max") instanceof YamlNode.Scalar hi
                    && hi.text() != null) {
                try {
                    return plain((Double.parseDouble(lo.text()) + Double.parseDouble(hi.text())) / 2);
                } catch (NumberFormatException notANumber) {
                    return lo.text();
                }
            }
            if (distribution.entries().get("values") instanceof YamlNode.Sequence values
                    && !values.items().isEmpty()
                    && values.items().get(0) instanceof YamlNode.Scalar first) {
                return first.text();
            }
            return null;
        }

        /** The distribution's keys and values, e.g. "lognormal, median 700, p5 400, p95 1200". */
        private static String describe(YamlNode.Mapping distribution) {
            List<String> parts = new ArrayList<>();
            for (var e : distribution.entries().entrySet()) {
                if (!e.getKey().equals("source")
                        && !e.getKey().equals("note")
                        && e.getValue() instanceof YamlNode.Scalar s
                        && s.text() != null) {
                    parts.add(e.getKey().equals("distribution") ? s.text() : e.getKey() + " " + s.text());
                }
            }
            return String.join(", ", parts);
        }

        /** A control of the schema entry {@code schemaPath}, at the value {@code text} (null: the entry's default). */
        Control fromSchema(String schemaPath, String path, String text, String mark, String comment) {
            ConfigSchema.Entry entry = ConfigSchema.entry(schemaPath);
            String label = label(entry.description());
            if (entry.type() == ConfigSchema.Type.MONTH) {
                return new Control(
                        path,
                        label,
                        "month",
                        "month",
                        text == null ? "" : text,
                        start,
                        end,
                        "1",
                        mark,
                        comment,
                        entry.description() + " (YYYY-MM); the model runs " + start + " to " + end,
                        false,
                        schemaPath,
                        start,
                        end);
            }
            if (text == null) {
                text = entry.defaultValue() instanceof Number n ? plain(n.doubleValue()) : "0";
            }
            double v = parse(text);
            double hardMin = entry.min();
            double hardMax = entry.max();
            double min = hardMin;
            double max = hardMax;
            Window w = WINDOWS.get(schemaPath);
            if (w != null) {
                min = w.min();
                max = w.max();
            } else if (!Double.isFinite(max)
                    || !Double.isFinite(min)
                    || (Double.isFinite(v) && max - min > 100 * Math.max(1, Math.abs(v)))) {
                // A money value or a count: the schema's range (up to 1e13) is a limit, not a slider.
                min = Math.max(Double.isFinite(min) ? min : 0, 0);
                max = Double.isFinite(v) && v > 0 ? niceCeiling(2 * v) : Math.min(hardMax, 1);
            }
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double step = entry.step() == null ? (max - min) / 200 : entry.step();
            if ((max - min) / step > 2000 || (max - min) / step < 10) {
                step = entry.type() == ConfigSchema.Type.INTEGER
                        ? Math.max(1, Math.round((max - min) / 200))
                        : (max - min) / 200;
            }
            String meaning = entry.range() == null || entry.range().meaning().isEmpty()
                    ? ""
                    : " (" + entry.range().meaning() + ")";
            String help = entry.description() + meaning;
            if (min > hardMin || max < hardMax) {
                help += "; the slider spans " + plain(min) + " to " + plain(max) + " for exploring, the loader accepts "
                        + entry.range().describe();
            }
            boolean percent = entry.type() == ConfigSchema.Type.FRACTION || PERCENT_UNITS.contains(entry.unit());
            return new Control(
                    path,
                    label,
                    entry.unit(),
                    "number",
                    text,
                    plain(min),
                    plain(max),
                    plain(step),
                    mark,
                    comment,
                    help,
                    percent,
                    schemaPath,
                    limit(hardMin),
                    limit(hardMax));
        }

        /**
         * The schema path pattern of a page path: list indices become {@code []}, product and origin
         * keys {@code *}, an event or rule its {@code [type]} ({@code added.0.rate} → {@code events[duty].rate}).
         */
        String pattern(String path) {
            String[] steps = path.split("\\.");
            StringBuilder out = new StringBuilder();
            int i = 0;
            if (steps.length >= 2
                    && (steps[0].equals("events")
                            || steps[0].equals("added")
                            || steps[0].equals("policy")
                            || steps[0].equals("rules"))) {
                String list = steps[0].equals("rules") ? "rules" : "events";
                out.append(list)
                        .append('[')
                        .append(types.getOrDefault(steps[0] + "." + steps[1], "?"))
                        .append(']');
                i = 2;
            }
            String previous = "";
            for (; i < steps.length; i++) {
                String step = steps[i];
                if (step.matches("\\d+")) {
                    out.append("[]");
                } else {
                    out.append(out.length() == 0 ? "" : ".")
                            .append(previous.equals("products") || previous.equals("sources") ? "*" : step);
                }
                previous = step;
            }
            return out.toString();
        }

        private static String label(String description) {
            int comma = description.indexOf(", ");
            return comma >= 12 ? description.substring(0, comma) : description;
        }

        private static String limit(double x) {
            return Double.isFinite(x) ? plain(x) : "";
        }

        /** The comment of the first line of a mapping (where an event's or a line's source is usually written). */
        private String firstComment(YamlNode.Mapping node) {
            for (YamlNode child : node.entries().values()) {
                if (child instanceof YamlNode.Scalar s && s.location() != null) {
                    String c = document.comment(s.location());
                    if (!c.isEmpty()) {
                        return c;
                    }
                }
            }
            return "";
        }
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code x}. */
    static double niceCeiling(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= x) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static String plain(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return new BigDecimal(Double.toString(x))
                .stripTrailingZeros()
                .toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
