package org.bilatsim.explore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.YamlNode;

/**
 * Controls derived from the scenario's YAML tree and the key names the loader knows. Where the
 * ranges come from: each key's slider spans the loader's allowed range where that range is narrow
 * (fractions 0 to 1, probabilities, the time span for months), and otherwise a range chosen here for
 * exploring (an ASSUMPTION of the explorer, stated in {@link #KEYS}: e.g. elasticities of
 * substitution 1.1 to 15 where the loader allows up to 50; money values 0 to twice the scenario's
 * value). A value typed outside the slider is still sent: the loader decides, and its message is
 * shown next to the control. Defaults for keys the file leaves out are the loader's defaults.
 */
public final class YamlControlCatalog implements ControlCatalog {

    /** What the page shows for a key, and its slider. {@code min}/{@code max} NaN: relative to the value. */
    record Key(String label, String unit, double min, double max, double step, String fallback, String help,
            boolean percent) {
    }

    private static final double RELATIVE = Double.NaN;

    /** The known keys, by name (the last step of a path). */
    static final Map<String, Key> KEYS = Map.ofEntries(
            duty("customs", "customs duty"), duty("regulatory", "regulatory duty"),
            duty("additional", "additional duty"), duty("rate", "duty rate"),
            duty("inQuotaRate", "in-quota duty"), duty("outOfQuotaRate", "out-of-quota duty"),
            Map.entry("utilization", new Key("utilisation", "share of eligible imports", 0, 1, 0.05, "1",
                    "share of imports that meet the rules of origin and claim the preference", true)),
            Map.entry("quotaVolumePerYear", new Key("quota volume", "product units per year", 0, RELATIVE, 0, null,
                    "imports per year that pay the in-quota rate", false)),
            Map.entry("factor", new Key("trade-cost factor", "× CIF/FOB ratio", 0.8, 1.2, 0.01, null,
                    "multiplies the trade cost; 0.97 = landed price 3% lower", false)),
            Map.entry("tradeCostFactor", new Key("trade-cost factor", "× CIF/FOB ratio", 0.8, 1.2, 0.01, "1",
                    "multiplies goods trade costs between the two countries", false)),
            Map.entry("seatsPerWeekChange", new Key("seats added", "seats per week", -2000, 5000, 10, null,
                    "direct seats per week added (negative: removed)", false)),
            Map.entry("fixedCostFactor", new Key("fixed-cost factor", "× exporters' fixed cost", 0.5, 1, 0.01, "1",
                    "multiplies exporters' monthly fixed cost of serving the market; 0.9 = 10% lower", false)),
            Map.entry("discoveryProbability", new Key("discovery probability", "probability", 0, 1, 0.01, "0",
                    "chance that an importer who does not know the origin discovers it", true)),
            Map.entry("substitutionElasticity", new Key("elasticity of substitution", "σ", 1.1, 15, 0.1, null,
                    "how strongly importers switch between origins when prices differ (loader allows up to 50)",
                    false)),
            Map.entry("importDemandElasticity", new Key("import demand elasticity", "ε", -5, -0.1, 0.1, null,
                    "how total imports respond to the price index (loader allows -20 to 0)", false)),
            Map.entry("demandGrowthPerYear", new Key("demand growth", "fraction per year", -0.1, 0.2, 0.005, "0",
                    "growth of the importing market per year", true)),
            Map.entry("awareness", new Key("awareness", "share of importers", 0.01, 1, 0.01, "1",
                    "share of importers who know this origin at the start", true)),
            Map.entry("baseSeatsPerWeek", new Key("direct seats at the start", "seats per week", 0, 10000, 10, null,
                    "direct flight seats per week at the start", false)),
            Map.entry("seatElasticity", new Key("seat elasticity", "elasticity", 0, 2, 0.05, "0.5",
                    "how visitors respond to seats", false)),
            Map.entry("growthPerYear", new Key("visitor growth", "fraction per year", -0.1, 0.3, 0.01, "0",
                    "trend growth of visitors per year", true)),
            Map.entry("spendPerVisitorUsd", new Key("spend per visitor", "US$", 0, 5000, 50, null,
                    "what a visitor spends (travel exports)", false)),
            Map.entry("valueUsdPerDelivery", new Key("value per delivery", "US$", 0, RELATIVE, 0, null,
                    "value of one delivery of the contract", false)),
            Map.entry("acceptProbability", new Key("acceptance probability", "probability", 0, 1, 0.05, "1",
                    "chance the buyer takes a delivery", true)),
            Map.entry("valueUsd", new Key("value", "US$", 0, RELATIVE, 0, null,
                    "US$ (a delivery's value, or the target's two-way trade per year)", false)),
            Map.entry("capexUsd", new Key("capital expenditure", "US$", 0, RELATIVE, 0, null,
                    "total capex of the project", false)),
            Map.entry("priceUsd", new Key("price", "US$ per unit", 0, RELATIVE, 0, null,
                    "world price of the commodity at the start", false)),
            Map.entry("priceVolatility", new Key("price volatility", "annual sd of the log price", 0, 1, 0.01, "0",
                    "how much the commodity price moves from year to year", false)),
            Map.entry("capacityPerYear", new Key("capacity", "units per year", 0, RELATIVE, 0, null,
                    "output at full capacity", false)),
            Map.entry("rampUpMonths", new Key("ramp-up", "months", 0, 60, 1, null,
                    "months from first production to full capacity", false)),
            Map.entry("incidentProbabilityPerMonth", new Key("security incidents", "probability per month", 0, 0.2, 0.005,
                    "0", "chance that a security incident stops the project in a month", true)),
            Map.entry("everyMonths", new Key("every", "months", 1, 36, 1, null,
                    "months between two promotions", false)));

    private static Map.Entry<String, Key> duty(String key, String label) {
        return Map.entry(key, new Key(label, "fraction of customs value", 0, 1, 0.01, "0",
                "a fraction: 0.15 is a 15% duty", true));
    }

    private static final List<String> MONTH_KEYS = List.of("date", "until", "from", "to", "constructionStart",
            "capexEnd", "firstProduction", "readyDate");

    @Override
    public List<Group> groups(ScenarioDocument document, YamlNode.Mapping tree, List<String> eventPaths) {
        Builder b = new Builder(document, tree);
        List<YamlNode> tariffs = list(tree, "tariffs");
        for (int i = 0; i < tariffs.size(); i++) {
            if (tariffs.get(i) instanceof YamlNode.Mapping line) {
                String title = text(line, "importer") + " duty on " + b.productName(text(line, "product")) + " from "
                        + partnerName(text(line, "partner"));
                b.group("Duties in force at the start", title, line, null, "tariffs." + i,
                        List.of("customs", "regulatory", "additional", "until"), List.of("customs", "regulatory", "additional"));
            }
        }
        List<YamlNode> events = list(tree, "events");
        for (int k = 0; k < events.size() && k < eventPaths.size(); k++) {
            if (events.get(k) instanceof YamlNode.Mapping event) {
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
                Group g = b.group("Products and demand", title, product, null, prefix,
                        List.of("substitutionElasticity", "importDemandElasticity", "demandGrowthPerYear"),
                        List.of("demandGrowthPerYear"));
                List<Control> controls = new ArrayList<>(g.controls());
                if (product.entries().get("sources") instanceof YamlNode.Mapping sources) {
                    for (var source : sources.entries().entrySet()) {
                        if (!source.getKey().equals("ROW") && source.getValue() instanceof YamlNode.Mapping s) {
                            Control c = b.control(s, "awareness", prefix + ".sources." + source.getKey() + ".awareness",
                                    true);
                            controls.add(new Control(c.path(), "awareness of " + source.getKey(), c.unit(), c.kind(),
                                    c.value(), c.min(), c.max(), c.step(), c.mark(), c.source(), c.help(), c.percent()));
                        }
                    }
                }
                b.groups.set(b.groups.size() - 1, new Group(g.section(), g.title(), g.note(), g.mark(), null, controls));
            }
        }
        List<YamlNode> tourism = list(tree, "tourism");
        for (int i = 0; i < tourism.size(); i++) {
            if (tourism.get(i) instanceof YamlNode.Mapping route) {
                b.group("Flights and tourism", "Visitors from " + text(route, "visitorsFrom") + " to "
                        + text(route, "destination") + " (route " + text(route, "name") + ")", route, null, "tourism." + i,
                        List.of("baseSeatsPerWeek", "seatElasticity", "growthPerYear", "spendPerVisitorUsd"), List.of());
            }
        }
        List<YamlNode> contracts = list(tree, "contracts");
        for (int i = 0; i < contracts.size(); i++) {
            if (contracts.get(i) instanceof YamlNode.Mapping contract) {
                String prefix = "contracts." + i;
                String title = text(contract, "name") + " (" + text(contract, "kind") + ", " + text(contract, "exporter")
                        + " to " + text(contract, "importer") + ")";
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
                        controls.add(new Control(c.path(), "delivery of " + text(d, "date"), c.unit(), c.kind(), c.value(),
                                c.min(), c.max(), c.step(), c.mark(), c.source(), c.help(), c.percent()));
                    }
                }
                b.add("Contracts", title, contract, null, controls);
            }
        }
        List<YamlNode> projects = list(tree, "projects");
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i) instanceof YamlNode.Mapping project) {
                String prefix = "projects." + i;
                Group g = b.group("Projects", text(project, "name") + " in " + text(project, "country"), project, null,
                        prefix, List.of("constructionStart", "capexEnd", "firstProduction", "rampUpMonths", "capexUsd"),
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
                    if (tranches.get(j) instanceof YamlNode.Mapping t && t.entries().containsKey("rate")) {
                        Control k = b.control(t, "rate", prefix + ".tranches." + j + ".rate", false);
                        controls.add(new Control(k.path(), "interest rate: " + text(t, "lender"), "fraction per year", k.kind(),
                                k.value(), "0", "0.2", "0.005", k.mark(), k.source(), "annual interest rate of the loan", true));
                    }
                }
                if (project.entries().get("security") instanceof YamlNode.Mapping security
                        && security.entries().containsKey("incidentProbabilityPerMonth")) {
                    controls.add(b.control(security, "incidentProbabilityPerMonth",
                            prefix + ".security.incidentProbabilityPerMonth", false));
                }
                if (project.entries().get("infrastructure") instanceof YamlNode.Mapping infrastructure
                        && infrastructure.entries().containsKey("readyDate")) {
                    controls.add(relabel(b.control(infrastructure, "readyDate", prefix + ".infrastructure.readyDate", false),
                            text(infrastructure, "name") + " ready"));
                }
                b.groups.set(b.groups.size() - 1, new Group(g.section(), g.title(), g.note(), g.mark(), null, controls));
            }
        }
        if (tree.entries().get("target") instanceof YamlNode.Mapping target) {
            b.group("Target", "Two-way trade target between " + String.join(" and ", targetPair(target)), target, null,
                    "target", List.of("valueUsd"), List.of());
        }
        List<YamlNode> rules = list(tree, "rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i) instanceof YamlNode.Mapping rule) {
                b.group("Rules", "Rule: " + text(rule, "type") + " (" + text(rule, "exporter") + " to "
                        + text(rule, "importer") + ")", rule, null, "rules." + i,
                        List.of("everyMonths", "fixedCostFactor", "discoveryProbability"), List.of());
            }
        }
        return b.groups;
    }

    private static Control relabel(Control c, String label) {
        return new Control(c.path(), label, c.unit(), c.kind(), c.value(), c.min(), c.max(), c.step(), c.mark(),
                c.source(), c.help(), c.percent());
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

        Builder(ScenarioDocument document, YamlNode.Mapping tree) {
            this.document = document;
            this.tree = tree;
            YamlNode.Mapping time = tree.entries().get("time") instanceof YamlNode.Mapping t ? t
                    : new YamlNode.Mapping(null, Map.of(), Map.of());
            this.start = text(time, "start");
            this.end = text(time, "end");
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
        Group group(String section, String title, YamlNode.Mapping node, String removePath, String prefix,
                List<String> keys, List<String> always) {
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
                case "duty" -> "duty: " + text(event, "importer") + " on " + productName(text(event, "product")) + " from "
                        + partnerName(text(event, "partner")) + " (" + text(event, "layer") + ")";
                case "tradeCost" -> "trade cost: " + text(event, "exporter") + " to " + text(event, "importer") + ", "
                        + productName(text(event, "product"));
                case "exhibition" -> "exhibition: " + text(event, "exporter") + " exporters in " + text(event, "importer")
                        + ", " + productName(text(event, "product"));
                case "pta" -> "PTA: " + text(event, "name");
                case "trq" -> "tariff-rate quota: " + text(event, "importer") + " on " + productName(text(event, "product"));
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
                        controls.add(new Control(rate.path(), "preferential rate: " + text(c, "importer") + " on "
                                + productName(text(c, "product")) + " from " + text(c, "partner"), rate.unit(), rate.kind(),
                                rate.value(), rate.min(), rate.max(), rate.step(), rate.mark(), rate.source(), rate.help(),
                                rate.percent()));
                    }
                }
                groups.set(groups.size() - 1, new Group(g.section(), g.title(), g.note(), g.mark(), g.removePath(),
                        controls));
            }
        }

        Control control(YamlNode.Mapping node, String key, String path, boolean defaultAllowed) {
            YamlNode value = node.entries().get(key);
            String text = value instanceof YamlNode.Scalar s && s.text() != null ? s.text() : null;
            SourceLocation where = value == null ? null : value.location();
            String comment = where == null ? "" : document.comment(where);
            String mark = value == null ? "DEFAULT" : ControlCatalog.mark(comment);
            if (where != null && where.line() <= 0) {
                mark = "ADDED";
            }
            if (MONTH_KEYS.contains(key)) {
                return new Control(path, labelOfMonth(key), "month", "month", text == null ? "" : text, start, end, "1",
                        mark, comment, "the month it takes effect (YYYY-MM); the model runs " + start + " to " + end,
                        false);
            }
            Key k = KEYS.getOrDefault(key, new Key(key, "", 0, RELATIVE, 0, null, key, false));
            if (text == null) {
                text = k.fallback() != null ? k.fallback() : "0";
            }
            double v = parse(text);
            double min = k.min();
            double max = k.max();
            double step = k.step();
            if (Double.isNaN(max)) {
                max = Double.isFinite(v) && v > 0 ? niceCeiling(2 * v) : 1;
                step = max / 200;
            }
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return new Control(path, k.label(), k.unit(), "number", text, plain(min), plain(max), plain(step), mark,
                    comment, k.help(), k.percent());
        }

        private static String labelOfMonth(String key) {
            return switch (key) {
                case "date" -> "date";
                case "until" -> "until (last month)";
                case "from" -> "first delivery month";
                case "to" -> "last delivery month";
                case "constructionStart" -> "construction starts";
                case "capexEnd" -> "capex ends";
                case "firstProduction" -> "first production";
                default -> key;
            };
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
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
