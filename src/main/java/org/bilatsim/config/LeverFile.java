package org.bilatsim.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A levers file for the cheapest-mix search ({@code bilatsim goalseek CONFIG --levers levers.yaml}),
 * read with the scenario loader's strictness and messages (unknown keys, wrong types, values out of
 * range: file:line:column, key, value and what is allowed):
 *
 * <pre>
 * discount: {rate: 0.05, source: "ASSUMPTION: a real social discount rate"}
 * levers:
 *   - path: tariffs.0.customs          # any numeric key or event field of the scenario
 *     lower: 0                         # optional: the schema's range when absent
 *     upper: 0.15
 *     cost: {tariffRevenue: true}      # the duty revenue forgone, computed by the model
 *   - path: events.7.seatsPerWeekChange
 *     lower: 0
 *     upper: 60
 *     cost: {usdPerUnitPerYear: 150000, from: 2026, source: "ASSUMPTION: subsidy per weekly seat"}
 * </pre>
 *
 * <p>Every cost carries its unit in its key — {@code usdPerUnit} (US$ per unit of change, once, in
 * the year {@code from}), {@code usdPerUnitPerYear} (US$ per unit of change in every year from
 * {@code from} to the target year) — and a {@code source} (a citation, or an ESTIMATE/ASSUMPTION
 * mark); {@code tariffRevenue: true} adds the duty revenue the change forgoes, which the model
 * computes. A cost written as a bare number is rejected: its unit would be a guess.
 */
public record LeverFile(Path file, double discountRate, String discountSource, List<Entry> levers) {
    public LeverFile {
        levers = List.copyOf(levers);
    }

    /**
     * What a unit of change costs.
     *
     * @param tariffRevenue     whether the duty revenue forgone counts (computed by the model)
     * @param usdPerUnit        US$ per unit of change, once, in {@code fromYear}
     * @param usdPerUnitPerYear US$ per unit of change in every year from {@code fromYear}
     * @param fromYear          first year of the cost; null for the scenario's first year
     * @param source            the cost's source or ESTIMATE/ASSUMPTION mark ("" for revenue only)
     */
    public record Cost(
            boolean tariffRevenue, double usdPerUnit, double usdPerUnitPerYear, Integer fromYear, String source) {}

    /**
     * One lever.
     *
     * @param lower    the lowest value to search (null: the schema's)
     * @param upper    the highest value to search (null: the schema's)
     * @param location where the lever's item is written
     * @param lowerLocation where {@code lower} is written (the item's location when absent)
     * @param upperLocation where {@code upper} is written
     */
    public record Entry(
            String path,
            Double lower,
            Double upper,
            Cost cost,
            SourceLocation location,
            SourceLocation lowerLocation,
            SourceLocation upperLocation) {}

    private static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, "");
    private static final Range NON_NEGATIVE = Range.closed(0, Double.POSITIVE_INFINITY, "US$");
    private static final Range RATE = Range.closed(0, 1, "a fraction per year: 0.05 is 5 %");

    /** Reads and checks a levers file. */
    public static LeverFile load(Path file) {
        YamlNode root = ConfigLoader.readTree(file);
        MapReader top = new MapReader(root, "", List.of("levers"), List.of("discount"));
        double rate = 0;
        String rateSource = "";
        if (top.has("discount")) {
            MapReader discount = new MapReader(top.node("discount"), "discount", List.of("rate", "source"), List.of());
            rate = discount.number("rate", RATE);
            rateSource = discount.text("source");
        }
        List<YamlNode> items = MapReader.asList(top.node("levers"), "levers");
        if (items.isEmpty()) {
            throw new ConfigException(top.node("levers").location(), "levers", "list at least one lever");
        }
        List<Entry> levers = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "levers[" + i + "]";
            MapReader item =
                    new MapReader(items.get(i), at, List.of("path", "cost"), List.of("lower", "upper", "note"));
            String path = item.text("path");
            if (!paths.add(path)) {
                throw new ConfigException(
                        item.node("path").location(),
                        at + ".path",
                        "'" + path + "' is listed twice; give each lever once");
            }
            Double lower = item.has("lower") ? item.number("lower", ANY) : null;
            Double upper = item.has("upper") ? item.number("upper", ANY) : null;
            if (lower != null && upper != null && lower >= upper) {
                throw new ConfigException(
                        item.node("upper").location(),
                        at + ".upper = " + MapReader.format(upper),
                        "must be above lower (" + MapReader.format(lower) + ")");
            }
            YamlNode costNode = item.node("cost");
            if (costNode instanceof YamlNode.Scalar scalar) {
                throw new ConfigException(
                        scalar.location(),
                        at + ".cost = " + scalar.describe(),
                        "a cost needs its unit: write {usdPerUnit: ..., source: ...} (US$ per unit of change, once), "
                                + "{usdPerUnitPerYear: ..., source: ...} or {tariffRevenue: true}");
            }
            MapReader cost = new MapReader(
                    costNode,
                    at + ".cost",
                    List.of(),
                    List.of("tariffRevenue", "usdPerUnit", "usdPerUnitPerYear", "from", "source"));
            boolean revenue = cost.bool("tariffRevenue", false);
            double once = cost.number("usdPerUnit", NON_NEGATIVE, 0);
            double yearly = cost.number("usdPerUnitPerYear", NON_NEGATIVE, 0);
            Integer from = cost.has("from") ? (int) cost.integer("from", 1900, 2200) : null;
            boolean priced = cost.has("usdPerUnit") || cost.has("usdPerUnitPerYear");
            if (!revenue && !priced) {
                throw new ConfigException(
                        cost.location(),
                        at + ".cost",
                        "give usdPerUnit, usdPerUnitPerYear or "
                                + "tariffRevenue: true (a lever that costs nothing needs no search)");
            }
            if (priced && !cost.has("source")) {
                throw new ConfigException(
                        cost.location(),
                        at + ".cost.source",
                        "a cost needs its source or an ESTIMATE/ASSUMPTION mark, e.g. source: \"ASSUMPTION: ...\"");
            }
            String source = cost.text("source", "");
            if (priced && source.isBlank()) {
                throw new ConfigException(
                        cost.location(), at + ".cost.source", "a cost needs its source or an ESTIMATE/ASSUMPTION mark");
            }
            SourceLocation location = items.get(i).location();
            levers.add(new Entry(
                    path,
                    lower,
                    upper,
                    new Cost(revenue, once, yearly, from, source),
                    location,
                    item.has("lower") ? item.node("lower").location() : location,
                    item.has("upper") ? item.node("upper").location() : location));
        }
        return new LeverFile(file, rate, rateSource, levers);
    }
}
