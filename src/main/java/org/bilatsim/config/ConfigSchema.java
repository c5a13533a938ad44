package org.bilatsim.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every key a scenario file may hold, declared once: its path, type, whether it is required, its
 * range, default, unit, description, an example and a slider step. The loader reads each value
 * through its entry (so the ranges and messages here are the ones users see), the records check
 * their invariants with the same entries, and the README's config reference and
 * {@code docs/bilatsim.schema.json} are generated from this table ({@code ConfigReference}).
 *
 * <p>Key paths: {@code a.b} a key of a mapping; {@code a.*} any key of a keyed mapping (product
 * keys, origins); {@code a[]} the items of a list; {@code events[duty]} the items of a list whose
 * {@code type} is {@code duty}. The table is public for tools built on it (an interactive explorer
 * reads {@link Entry#range()} and {@link Entry#step()} for its sliders; an uncertainty feature picks
 * the numeric keys).
 */
public final class ConfigSchema {
    /** What a key holds. */
    public enum Type {
        /** A finite number within {@link Entry#range()}. */
        NUMBER("number"),
        /** A number, or the word {@code infinite} (YAML's {@code .inf}). */
        NUMBER_OR_INFINITE("number or infinite"),
        /** A whole number from {@link Entry#min()} to {@link Entry#max()}. */
        INTEGER("integer"),
        /** A duty or interest rate: a fraction from 0 to 1 (15 is rejected with "write 0.15"). */
        FRACTION("fraction"),
        /** A month {@code YYYY-MM} (a date {@code YYYY-MM-DD} counts as its month). */
        MONTH("month"),
        /** Free text, or text matching {@link Entry#pattern()}. */
        TEXT("text"),
        /** One of {@link Entry#values()}. */
        ENUM("one of"),
        /** {@code true} or {@code false}. */
        BOOL("true/false"),
        /** A mapping of fixed keys (the entries below it). */
        SECTION("mapping"),
        /** A mapping whose keys are names matching {@link Entry#pattern()} (e.g. product keys). */
        MAP("keyed mapping"),
        /** A list of mappings (or, with {@link Entry#pattern()}, of words). */
        LIST("list");

        private final String word;

        Type(String word) {
            this.word = word;
        }

        /** The word used in the README. */
        public String word() {
            return word;
        }

        /** True for the numeric types a slider or a distribution can drive. */
        public boolean numeric() {
            return this == NUMBER || this == NUMBER_OR_INFINITE || this == INTEGER || this == FRACTION;
        }
    }

    /**
     * One key.
     *
     * @param path the key path pattern, e.g. {@code products.*.sources.*.tradeCost}
     * @param type what it holds
     * @param required whether a complete scenario must give it
     * @param range the allowed interval of a number (closed [0, 1] for a fraction), null otherwise;
     *     its {@code meaning} is the hint in parentheses of the loader's message
     * @param defaultValue the value when absent (a Double, Long, Boolean or String), null if none
     * @param unit the unit (e.g. {@code US$/year}, {@code fraction}), empty if none
     * @param description one sentence for the README and the editor's hover
     * @param example a value as it would be written in a scenario
     * @param step a slider step for a numeric key, null otherwise
     * @param values the allowed words of an {@link Type#ENUM}
     * @param pattern the regular expression of a {@link Type#TEXT} (or the keys of a {@link Type#MAP}),
     *     null if any text
     * @param allowed what the pattern means, for the message "must be ..."
     * @param minItems the least number of items of a list, or of keys of a mapping
     * @param uncertain whether a scenario may give the key a distribution instead of a number
     *     ({@link Uncertainty}): every numeric key may, except the target, observed totals, years,
     *     agent counts and the seed, which are facts of the question rather than uncertain parameters
     */
    public record Entry(
            String path,
            Type type,
            boolean required,
            Range range,
            Object defaultValue,
            String unit,
            String description,
            String example,
            Double step,
            List<String> values,
            String pattern,
            String allowed,
            int minItems,
            boolean uncertain) {
        public Entry {
            Objects.requireNonNull(path);
            Objects.requireNonNull(type);
            values = List.copyOf(values);
        }

        /** The last step of the path: the key as written in its mapping. */
        public String key() {
            int dot = path.lastIndexOf('.');
            String last = dot < 0 ? path : path.substring(dot + 1);
            int bracket = last.indexOf('[');
            return bracket < 0 ? last : last.substring(0, bracket);
        }

        /** The path of the mapping that holds this key ("" at the top). */
        public String parent() {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? "" : path.substring(0, dot);
        }

        /** The lower bound, or -infinity. */
        public double min() {
            return range == null ? Double.NEGATIVE_INFINITY : range.min();
        }

        /** The upper bound, or +infinity. */
        public double max() {
            return range == null ? Double.POSITIVE_INFINITY : range.max();
        }

        /** The default as a number (for optional numeric keys). */
        double defaultNumber() {
            return ((Number) defaultValue).doubleValue();
        }

        /**
         * Checks a value a record is built with against this entry (a record's invariant), with the
         * loader's words: a record built outside the loader gets the same rule.
         */
        public double require(double value) {
            if (type == Type.NUMBER_OR_INFINITE && value == Double.POSITIVE_INFINITY) {
                return value;
            }
            if (range != null && !range.contains(value)) {
                throw new IllegalArgumentException(path + " = " + MapReader.format(value) + " must be "
                        + range.describe() + (range.meaning().isEmpty() ? "" : " (" + range.meaning() + ")"));
            }
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException(path + " must be a number");
            }
            return value;
        }
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private ConfigSchema() {}

    /** Every entry, in the order of the reference (sections before their keys). */
    public static List<Entry> entries() {
        return Collections.unmodifiableList(ENTRIES);
    }

    /** The entry of a path pattern. */
    public static Entry entry(String path) {
        for (Entry e : ENTRIES) {
            if (e.path().equals(path)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no config key " + path);
    }

    /**
     * The sections asked for so far. The table is complete once the class is initialised (entries are
     * added only by its static initialiser), so a section's keys never change: the binder asks for
     * one per mapping it reads (over a hundred thousand at HS6 scale), and each scan of the table took
     * a substring per entry.
     */
    private static final Map<String, Section> SECTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The keys of one mapping, required first (in declaration order), then optional. */
    static Section section(String path) {
        Section known = SECTIONS.get(path);
        if (known != null) {
            return known;
        }
        Section made = scan(path);
        SECTIONS.putIfAbsent(path, made);
        return made;
    }

    private static Section scan(String path) {
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (e.parent().equals(path) && !e.path().equals(Inheritance.KEY)) {
                (e.required() ? required : optional).add(e.key());
            }
        }
        if (required.isEmpty() && optional.isEmpty()) {
            throw new IllegalArgumentException("no config section " + path);
        }
        return new Section(required, optional);
    }

    /**
     * The required and optional keys of a mapping.
     *
     * @param allowed every key of the mapping, sorted (as the unknown-key message lists them)
     */
    record Section(List<String> required, List<String> optional, java.util.SortedSet<String> allowed) {
        Section {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
            allowed = Collections.unmodifiableSortedSet(new java.util.TreeSet<>(allowed));
        }

        Section(List<String> required, List<String> optional) {
            this(required, optional, union(required, optional));
        }

        private static java.util.SortedSet<String> union(List<String> required, List<String> optional) {
            java.util.SortedSet<String> all = new java.util.TreeSet<>(required);
            all.addAll(optional);
            return all;
        }
    }

    // ---- the table ---------------------------------------------------------------------------

    private static final String ISO3 = "[A-Z]{3}";
    private static final String ISO3_ALLOWED = "an ISO3 code listed under countries";
    private static final String PRODUCT_KEY = "[a-z][a-z0-9-]{0,39}";
    private static final String FLOW_NAME_ALLOWED = "1 to 40 lower-case letters, digits or '-'";
    private static final List<String> LAYERS = List.of("customs", "regulatory", "additional");

    private static Builder key(String path, Type type) {
        return new Builder(path, type);
    }

    /** Builds one entry and adds it to the table. */
    private static final class Builder {
        private final String path;
        private final Type type;
        private boolean required;
        private Range range;
        private Object defaultValue;
        private String unit = "";
        private String description = "";
        private String example = "";
        private Double step;
        private List<String> values = List.of();
        private String pattern;
        private String allowed;
        private int minItems;
        private boolean certain;

        Builder(String path, Type type) {
            this.path = path;
            this.type = type;
            if (type == Type.FRACTION) {
                range = Range.closed(0, 1, "");
                unit = "fraction";
                step = 0.01;
            }
        }

        Builder required() {
            required = true;
            return this;
        }

        Builder range(Range r) {
            range = r;
            return this;
        }

        Builder integers(long min, long max) {
            range = Range.closed(min, max, "");
            step = 1.0;
            return this;
        }

        Builder byDefault(Object value) {
            defaultValue = value;
            return this;
        }

        Builder unit(String u) {
            unit = u;
            return this;
        }

        Builder is(String d) {
            description = d;
            return this;
        }

        Builder eg(String e) {
            example = e;
            return this;
        }

        Builder step(double s) {
            step = s;
            return this;
        }

        Builder words(List<String> w) {
            values = w;
            return this;
        }

        Builder matching(String p, String a) {
            pattern = p;
            allowed = a;
            return this;
        }

        /** A numeric key that may not be given a distribution (a fact of the question, a count, a year). */
        Builder certain() {
            certain = true;
            return this;
        }

        Builder atLeast(int n) {
            minItems = n;
            return this;
        }

        Entry add() {
            Entry e = new Entry(
                    path,
                    type,
                    required,
                    range,
                    defaultValue,
                    unit,
                    description,
                    example,
                    step,
                    values,
                    pattern,
                    allowed,
                    minItems,
                    type.numeric() && !certain);
            for (Entry other : ENTRIES) {
                if (other.path().equals(path)) {
                    throw new IllegalStateException("config key declared twice: " + path);
                }
            }
            ENTRIES.add(e);
            return e;
        }
    }

    private static Range closed(double min, double max, String meaning) {
        return Range.closed(min, max, meaning);
    }

    private static Range leftOpen(double min, double max, String meaning) {
        return Range.leftOpen(min, max, meaning);
    }

    private static Range open(double min, double max, String meaning) {
        return Range.open(min, max, meaning);
    }

    /** An ISO3 reference to a country listed under countries. */
    private static Entry country(String path, String description, String example) {
        return key(path, Type.TEXT)
                .required()
                .matching(ISO3, ISO3_ALLOWED)
                .is(description)
                .eg(example)
                .add();
    }

    private static Entry note(String parent) {
        return key(parent + ".note", Type.TEXT)
                .is("free text: the source or reasoning")
                .eg("ESTIMATE from ...")
                .add();
    }

    private static Entry eventType(String parent, Lever lever) {
        return key(parent + ".type", Type.ENUM)
                .required()
                .words(List.of(lever.configName()))
                .is("the lever: " + lever.configName())
                .eg(lever.configName())
                .add();
    }

    private static Entry eventDate(String parent) {
        return key(parent + ".date", Type.MONTH)
                .required()
                .is("the month it takes effect, within the simulated span")
                .eg("2026-05")
                .add();
    }

    private static Entry until(String parent, String description) {
        return key(parent + ".until", Type.MONTH).is(description).eg("2027-12").add();
    }

    private static Entry product(String path, boolean wildcard) {
        return key(path, Type.TEXT)
                .required()
                .matching(
                        wildcard ? PRODUCT_KEY + "|\\*" : PRODUCT_KEY,
                        wildcard ? "a product key, or * for all" : "a product key")
                .is(wildcard ? "a product of the importer, or * for all its products" : "a product of the importer")
                .eg("rice")
                .add();
    }

    private static Entry partner(String path) {
        return key(path, Type.TEXT)
                .required()
                .matching(ISO3, "an origin of the product, or MFN")
                .is("an origin of the product, or MFN for every partner without a line of its own")
                .eg("PAK")
                .add();
    }

    private static Entry layer(String path) {
        return key(path, Type.ENUM)
                .required()
                .words(LAYERS)
                .is("the duty layer")
                .eg("customs")
                .add();
    }

    private static Entry flowName(String path, String description) {
        return key(path, Type.TEXT)
                .required()
                .matching(PRODUCT_KEY, FLOW_NAME_ALLOWED)
                .is(description)
                .eg("lng")
                .add();
    }

    // Top level and scenario
    public static final Entry SCENARIO =
            key("scenario", Type.SECTION).required().is("what the scenario is").add();
    public static final Entry TIME =
            key("time", Type.SECTION).required().is("the simulated span").add();
    public static final Entry COUNTRIES = key("countries[]", Type.LIST)
            .required()
            .atLeast(2)
            .is("the partners, usually with ROW for the rest of the world")
            .add();
    public static final Entry TARGET = key("target", Type.SECTION)
            .required()
            .is("the two-way trade target")
            .add();
    /** Below 2^53, so that a seed read back from a table as a double (R, spreadsheets) is exact. */
    public static final Entry SEED = key("seed", Type.INTEGER)
            .integers(0, (1L << 53) - 1)
            .byDefault(1L)
            .is("base seed; replication k derives its own")
            .eg("42")
            .certain()
            .add();

    public static final Entry PRODUCTS = key("products", Type.MAP)
            .matching(PRODUCT_KEY, "1 to 40 lower-case letters, digits or '-', starting with a letter")
            .atLeast(1)
            .is("the import markets, by product key")
            .add();
    public static final Entry TARIFFS =
            key("tariffs[]", Type.LIST).is("duty lines in force at the start").add();
    public static final Entry EVENTS = key("events[]", Type.LIST)
            .is("dated policy levers (by type, below)")
            .add();
    public static final Entry OBSERVED = key("observed[]", Type.LIST)
            .is("observed two-way totals, for a backcast")
            .add();
    public static final Entry CONTRACTS =
            key("contracts[]", Type.LIST).is("government or company contracts").add();
    public static final Entry TOURISM = key("tourism[]", Type.LIST)
            .is("tourism routes (spending counts as trade if asked)")
            .add();
    public static final Entry PROJECTS =
            key("projects[]", Type.LIST).is("investment projects").add();
    public static final Entry RULES =
            key("rules[]", Type.LIST).is("adaptive rules, off unless listed").add();
    public static final Entry EXTENDS = key(Inheritance.KEY, Type.TEXT)
            .is("start from another scenario file (path relative to this one): mappings merge key by key, lists "
                    + "and single values replace")
            .eg("baseline.yaml")
            .add();

    public static final Entry SCENARIO_NAME = key("scenario.name", Type.TEXT)
            .required()
            .matching(
                    "[A-Za-z0-9][A-Za-z0-9._-]{0,79}",
                    "1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit (it names the output folder)")
            .is("names the output folder")
            .eg("baseline")
            .add();
    public static final Entry SCENARIO_DESCRIPTION = key("scenario.description", Type.TEXT)
            .is("the question the scenario answers")
            .eg("Trade to 2035 with policy as of 2024")
            .add();

    public static final Entry TIME_START = key("time.start", Type.MONTH)
            .required()
            .is("first (base) simulated month")
            .eg("2024-01")
            .add();
    public static final Entry TIME_END = key("time.end", Type.MONTH)
            .required()
            .is("last simulated month, inclusive; within 200 years of the start")
            .eg("2035-12")
            .add();
    public static final Entry TIME_STEP = key("time.step", Type.ENUM)
            .words(List.of("month"))
            .byDefault("month")
            .is("the time step (months only)")
            .eg("month")
            .add();

    // countries
    public static final Entry COUNTRY_ISO3 = key("countries[].iso3", Type.TEXT)
            .required()
            .matching(ISO3, "three capital letters (ISO 3166 alpha-3, or ROW)")
            .is("ISO 3166 alpha-3 code, or ROW")
            .eg("PAK")
            .add();
    public static final Entry COUNTRY_NAME = key("countries[].name", Type.TEXT)
            .required()
            .is("display name")
            .eg("Pakistan")
            .add();
    public static final Entry VAT_RATE = key("countries[].vatRate", Type.NUMBER)
            .range(closed(0, 0.5, "VAT as a fraction, e.g. 0.18 for 18%"))
            .byDefault(0.0)
            .unit("fraction")
            .step(0.01)
            .is("VAT on imports (on the duty-paid value)")
            .eg("0.18")
            .add();

    // products
    public static final Entry PRODUCT_NAME = key("products.*.name", Type.TEXT)
            .required()
            .is("display name")
            .eg("Rice")
            .add();
    public static final Entry PRODUCT_UNIT = key("products.*.unit", Type.TEXT)
            .required()
            .is("the volume unit")
            .eg("tonnes")
            .add();
    public static final Entry PRODUCT_IMPORTER = country("products.*.importer", "the importing country", "AZE");
    public static final Entry SUBSTITUTION_ELASTICITY = key("products.*.substitutionElasticity", Type.NUMBER)
            .required()
            .range(leftOpen(
                    1, 50, "the Armington elasticity between origins must exceed 1; 1.5 to 8 is the usual range"))
            .step(0.1)
            .is("σ, the Armington elasticity of substitution between origins")
            .eg("4.4")
            .add();
    public static final Entry IMPORT_DEMAND_ELASTICITY = key("products.*.importDemandElasticity", Type.NUMBER)
            .required()
            .range(open(-20, 0, "import demand falls when its price rises, so Em is negative, e.g. -1.0"))
            .step(0.05)
            .is("Em, the price elasticity of the import composite")
            .eg("-1.0")
            .add();
    public static final Entry DEMAND_GROWTH = key("products.*.demandGrowthPerYear", Type.NUMBER)
            .range(closed(-0.5, 1, "fraction per year"))
            .byDefault(0.0)
            .unit("fraction per year")
            .step(0.005)
            .is("trend growth of import demand")
            .eg("0.05")
            .add();
    public static final Entry IMPORTERS = key("products.*.importers", Type.SECTION)
            .required()
            .is("the importer agents")
            .add();
    public static final Entry IMPORTER_COUNT = key("products.*.importers.count", Type.INTEGER)
            .required()
            .integers(1, ConfigLoader.MAX_AGENTS)
            .unit("agents")
            .is("importer agents")
            .eg("60")
            .certain()
            .add();
    public static final Entry SIZE_DISPERSION = key("products.*.importers.sizeDispersion", Type.NUMBER)
            .range(closed(0, 5, "standard deviation of log size"))
            .byDefault(1.0)
            .step(0.05)
            .is("sd of log importer size")
            .eg("1.0")
            .add();
    public static final Entry ADJUSTMENT = key("products.*.importers.adjustmentPerMonth", Type.NUMBER)
            .range(leftOpen(0, 1, "1 = importers re-source at once"))
            .byDefault(1.0)
            .unit("fraction per month")
            .step(0.01)
            .is("share of the gap to desired purchases closed per month")
            .eg("0.2")
            .add();
    public static final Entry IMPORTER_SHOCK = key("products.*.importers.importerShockSd", Type.NUMBER)
            .range(closed(0, 2, "standard deviation of a log shock"))
            .byDefault(0.0)
            .step(0.01)
            .is("sd of each importer's monthly log demand shock")
            .eg("0.1")
            .add();
    public static final Entry MARKET_SHOCK = key("products.*.importers.marketShockSd", Type.NUMBER)
            .range(closed(0, 2, "standard deviation of a log shock"))
            .byDefault(0.0)
            .step(0.01)
            .is("sd of the market-wide AR(1) log demand shock")
            .eg("0.04")
            .add();
    public static final Entry MARKET_PERSISTENCE = key("products.*.importers.marketShockPersistence", Type.NUMBER)
            .range(closed(0, 0.999, "AR(1) coefficient, below 1"))
            .byDefault(0.0)
            .step(0.01)
            .is("AR(1) coefficient of the market shock")
            .eg("0.8")
            .add();
    public static final Entry SOURCES = key("products.*.sources", Type.MAP)
            .required()
            .matching(ISO3, "an ISO3 code listed under countries")
            .atLeast(1)
            .is("the origins, by ISO3 code (at most 63; not the importer)")
            .add();
    public static final Entry BASE_VALUE = key("products.*.sources.*.baseValueUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e13, "annual customs value, US$ per year"))
            .unit("US$/year")
            .step(1e5)
            .is("base-period imports from the origin at customs (CIF) value")
            .eg("1800000")
            .add();
    public static final Entry BASE_PRICE = key("products.*.sources.*.basePriceUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e9, "customs unit value, US$ per unit"))
            .unit("US$/unit")
            .step(1)
            .is("base customs unit value")
            .eg("801")
            .add();
    public static final Entry TRADE_COST = key("products.*.sources.*.tradeCost", Type.NUMBER)
            .range(closed(1, 10, "CIF/FOB ratio"))
            .byDefault(1.0)
            .step(0.01)
            .is("CIF/FOB ratio")
            .eg("1.1")
            .add();
    public static final Entry EXPORT_SUPPLY = key(
                    "products.*.sources.*.exportSupplyElasticity", Type.NUMBER_OR_INFINITE)
            .range(leftOpen(0, 1000, "export supply elasticity, or the word infinite for price takers"))
            .byDefault("infinite")
            .step(0.5)
            .is("the origin's export supply elasticity Ex")
            .eg("5")
            .add();
    public static final Entry AWARENESS = key("products.*.sources.*.awareness", Type.NUMBER)
            .range(leftOpen(0, 1, "share of importers who know this origin"))
            .byDefault(1.0)
            .unit("fraction")
            .step(0.01)
            .is("share of importers that know the origin at the start")
            .eg("0.3")
            .add();
    public static final Entry EXPORTERS = key("products.*.sources.*.exporters", Type.SECTION)
            .required()
            .is("the exporter agents of the origin")
            .add();
    public static final Entry EXPORTER_COUNT = key("products.*.sources.*.exporters.count", Type.INTEGER)
            .required()
            .integers(1, ConfigLoader.MAX_AGENTS)
            .unit("agents")
            .is("exporter agents")
            .eg("200")
            .certain()
            .add();
    public static final Entry PARETO_SHAPE = key("products.*.sources.*.exporters.paretoShape", Type.NUMBER)
            .range(leftOpen(0, 100, "shape of the Pareto productivity distribution"))
            .byDefault(4.0)
            .step(0.1)
            .is("Pareto shape of productivity")
            .eg("4.0")
            .add();
    public static final Entry COST_SHARE = key("products.*.sources.*.exporters.costShare", Type.NUMBER)
            .range(open(0, 1, "retired, without effect (the markup sets the cost share)"))
            .byDefault(0.9)
            .step(0.01)
            .is("retired, without effect (the markup sets the cost share); still read so older files load")
            .eg("0.9")
            .add();
    public static final Entry FIXED_COST = key("products.*.sources.*.exporters.fixedCostUsdPerMonth", Type.NUMBER)
            .range(closed(0, 1e9, "US$ per month"))
            .byDefault(0.0)
            .unit("US$/month")
            .step(100)
            .is("fixed cost of serving the market")
            .eg("500")
            .add();
    public static final Entry ACTIVE_EXPORTERS = key("products.*.sources.*.exporters.activeExporters", Type.INTEGER)
            .integers(1, ConfigLoader.MAX_AGENTS)
            .unit("firms")
            .is("exporters serving in the base period (calibrated input); the fixed cost is solved from it, so give "
                    + "it or fixedCostUsdPerMonth, not both; at most count")
            .eg("50")
            .add();
    public static final Entry WITHIN_ORIGIN_ELASTICITY = key(
                    "products.*.sources.*.exporters.withinOriginElasticity", Type.NUMBER)
            .range(leftOpen(
                    1,
                    50,
                    "elasticity between this origin's varieties, at least the product's " + "substitutionElasticity"))
            .step(0.1)
            .is("elasticity sigmaF between the origin's firm varieties; absent: the product's substitutionElasticity "
                    + "(one CES)")
            .eg("6")
            .add();
    public static final Entry SUNK_COST = key("products.*.sources.*.exporters.sunkCostUsd", Type.NUMBER)
            .range(closed(0, 1e10, "US$, once, on starting to serve"))
            .byDefault(0.0)
            .unit("US$")
            .step(1000)
            .is("one-off cost of starting to serve the market (hysteresis: entrants stay after a temporary "
                    + "preference)")
            .eg("20000")
            .add();
    public static final Entry DISCOUNT_RATE = key("products.*.sources.*.exporters.discountRatePerYear", Type.NUMBER)
            .range(leftOpen(0, 1, "fraction per year"))
            .byDefault(0.10)
            .unit("fraction/year")
            .step(0.01)
            .is("rate at which a firm annualises the sunk cost (ASSUMPTION: a 10% cost of capital)")
            .eg("0.1")
            .add();
    public static final Entry PRODUCTIVITY_SHOCK_SD = key(
                    "products.*.sources.*.exporters.productivityShockSd", Type.NUMBER)
            .range(closed(0, 2, "standard deviation of a monthly log innovation"))
            .byDefault(0.0)
            .unit("log points/month")
            .step(0.01)
            .is("sd of the monthly innovation of each firm's AR(1) log productivity (0 = no shocks: firms keep their "
                    + "ranking); with shocks firms enter and exit over time")
            .eg("0.05")
            .add();
    public static final Entry PRODUCTIVITY_SHOCK_PERSISTENCE = key(
                    "products.*.sources.*.exporters.productivityShockPersistence", Type.NUMBER)
            .range(closed(0, 0.999, "AR(1) coefficient, below 1"))
            .byDefault(0.0)
            .step(0.01)
            .is("monthly AR(1) coefficient of each firm's log productivity shock")
            .eg("0.95")
            .add();

    // tariffs
    public static final Entry TARIFF_IMPORTER = country("tariffs[].importer", "the importing country", "AZE");
    public static final Entry TARIFF_PRODUCT = product("tariffs[].product", false);
    public static final Entry TARIFF_PARTNER = partner("tariffs[].partner");
    public static final Entry TARIFF_CUSTOMS = key("tariffs[].customs", Type.FRACTION)
            .byDefault(0.0)
            .is("customs duty")
            .eg("0.15")
            .add();
    public static final Entry TARIFF_REGULATORY = key("tariffs[].regulatory", Type.FRACTION)
            .byDefault(0.0)
            .is("regulatory duty")
            .eg("0.0")
            .add();
    public static final Entry TARIFF_ADDITIONAL = key("tariffs[].additional", Type.FRACTION)
            .byDefault(0.0)
            .is("additional customs duty")
            .eg("0.02")
            .add();
    public static final Entry TARIFF_UNTIL =
            until("tariffs[]", "partner lines only: the preference lapses after this month");

    // events, one block per lever
    public static final Entry DUTY_TYPE = eventType("events[duty]", Lever.DUTY);
    public static final Entry DUTY_DATE = eventDate("events[duty]");
    public static final Entry DUTY_IMPORTER = country("events[duty].importer", "the importing country", "AZE");
    public static final Entry DUTY_PRODUCT = product("events[duty].product", true);
    public static final Entry DUTY_PARTNER = partner("events[duty].partner");
    public static final Entry DUTY_LAYER = layer("events[duty].layer");
    public static final Entry DUTY_RATE = key("events[duty].rate", Type.FRACTION)
            .required()
            .is("the new rate of the layer")
            .eg("0.0")
            .add();
    public static final Entry DUTY_UNTIL =
            until("events[duty]", "last month of the change; the previous rate returns after it");
    public static final Entry DUTY_NOTE = note("events[duty]");

    public static final Entry TRADE_COST_TYPE = eventType("events[tradeCost]", Lever.TRADE_COST);
    public static final Entry TRADE_COST_DATE = eventDate("events[tradeCost]");
    public static final Entry TRADE_COST_EXPORTER = country("events[tradeCost].exporter", "the origin", "PAK");
    public static final Entry TRADE_COST_IMPORTER =
            country("events[tradeCost].importer", "the importing country", "AZE");
    public static final Entry TRADE_COST_PRODUCT = product("events[tradeCost].product", true);
    public static final Entry TRADE_COST_FACTOR = key("events[tradeCost].factor", Type.NUMBER)
            .required()
            .range(leftOpen(0, 10, "multiplies the CIF/FOB trade cost; 0.97 = 3% cheaper"))
            .step(0.01)
            .is("multiplies the CIF/FOB trade cost")
            .eg("0.97")
            .add();
    public static final Entry TRADE_COST_UNTIL = until("events[tradeCost]", "last month of the change");
    public static final Entry TRADE_COST_NOTE = note("events[tradeCost]");

    public static final Entry EXHIBITION_TYPE = eventType("events[exhibition]", Lever.EXHIBITION);
    public static final Entry EXHIBITION_DATE = eventDate("events[exhibition]");
    public static final Entry EXHIBITION_EXPORTER =
            country("events[exhibition].exporter", "the exhibiting origin", "PAK");
    public static final Entry EXHIBITION_IMPORTER = country("events[exhibition].importer", "the host country", "AZE");
    public static final Entry EXHIBITION_PRODUCT = product("events[exhibition].product", true);
    public static final Entry EXHIBITION_FIXED_COST = key("events[exhibition].fixedCostFactor", Type.NUMBER)
            .range(leftOpen(0, 1, "multiplies exporters' fixed cost; 0.8 = 20% lower"))
            .byDefault(1.0)
            .step(0.01)
            .is("exporters' fixed cost × factor from then on")
            .eg("0.8")
            .add();
    public static final Entry EXHIBITION_DISCOVERY = key("events[exhibition].discoveryProbability", Type.NUMBER)
            .range(closed(0, 1, "probability"))
            .byDefault(0.0)
            .unit("probability")
            .step(0.01)
            .is("each importer not yet knowing the origin discovers it with this probability")
            .eg("0.2")
            .add();
    public static final Entry EXHIBITION_NOTE = note("events[exhibition]");

    public static final Entry PTA_TYPE = eventType("events[pta]", Lever.PTA);
    public static final Entry PTA_DATE = eventDate("events[pta]");
    public static final Entry PTA_NAME = key("events[pta].name", Type.TEXT)
            .required()
            .is("the agreement's name")
            .eg("PTA Pakistan-Azerbaijan")
            .add();
    public static final Entry PTA_CONCESSIONS = key("events[pta].concessions[]", Type.LIST)
            .required()
            .atLeast(1)
            .is("the preferential rates")
            .add();
    public static final Entry PTA_UTILIZATION = key("events[pta].utilization", Type.NUMBER)
            .range(closed(0, 1, "share of imports that claim the preference (rules of origin)"))
            .byDefault(1.0)
            .unit("fraction")
            .step(0.01)
            .is("share of imports that claim the preference; effective rate = " + "u × preferential + (1 − u) × MFN")
            .eg("0.7")
            .add();
    public static final Entry PTA_NOTE = note("events[pta]");
    public static final Entry CONCESSION_IMPORTER =
            country("events[pta].concessions[].importer", "the importing country", "PAK");
    public static final Entry CONCESSION_PRODUCT = product("events[pta].concessions[].product", false);
    public static final Entry CONCESSION_PARTNER = key("events[pta].concessions[].partner", Type.TEXT)
            .required()
            .matching(ISO3, "an origin of the product (not MFN)")
            .is("the partner country granted the rate")
            .eg("AZE")
            .add();
    public static final Entry CONCESSION_RATE = key("events[pta].concessions[].rate", Type.FRACTION)
            .required()
            .is("the preferential rate (all layers)")
            .eg("0.0")
            .add();
    public static final Entry CONCESSION_NOTE = note("events[pta].concessions[]");

    public static final Entry TRQ_TYPE = eventType("events[trq]", Lever.TRQ);
    public static final Entry TRQ_DATE = eventDate("events[trq]");
    public static final Entry TRQ_IMPORTER = country("events[trq].importer", "the importing country", "AZE");
    public static final Entry TRQ_PRODUCT = product("events[trq].product", false);
    public static final Entry TRQ_PARTNER = partner("events[trq].partner");
    public static final Entry TRQ_IN_RATE = key("events[trq].inQuotaRate", Type.FRACTION)
            .required()
            .is("the rate until the year's quota is filled")
            .eg("0.0")
            .add();
    public static final Entry TRQ_OUT_RATE = key("events[trq].outOfQuotaRate", Type.FRACTION)
            .required()
            .is("the rate once the quota is filled, until January")
            .eg("0.15")
            .add();
    public static final Entry TRQ_VOLUME = key("events[trq].quotaVolumePerYear", Type.NUMBER)
            .required()
            .range(closed(0, 1e15, "product units per year"))
            .unit("units/year")
            .step(100)
            .is("the quota volume of a year")
            .eg("5000")
            .add();
    public static final Entry TRQ_UNTIL = until("events[trq]", "last month of the quota");
    public static final Entry TRQ_NOTE = note("events[trq]");

    public static final Entry FLIGHTS_TYPE = eventType("events[flights]", Lever.FLIGHTS);
    public static final Entry FLIGHTS_DATE = eventDate("events[flights]");
    public static final Entry FLIGHTS_ROUTE = key("events[flights].route", Type.TEXT)
            .required()
            .is("a tourism route of this scenario")
            .eg("pak-aze-visitors")
            .add();
    public static final Entry FLIGHTS_SEATS = key("events[flights].seatsPerWeekChange", Type.NUMBER)
            .required()
            .range(closed(-1e6, 1e6, "seats per week added (or removed, if negative)"))
            .unit("seats/week")
            .step(10)
            .is("seats per week added (or removed)")
            .eg("600")
            .add();
    public static final Entry FLIGHTS_TRADE_COST = key("events[flights].tradeCostFactor", Type.NUMBER)
            .range(leftOpen(0, 10, "multiplies goods trade costs between the two countries"))
            .byDefault(1.0)
            .step(0.01)
            .is("goods trade costs between the two countries × factor, both ways")
            .eg("0.99")
            .add();
    public static final Entry FLIGHTS_NOTE = note("events[flights]");

    // target and observed
    public static final Entry TARGET_VALUE = key("target.valueUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e15, "US$ per year"))
            .unit("US$/year")
            .step(1e8)
            .is("the two-way trade target")
            .eg("2000000000")
            .certain()
            .add();
    public static final Entry TARGET_BETWEEN = key("target.between[]", Type.LIST)
            .required()
            .matching(ISO3, ISO3_ALLOWED)
            .atLeast(2)
            .is("the pair, two countries listed under countries")
            .eg("[PAK, AZE]")
            .add();
    public static final Entry TARGET_YEAR = key("target.year", Type.INTEGER)
            .integers(1900, 2300)
            .is("the target year if one was stated (from time.start's year)")
            .eg("2030")
            .certain()
            .add();
    public static final Entry TARGET_COUNTS = key("target.counts[]", Type.LIST)
            .matching("goods|services|g2g", "goods, services or g2g")
            .atLeast(1)
            .is("the kinds of flow the target counts (default [goods], as the observed totals are customs data): "
                    + "goods (product markets, project equipment and commodities), services (tourism), g2g (contracts)")
            .eg("[goods]")
            .add();
    public static final Entry TARGET_NOTE = note("target");

    public static final Entry OBSERVED_YEAR = key("observed[].year", Type.INTEGER)
            .required()
            .integers(1900, 2300)
            .is("a year within the simulated span")
            .eg("2023")
            .certain()
            .add();
    public static final Entry OBSERVED_TOTAL = key("observed[].totalUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e15, "US$ per year"))
            .unit("US$/year")
            .step(1e6)
            .is("observed two-way total")
            .eg("433000000")
            .certain()
            .add();
    public static final Entry OBSERVED_SOURCE = key("observed[].source", Type.TEXT)
            .required()
            .is("where the total is from")
            .eg("UN Comtrade")
            .add();
    public static final Entry OBSERVED_NOTE = note("observed[]");

    // contracts
    public static final Entry CONTRACT_NAME =
            flowName("contracts[].name", "the contract's name (the output's product column)");
    public static final Entry CONTRACT_KIND = key("contracts[].kind", Type.ENUM)
            .required()
            .words(List.of("defence", "energy", "other"))
            .is("what is traded")
            .eg("energy")
            .add();
    public static final Entry CONTRACT_EXPORTER = country("contracts[].exporter", "the selling country", "AZE");
    public static final Entry CONTRACT_IMPORTER = country("contracts[].importer", "the buying country", "PAK");
    public static final Entry CONTRACT_COUNTS = key("contracts[].countsTowardTarget", Type.BOOL)
            .byDefault(true)
            .is("whether the deliveries are trade between the two countries (in all flows); kind g2g, so they count "
                    + "toward the target only when target.counts names g2g")
            .eg("true")
            .add();
    public static final Entry CONTRACT_DELIVERIES =
            key("contracts[].deliveries[]", Type.LIST).is("dated deliveries").add();
    public static final Entry CONTRACT_RECURRING = key("contracts[].recurring", Type.SECTION)
            .is("deliveries at a rate over a period")
            .add();
    public static final Entry CONTRACT_NOTE = note("contracts[]");
    public static final Entry DELIVERY_DATE = key("contracts[].deliveries[].date", Type.MONTH)
            .required()
            .is("the month of delivery, within the simulated span")
            .eg("2026-03")
            .add();
    public static final Entry DELIVERY_VALUE = key("contracts[].deliveries[].valueUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e13, "US$"))
            .unit("US$")
            .step(1e6)
            .is("the delivery's value")
            .eg("25000000")
            .add();
    public static final Entry DELIVERY_NOTE = note("contracts[].deliveries[]");
    public static final Entry RECURRING_FROM = key("contracts[].recurring.from", Type.MONTH)
            .required()
            .is("first month")
            .eg("2025-01")
            .add();
    public static final Entry RECURRING_TO = key("contracts[].recurring.to", Type.MONTH)
            .required()
            .is("last month")
            .eg("2030-12")
            .add();
    public static final Entry RECURRING_VALUE = key("contracts[].recurring.valueUsdPerDelivery", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e12, "US$ per delivery"))
            .unit("US$/delivery")
            .step(1e5)
            .is("value of one delivery")
            .eg("30000000")
            .add();
    public static final Entry RECURRING_PER_MONTH = key("contracts[].recurring.deliveriesPerMonth", Type.INTEGER)
            .integers(1, 1000)
            .byDefault(1L)
            .unit("deliveries/month")
            .is("deliveries offered per month")
            .eg("1")
            .add();
    public static final Entry RECURRING_ACCEPT = key("contracts[].recurring.acceptProbability", Type.NUMBER)
            .range(closed(0, 1, "probability the buyer takes a delivery"))
            .byDefault(1.0)
            .unit("probability")
            .step(0.01)
            .is("probability the buyer takes a delivery")
            .eg("0.5")
            .add();
    public static final Entry RECURRING_CAPACITY = key(
                    "contracts[].recurring.capacityUsdPerMonth", Type.NUMBER_OR_INFINITE)
            .range(leftOpen(0, 1e13, "US$ per month"))
            .byDefault("infinite")
            .unit("US$/month")
            .step(1e6)
            .is("the most delivered in a month")
            .eg("infinite")
            .add();
    public static final Entry RECURRING_NOTE = note("contracts[].recurring");

    // tourism
    public static final Entry TOURISM_NAME =
            flowName("tourism[].name", "the route's name (the output's product column)");
    public static final Entry TOURISM_FROM = country("tourism[].visitorsFrom", "where the visitors live", "AZE");
    public static final Entry TOURISM_DESTINATION =
            country("tourism[].destination", "where they travel and spend", "PAK");
    public static final Entry TOURISM_VISITORS = key("tourism[].baseVisitorsPerYear", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e10, "visitors per year"))
            .unit("visitors/year")
            .step(100)
            .is("base-year visitors")
            .eg("10000")
            .add();
    public static final Entry TOURISM_SPEND = key("tourism[].spendPerVisitorUsd", Type.NUMBER)
            .required()
            .range(closed(0, 1e6, "US$ per visitor"))
            .unit("US$/visitor")
            .step(10)
            .is("spending per visitor")
            .eg("1200")
            .add();
    public static final Entry TOURISM_SEATS = key("tourism[].baseSeatsPerWeek", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e7, "direct seats per week"))
            .unit("seats/week")
            .step(10)
            .is("base direct seats per week")
            .eg("1400")
            .add();
    public static final Entry TOURISM_SEAT_ELASTICITY = key("tourism[].seatElasticity", Type.NUMBER)
            .range(closed(0, 5, "elasticity of visitors to seats"))
            .byDefault(0.5)
            .step(0.05)
            .is("visitors = base × (seats / base seats)^elasticity")
            .eg("0.5")
            .add();
    public static final Entry TOURISM_GROWTH = key("tourism[].growthPerYear", Type.NUMBER)
            .range(closed(-0.5, 1, "fraction per year"))
            .byDefault(0.0)
            .unit("fraction per year")
            .step(0.005)
            .is("trend growth of visitors")
            .eg("0.03")
            .add();
    public static final Entry TOURISM_COUNTS = key("tourism[].countsTowardTarget", Type.BOOL)
            .byDefault(false)
            .is("whether spending is trade between the two countries (in all flows); kind services, so it counts "
                    + "toward the target only when target.counts names services")
            .eg("false")
            .add();
    public static final Entry TOURISM_NOTE = note("tourism[]");

    // projects
    public static final Entry PROJECT_NAME =
            flowName("projects[].name", "the project's name (its equipment flow is <name>-equipment)");
    public static final Entry PROJECT_COUNTRY = country("projects[].country", "where the project is", "PAK");
    public static final Entry PROJECT_CONSTRUCTION = key("projects[].constructionStart", Type.MONTH)
            .required()
            .is("construction starts")
            .eg("2025-01")
            .add();
    public static final Entry PROJECT_CAPEX_END = key("projects[].capexEnd", Type.MONTH)
            .required()
            .is("last month of capital spending")
            .eg("2028-12")
            .add();
    public static final Entry PROJECT_FIRST_PRODUCTION = key("projects[].firstProduction", Type.MONTH)
            .required()
            .is("first month of output")
            .eg("2028-12")
            .add();
    public static final Entry PROJECT_CAPEX = key("projects[].capexUsd", Type.NUMBER)
            .required()
            .range(closed(0, 1e13, "US$"))
            .unit("US$")
            .step(1e7)
            .is("total capital expenditure")
            .eg("5600000000")
            .add();
    public static final Entry PROJECT_RAMP_UP = key("projects[].rampUpMonths", Type.INTEGER)
            .integers(0, 240)
            .byDefault(0L)
            .unit("months")
            .is("months from first production to full capacity")
            .eg("24")
            .add();
    public static final Entry PROJECT_IMPORTED = key("projects[].importedCapex[]", Type.LIST)
            .is("shares of capex imported, by exporter")
            .add();
    public static final Entry PROJECT_TRANCHES =
            key("projects[].tranches[]", Type.LIST).is("the loans").add();
    public static final Entry PROJECT_COMMODITIES =
            key("projects[].commodities[]", Type.LIST).is("what it produces").add();
    public static final Entry PROJECT_SECURITY =
            key("projects[].security", Type.SECTION).is("security incidents").add();
    public static final Entry PROJECT_INFRASTRUCTURE = key("projects[].infrastructure", Type.SECTION)
            .is("infrastructure the output depends on")
            .add();
    public static final Entry PROJECT_JOBS =
            key("projects[].jobs", Type.SECTION).is("employment").add();
    public static final Entry PROJECT_NOTE = note("projects[]");
    public static final Entry IMPORTED_EXPORTER =
            country("projects[].importedCapex[].exporter", "the supplying country", "USA");
    public static final Entry IMPORTED_SHARE = key("projects[].importedCapex[].share", Type.NUMBER)
            .required()
            .range(closed(0, 1, "share of capex"))
            .unit("fraction")
            .step(0.01)
            .is("share of capex bought from the exporter (the shares add up to at most 1)")
            .eg("0.2")
            .add();
    public static final Entry IMPORTED_COUNTS = key("projects[].importedCapex[].countsTowardTarget", Type.BOOL)
            .byDefault(true)
            .is("whether the imports count toward the target")
            .eg("true")
            .add();
    public static final Entry IMPORTED_NOTE = note("projects[].importedCapex[]");
    public static final Entry TRANCHE_LENDER = key("projects[].tranches[].lender", Type.TEXT)
            .required()
            .is("the lender")
            .eg("US EXIM")
            .add();
    public static final Entry TRANCHE_AMOUNT = key("projects[].tranches[].amountUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e13, "US$"))
            .unit("US$")
            .step(1e7)
            .is("the amount lent")
            .eg("1250000000")
            .add();
    public static final Entry TRANCHE_RATE = key("projects[].tranches[].rate", Type.FRACTION)
            .required()
            .unit("fraction per year")
            .is("annual interest rate")
            .eg("0.065")
            .add();
    public static final Entry TRANCHE_TENOR = key("projects[].tranches[].tenorYears", Type.NUMBER)
            .required()
            .range(leftOpen(0, 50, "years"))
            .unit("years")
            .step(1)
            .is("term of the loan")
            .eg("15")
            .add();
    public static final Entry TRANCHE_GRACE = key("projects[].tranches[].graceYears", Type.NUMBER)
            .range(closed(0, 50, "years"))
            .byDefault(0.0)
            .unit("years")
            .step(1)
            .is("years of interest only, shorter than the tenor")
            .eg("4")
            .add();
    public static final Entry TRANCHE_NOTE = note("projects[].tranches[]");
    public static final Entry COMMODITY_NAME =
            flowName("projects[].commodities[].name", "the commodity's name (the output's product column)");
    public static final Entry COMMODITY_UNIT = key("projects[].commodities[].unit", Type.TEXT)
            .required()
            .is("the volume unit")
            .eg("tonnes")
            .add();
    public static final Entry COMMODITY_CAPACITY = key("projects[].commodities[].capacityPerYear", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e12, "units per year at full capacity"))
            .unit("units/year")
            .step(1000)
            .is("output at full capacity")
            .eg("200000")
            .add();
    public static final Entry COMMODITY_PRICE = key("projects[].commodities[].priceUsd", Type.NUMBER)
            .required()
            .range(leftOpen(0, 1e9, "US$ per unit"))
            .unit("US$/unit")
            .step(10)
            .is("base price")
            .eg("9000")
            .add();
    public static final Entry COMMODITY_EXPORT_TO =
            country("projects[].commodities[].exportTo", "the buyer's country", "ROW");
    public static final Entry COMMODITY_VOLATILITY = key("projects[].commodities[].priceVolatility", Type.NUMBER)
            .range(closed(0, 2, "annual volatility of the log price"))
            .byDefault(0.0)
            .step(0.01)
            .is("annual volatility of the log price")
            .eg("0.2")
            .add();
    public static final Entry COMMODITY_COUNTS = key("projects[].commodities[].countsTowardTarget", Type.BOOL)
            .byDefault(true)
            .is("whether the exports count toward the target")
            .eg("true")
            .add();
    public static final Entry COMMODITY_NOTE = note("projects[].commodities[]");
    public static final Entry SECURITY_PROBABILITY = key("projects[].security.incidentProbabilityPerMonth", Type.NUMBER)
            .required()
            .range(closed(0, 1, "probability"))
            .unit("probability per month")
            .step(0.001)
            .is("chance of an incident in a month")
            .eg("0.01")
            .add();
    public static final Entry SECURITY_DISRUPTION = key("projects[].security.disruptionMonths", Type.INTEGER)
            .required()
            .integers(0, 120)
            .unit("months")
            .is("months of lost output after an incident")
            .eg("2")
            .add();
    public static final Entry SECURITY_NOTE = note("projects[].security");
    public static final Entry INFRASTRUCTURE_NAME = key("projects[].infrastructure.name", Type.TEXT)
            .required()
            .is("what is built")
            .eg("railway")
            .add();
    public static final Entry INFRASTRUCTURE_READY = key("projects[].infrastructure.readyDate", Type.MONTH)
            .required()
            .is("when it is ready")
            .eg("2030-06")
            .add();
    public static final Entry INFRASTRUCTURE_SHARE = key(
                    "projects[].infrastructure.capacityShareBeforeReady", Type.NUMBER)
            .required()
            .range(closed(0, 1, "share of capacity"))
            .unit("fraction")
            .step(0.01)
            .is("share of capacity usable before it is ready")
            .eg("0.5")
            .add();
    public static final Entry INFRASTRUCTURE_NOTE = note("projects[].infrastructure");
    public static final Entry JOBS_CONSTRUCTION = key("projects[].jobs.construction", Type.NUMBER)
            .range(closed(0, 1e7, "jobs"))
            .byDefault(0.0)
            .unit("jobs")
            .step(100)
            .is("jobs during construction")
            .eg("7500")
            .add();
    public static final Entry JOBS_OPERATION = key("projects[].jobs.operation", Type.NUMBER)
            .range(closed(0, 1e7, "jobs"))
            .byDefault(0.0)
            .unit("jobs")
            .step(100)
            .is("jobs in operation")
            .eg("4000")
            .add();
    public static final Entry JOBS_NOTE = note("projects[].jobs");

    // rules
    public static final Entry SAFEGUARD_TYPE = key("rules[safeguard].type", Type.ENUM)
            .required()
            .words(List.of("safeguard"))
            .is("the rule: safeguard")
            .eg("safeguard")
            .add();
    public static final Entry SAFEGUARD_IMPORTER = country("rules[safeguard].importer", "the importing country", "AZE");
    public static final Entry SAFEGUARD_PRODUCT = product("rules[safeguard].product", false);
    public static final Entry SAFEGUARD_PARTNER = partner("rules[safeguard].partner");
    public static final Entry SAFEGUARD_SURGE = key("rules[safeguard].surgeRatio", Type.NUMBER)
            .required()
            .range(leftOpen(1, 100, "imports over 12 months / base-year imports"))
            .step(0.1)
            .is("imports over the last 12 months / the base year's that trigger it")
            .eg("1.5")
            .add();
    public static final Entry SAFEGUARD_LAYER = layer("rules[safeguard].layer");
    public static final Entry SAFEGUARD_RATE = key("rules[safeguard].rate", Type.FRACTION)
            .required()
            .is("the rate the layer is set to")
            .eg("0.2")
            .add();
    public static final Entry SAFEGUARD_DURATION = key("rules[safeguard].durationMonths", Type.INTEGER)
            .required()
            .integers(1, 600)
            .unit("months")
            .is("how long, then the previous rate returns")
            .eg("12")
            .add();
    public static final Entry SAFEGUARD_NOTE = note("rules[safeguard]");
    public static final Entry PROMOTION_TYPE = key("rules[promotion].type", Type.ENUM)
            .required()
            .words(List.of("promotion"))
            .is("the rule: promotion")
            .eg("promotion")
            .add();
    public static final Entry PROMOTION_EXPORTER = country("rules[promotion].exporter", "the promoted origin", "PAK");
    public static final Entry PROMOTION_IMPORTER = country("rules[promotion].importer", "the host country", "AZE");
    public static final Entry PROMOTION_PRODUCT = product("rules[promotion].product", true);
    public static final Entry PROMOTION_TARGET_YEAR = key("rules[promotion].targetYear", Type.INTEGER)
            .required()
            .integers(1900, 2300)
            .is("year of the target path (after time.start's year)")
            .eg("2030")
            .certain()
            .add();
    public static final Entry PROMOTION_EVERY = key("rules[promotion].everyMonths", Type.INTEGER)
            .required()
            .integers(1, 120)
            .unit("months")
            .is("how often trade is checked against the path")
            .eg("12")
            .add();
    public static final Entry PROMOTION_FIXED_COST = key("rules[promotion].fixedCostFactor", Type.NUMBER)
            .range(leftOpen(0, 1, "multiplies exporters' fixed cost"))
            .byDefault(1.0)
            .step(0.01)
            .is("the exhibition's fixed-cost factor")
            .eg("0.9")
            .add();
    public static final Entry PROMOTION_DISCOVERY = key("rules[promotion].discoveryProbability", Type.NUMBER)
            .range(closed(0, 1, "probability"))
            .byDefault(0.0)
            .unit("probability")
            .step(0.01)
            .is("the exhibition's discovery probability")
            .eg("0.1")
            .add();
    public static final Entry PROMOTION_NOTE = note("rules[promotion]");

    /** The list entries whose items are told apart by their {@code type} key, with the types in order. */
    public static Map<String, List<String>> typedLists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("events", Lever.configNames());
        lists.put("rules", List.of("safeguard", "promotion"));
        return lists;
    }
}
