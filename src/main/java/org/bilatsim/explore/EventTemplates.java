package org.bilatsim.explore;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.ConfigSchema;
import org.bilatsim.config.Lever;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Source;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.config.TariffLine;
import org.bilatsim.config.YamlNode;

/**
 * The events a student can add, one lever type at a time, with the fields the loader requires for
 * it. The page picks a lever, one of the targets offered here (an importer, product and partner the
 * scenario has) and a month; the server writes the event from this table and the defaults below, so
 * nothing but a month and two indices comes from the browser. The numbers start at a neutral or
 * typical value (an ASSUMPTION of the explorer, marked ADDED on the page) and are then set with the
 * new event's controls.
 */
public final class EventTemplates {
    /** Where values written by the explorer come from, in messages and on the page. */
    static final SourceLocation ADDED = new SourceLocation("explorer", 0, 0);

    /** A lever type of the registry ({@link Lever}) as the page offers it. */
    public record LeverChoice(String type, String label, String help, List<Target> targets) {}

    /** What an added event acts on: its label on the page and the fields it fixes. */
    public record Target(String label, Map<String, String> fields) {}

    private EventTemplates() {}

    /**
     * The bilateral duty targets of a scenario (an importer, a product and one of its origins, not
     * MFN), each at the customs duty the origin pays at the start: its own line, or else the MFN line.
     * The duty policy controls of the page are these ({@link SchemaControlCatalog#POLICY_SECTION}).
     */
    public static List<Target> dutyTargets(ScenarioConfig config) {
        List<Target> duty = new ArrayList<>();
        for (Product p : config.products()) {
            for (Source s : p.sources()) {
                if (!s.exporter().equals("ROW")) {
                    duty.add(new Target(
                            p.importer() + ": " + p.name() + " from " + s.exporter(),
                            fields(
                                    "importer",
                                    p.importer(),
                                    "product",
                                    p.key(),
                                    "partner",
                                    s.exporter(),
                                    "layer",
                                    "customs",
                                    "rate",
                                    num(baseCustoms(config, p.key(), s.exporter())))));
                }
            }
        }
        return duty;
    }

    /** The customs duty on a product from a partner at the start: the partner's line, else MFN, else 0. */
    private static double baseCustoms(ScenarioConfig config, String product, String partner) {
        for (String who : List.of(partner, TariffLine.MFN)) {
            for (TariffLine t : config.tariffs()) {
                if (t.product().equals(product) && t.partner().equals(who)) {
                    return t.customs();
                }
            }
        }
        return 0;
    }

    /**
     * A field's first value when the scenario does not decide it: the schema's example for the
     * lever's key (e.g. {@code events[exhibition].fixedCostFactor} 0.8), marked ADDED on the page.
     */
    static String example(Lever lever, String key) {
        return ConfigSchema.entry("events[" + lever.configName() + "]." + key).example();
    }

    /** The levers of a scenario (in the order of the lever registry) and what each can act on. */
    public static List<LeverChoice> levers(ScenarioConfig config) {
        List<Target> duty = new ArrayList<>();
        List<Target> pta = new ArrayList<>();
        List<Target> quota = new ArrayList<>();
        List<Target> cost = new ArrayList<>();
        List<Target> fair = new ArrayList<>();
        for (Product p : config.products()) {
            double mfn = baseCustoms(config, p.key(), TariffLine.MFN);
            duty.add(new Target(
                    p.importer() + ": " + p.name() + " from every partner (MFN)",
                    fields(
                            "importer",
                            p.importer(),
                            "product",
                            p.key(),
                            "partner",
                            TariffLine.MFN,
                            "layer",
                            "customs",
                            "rate",
                            num(mfn))));
            for (Source s : p.sources()) {
                if (s.exporter().equals("ROW")) {
                    continue;
                }
                duty.add(new Target(
                        p.importer() + ": " + p.name() + " from " + s.exporter(),
                        fields(
                                "importer",
                                p.importer(),
                                "product",
                                p.key(),
                                "partner",
                                s.exporter(),
                                "layer",
                                "customs",
                                "rate",
                                num(baseCustoms(config, p.key(), s.exporter())))));
                pta.add(new Target(
                        p.importer() + " lowers the duty on " + p.name() + " from " + s.exporter(),
                        fields(
                                "name",
                                "PTA package added in the explorer",
                                "utilization",
                                example(Lever.PTA, "utilization"),
                                "importer",
                                p.importer(),
                                "product",
                                p.key(),
                                "partner",
                                s.exporter(),
                                "rate",
                                example(Lever.PTA, "concessions[].rate"))));
                quota.add(new Target(
                        p.importer() + ": " + p.name() + " from " + s.exporter(),
                        fields(
                                "importer",
                                p.importer(),
                                "product",
                                p.key(),
                                "partner",
                                s.exporter(),
                                "inQuotaRate",
                                example(Lever.TRQ, "inQuotaRate"),
                                "outOfQuotaRate",
                                num(mfn),
                                "quotaVolumePerYear",
                                num(Math.max(1, Math.round(s.baseValueUsd() / s.basePriceUsd()))))));
                cost.add(new Target(
                        s.exporter() + " to " + p.importer() + ": " + p.name(),
                        fields(
                                "exporter",
                                s.exporter(),
                                "importer",
                                p.importer(),
                                "product",
                                p.key(),
                                "factor",
                                example(Lever.TRADE_COST, "factor"))));
            }
        }
        List<String> pairs = new ArrayList<>();
        for (Product p : config.products()) {
            for (Source s : p.sources()) {
                String pair = s.exporter() + "|" + p.importer();
                if (!s.exporter().equals("ROW") && !pairs.contains(pair)) {
                    pairs.add(pair);
                    fair.add(new Target(
                            s.exporter() + " exporters in " + p.importer() + " (every product)",
                            fields(
                                    "exporter",
                                    s.exporter(),
                                    "importer",
                                    p.importer(),
                                    "product",
                                    PolicyEvent.ALL_PRODUCTS,
                                    "fixedCostFactor",
                                    example(Lever.EXHIBITION, "fixedCostFactor"),
                                    "discoveryProbability",
                                    example(Lever.EXHIBITION, "discoveryProbability"))));
                }
            }
        }
        List<Target> flights = new ArrayList<>();
        config.tourism()
                .forEach(r -> flights.add(new Target(
                        "route " + r.name(),
                        fields(
                                "route",
                                r.name(),
                                "seatsPerWeekChange",
                                example(Lever.FLIGHTS, "seatsPerWeekChange"),
                                "tradeCostFactor",
                                example(Lever.FLIGHTS, "tradeCostFactor")))));
        Map<Lever, LeverChoice> byLever = new EnumMap<>(Lever.class);
        byLever.put(
                Lever.DUTY,
                choice(Lever.DUTY, "Duty change", "sets one duty layer from the month on (0.15 = 15%)", duty));
        byLever.put(
                Lever.PTA,
                choice(Lever.PTA, "PTA concession", "a preferential rate claimed by a share of imports", pta));
        byLever.put(
                Lever.EXHIBITION,
                choice(Lever.EXHIBITION, "Trade exhibition", "lower fixed costs; importers discover the origin", fair));
        byLever.put(
                Lever.TRADE_COST,
                choice(Lever.TRADE_COST, "Trade-cost change", "e.g. a transit agreement: 0.97 = 3% cheaper", cost));
        byLever.put(
                Lever.TRQ,
                choice(Lever.TRQ, "Tariff-rate quota", "a low rate up to a yearly volume, then a higher one", quota));
        byLever.put(
                Lever.FLIGHTS,
                choice(Lever.FLIGHTS, "Direct flights", "more seats; goods trade costs fall a little", flights));
        List<LeverChoice> levers = new ArrayList<>();
        for (Lever lever : Lever.values()) {
            LeverChoice c = byLever.get(lever);
            if (c == null) {
                throw new IllegalStateException("no explorer template for the lever " + lever.configName());
            }
            if (!c.targets().isEmpty()) {
                levers.add(c);
            }
        }
        return levers;
    }

    private static LeverChoice choice(Lever lever, String label, String help, List<Target> targets) {
        return new LeverChoice(lever.configName(), label, help, targets);
    }

    /** The YAML item of an added event (a PTA gets its one concession as a list). */
    static YamlNode.Mapping item(String type, Target target, String date) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        entries.put("type", scalar(type));
        entries.put("date", scalar(date));
        Map<String, String> f = target.fields();
        if (type.equals("pta")) {
            entries.put("name", new YamlNode.Scalar(ADDED, f.get("name"), true));
            entries.put("utilization", scalar(f.get("utilization")));
            Map<String, YamlNode> concession = new LinkedHashMap<>();
            for (String key : List.of("importer", "product", "partner", "rate")) {
                concession.put(key, scalar(f.get(key)));
            }
            entries.put("concessions", new YamlNode.Sequence(ADDED, List.of(mapping(concession))));
        } else {
            f.forEach((k, v) -> entries.put(k, new YamlNode.Scalar(ADDED, v, v.equals(PolicyEvent.ALL_PRODUCTS))));
        }
        return mapping(entries);
    }

    /** A month from the page: written plain when it looks like one, quoted otherwise (the loader then says why). */
    private static YamlNode.Scalar scalar(String text) {
        return new YamlNode.Scalar(ADDED, text, !text.matches("[0-9A-Za-z._-]{1,40}"));
    }

    private static YamlNode.Mapping mapping(Map<String, YamlNode> entries) {
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        entries.keySet().forEach(k -> keys.put(k, ADDED));
        return new YamlNode.Mapping(ADDED, entries, keys);
    }

    /** A month a year after the start (or the start, for a short run), as a first date for a new event. */
    public static String firstDate(ScenarioConfig config) {
        YearMonth date = config.start().plusYears(2);
        return (date.isAfter(config.end()) ? config.start() : date).toString();
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String num(double x) {
        return SchemaControlCatalog.plain(x);
    }
}
