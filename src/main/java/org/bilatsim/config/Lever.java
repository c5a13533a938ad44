package org.bilatsim.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The registry of policy levers: for each type of {@link PolicyEvent}, its config name (also its
 * JSON type id in the run manifest), its record, its binder (YAML to record) and its report labels.
 * How the agents apply each lever is the other half, in {@code agent.LeverHandler}, reached through
 * {@link PolicyEvent.Visitor}: config must not import agent, and the visitor makes the compiler
 * demand a handler for every lever.
 *
 * <p>An enum rather than a sealed hierarchy of descriptor classes: the set of levers is closed and
 * known at compile time, the entries are data (a name, a class and two functions) with no state, and
 * an enum gives iteration in a fixed order (for the loader's list of type names, the JSON
 * registration and the schema) and {@code valueOf}-style lookup for free. The records themselves stay
 * a sealed interface so that the visitor and {@code getPermittedSubclasses()} see every one.
 *
 * <p>Adding a lever: a record in {@link PolicyEvent} (with its {@code accept} and a
 * {@link PolicyEvent.Visitor} method), its binder in {@link LeverBinders}, an entry here, its keys in
 * {@link ConfigSchema}, and its handler method in {@code agent.LeverHandler}.
 */
public enum Lever {
    DUTY(
            "duty",
            PolicyEvent.DutyChange.class,
            LeverBinders::duty,
            (e, products) -> e.text("importer") + " " + layer(e) + "duty on " + products.apply(e.text("product", "*"))
                    + " from " + e.text("partner") + ": " + percent(e.number("rate")),
            (e, products) -> e.text("importer") + " " + layer(e) + "duty on " + products.apply(e.text("product", "*"))
                    + " from " + e.text("partner") + " reverts"),
    TRADE_COST(
            "tradeCost",
            PolicyEvent.TradeCostChange.class,
            LeverBinders::tradeCost,
            (e, products) ->
                    "trade cost " + e.text("exporter") + "→" + e.text("importer") + " ×" + trim(e.number("factor")),
            (e, products) -> "trade cost " + e.text("exporter") + "→" + e.text("importer") + " reverts"),
    EXHIBITION(
            "exhibition",
            PolicyEvent.Exhibition.class,
            LeverBinders::exhibition,
            (e, products) -> "trade fair " + e.text("exporter") + "→" + e.text("importer") + " "
                    + products.apply(e.text("product", "*")),
            (e, products) -> "exhibition ends"),
    PTA(
            "pta",
            PolicyEvent.Pta.class,
            LeverBinders::pta,
            (e, products) -> {
                String name = e.text("name", "");
                return name.toUpperCase(Locale.ROOT).startsWith("PTA")
                        ? name
                        : "PTA" + (name.isEmpty() ? "" : ": " + name);
            },
            (e, products) -> "pta ends"),
    TRQ(
            "trq",
            PolicyEvent.TariffRateQuota.class,
            LeverBinders::trq,
            (e, products) -> e.text("importer") + " quota on " + products.apply(e.text("product", "*")) + " from "
                    + e.text("partner") + ": " + percent(e.number("inQuotaRate")) + " in, "
                    + percent(e.number("outOfQuotaRate")) + " out",
            (e, products) -> e.text("importer") + " quota on " + products.apply(e.text("product", "*")) + " from "
                    + e.text("partner") + " ends"),
    FLIGHTS(
            "flights",
            PolicyEvent.Flights.class,
            LeverBinders::flights,
            (e, products) -> "flights " + e.text("route", "")
                    + (e.isNumber("seatsPerWeekChange")
                            ? " " + (e.number("seatsPerWeekChange") >= 0 ? "+" : "")
                                    + trim(e.number("seatsPerWeekChange")) + " seats/week"
                            : ""),
            (e, products) -> "flights ends");

    private final String configName;
    private final Class<? extends PolicyEvent> recordType;
    private final LeverBinder binder;
    private final Label label;
    private final Label endLabel;

    Lever(String configName, Class<? extends PolicyEvent> recordType, LeverBinder binder, Label label, Label endLabel) {
        this.configName = configName;
        this.recordType = recordType;
        this.binder = binder;
        this.label = label;
        this.endLabel = endLabel;
    }

    /** The event's {@code type:} in a config file, and its type id in manifest.json. */
    public String configName() {
        return configName;
    }

    /** The record that holds a bound event of this type. */
    public Class<? extends PolicyEvent> recordType() {
        return recordType;
    }

    LeverBinder binder() {
        return binder;
    }

    /**
     * A short label for a chart marker of an event of this type.
     *
     * @param event the event's keys as written in a manifest
     * @param products how a product key ({@code *} for all) is shown
     */
    public String label(EventFields event, UnaryOperator<String> products) {
        return label.of(event, products);
    }

    /** The label of the month the event's {@code until} ends. */
    public String endLabel(EventFields event, UnaryOperator<String> products) {
        return endLabel.of(event, products);
    }

    /** The config names, in registry order (for "must be one of" messages and the schema). */
    public static List<String> configNames() {
        return java.util.Arrays.stream(values()).map(Lever::configName).toList();
    }

    /** The lever of a config name, or null. */
    public static Lever byConfigName(String name) {
        return BY_NAME.get(name);
    }

    /** The lever whose record is {@code type}. */
    public static Lever of(Class<?> type) {
        for (Lever lever : values()) {
            if (lever.recordType == type) {
                return lever;
            }
        }
        throw new IllegalArgumentException("no lever is registered for " + type.getName());
    }

    private static final Map<String, Lever> BY_NAME;

    static {
        Map<String, Lever> byName = new java.util.LinkedHashMap<>();
        for (Lever lever : values()) {
            byName.put(lever.configName, lever);
        }
        BY_NAME = java.util.Collections.unmodifiableMap(byName);
    }

    /**
     * An event's keys as written (in a run's manifest.json, possibly of an older version), read
     * leniently: a report labels what it finds rather than failing on a missing key.
     */
    public interface EventFields {
        /** The key's text, or {@code fallback} if absent. */
        String text(String key, String fallback);

        /** The key's number, or 0 if absent. */
        double number(String key);

        /** Whether the key holds a number. */
        boolean isNumber(String key);

        default String text(String key) {
            return text(key, "");
        }
    }

    /** Turns a YAML mapping of an event into its record, with the loader's messages. */
    @FunctionalInterface
    interface LeverBinder {
        PolicyEvent bind(LeverBinders.Context context, YamlNode node, String path);
    }

    @FunctionalInterface
    private interface Label {
        String of(EventFields event, UnaryOperator<String> products);
    }

    private static String layer(EventFields e) {
        String layer = e.text("layer", "").toLowerCase(Locale.ROOT);
        return layer.isEmpty() || layer.equals("customs") ? "" : layer + " ";
    }

    /** A fraction as a percent without trailing zeros: 0.05 → "5%". */
    public static String percent(double fraction) {
        return trim(fraction * 100) + "%";
    }

    /** A number with at most four decimals and no trailing zeros. */
    public static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
