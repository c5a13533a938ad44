package org.bilatsim.config;

import static org.bilatsim.config.MapReader.Range;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that turns a YAML scenario into a {@link ScenarioConfig}. Strict: every key must be
 * known, every value in range and every reference (country, product, partner) defined; the first
 * problem found is raised as a {@link ConfigException} naming file, line, column, key and what is
 * allowed.
 */
public final class ConfigLoader {
    /** A scenario is a few hundred lines; 1 MiB leaves room and stops a runaway file early. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** Agents per population: 20 million fits the largest scaling runs in a few GB of heap. */
    static final long MAX_AGENTS = 20_000_000L;
    /** Origins per product: importers' sets of known origins are 64-bit masks. */
    static final int MAX_ORIGINS = 63;
    /** ISO3 codes, and ROW for the rest of the world. */
    private static final String ISO3 = "[A-Z]{3}";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,79}";

    private ConfigLoader() {
    }

    /** Loads a file and applies {@code --set path=value} overrides before validating. */
    public static ScenarioConfig load(Path file, List<String> overrides) {
        String fileName = file.toString();
        SourceLocation whole = new SourceLocation(fileName, 0, 0);
        if (!Files.exists(file)) {
            throw new ConfigException(whole, "", "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(whole, "", "is a directory; give a scenario .yaml file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(whole, "", "the file has " + Files.size(file)
                        + " bytes; a scenario may have at most " + MAX_FILE_BYTES + " (1 MiB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(whole, "", "cannot be read: " + e.getMessage());
        }
        return parse(fileName, bytes, overrides);
    }

    /**
     * Parses the bytes of a scenario file: checks the size, decodes strict UTF-8 (a leading BOM is
     * dropped), then {@link #parse(String, String, List)}. Whatever the bytes, the only exception is
     * a {@link ConfigException} (the fuzz test holds it to that).
     */
    public static ScenarioConfig parse(String fileName, byte[] bytes, List<String> overrides) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ConfigException(new SourceLocation(fileName, 0, 0), "", "the file has " + bytes.length
                    + " bytes; a scenario may have at most " + MAX_FILE_BYTES + " (1 MiB)");
        }
        return parse(fileName, decodeUtf8(fileName, bytes), overrides);
    }

    /** Parses YAML text (for tests and tools); {@code fileName} is used in messages. */
    public static ScenarioConfig parse(String fileName, String text, List<String> overrides) {
        YamlNode root = Inheritance.resolve(fileName, new YamlTreeReader(fileName).read(text), 0);
        for (String override : overrides) {
            root = Overrides.apply(root, override);
        }
        Uncertainty.Extracted extracted = Uncertainty.extract(root);
        return bindTree(extracted.tree()).withUncertainty(Uncertainty.of(extracted));
    }

    /** Binds a resolved tree; an uncertain parameter's draw rebinds through here, with the same checks. */
    static ScenarioConfig bindTree(YamlNode root) {
        return new ConfigLoader.Binder(root).bind();
    }

    /**
     * Points a problem found after loading at its line. The checks that need the agents (can the
     * base flows be calibrated with the importers drawn to know an origin, does any exporter cover
     * its fixed cost) run when the World is built and name the scenario, not a line: this finds the
     * key path of {@code e} in {@code file} (after {@code extends} and {@code --set}) and returns the
     * same problem located there, with the value as written. {@code e} itself is returned when it
     * already has a line or its key cannot be found.
     */
    public static ConfigException locate(Path file, List<String> overrides, ConfigException e) {
        if (e.location().line() > 0 || e.keyPath().isEmpty()) {
            return e;
        }
        YamlNode root;
        try {
            root = Inheritance.resolve(file.toString(), readTree(file), 0);
            for (String override : overrides) {
                root = Overrides.apply(root, override);
            }
        } catch (ConfigException unreadable) {
            return e;
        }
        String path = e.keyPath();
        int equals = path.indexOf(" = ");
        if (equals >= 0) {
            path = path.substring(0, equals);
        }
        YamlNode node = root;
        boolean found = true;
        for (String step : path.split("\\.")) {
            YamlNode child = null;
            int bracket = step.indexOf('[');
            String key = bracket >= 0 ? step.substring(0, bracket) : step;
            if (node instanceof YamlNode.Mapping mapping) {
                child = mapping.entries().get(key);
            }
            if (child != null && bracket >= 0 && step.endsWith("]")) {
                try {
                    int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                    child = child instanceof YamlNode.Sequence list && index >= 0 && index < list.items().size()
                            ? list.items().get(index) : null;
                } catch (NumberFormatException notAnIndex) {
                    child = null;
                }
            }
            if (child == null) {
                found = false;
                break;
            }
            node = child;
        }
        if (node == root) {
            return e;
        }
        String subject = found && node instanceof YamlNode.Scalar scalar ? path + " = " + scalar.describe() : path;
        return new ConfigException(node.location(), subject, e.detail());
    }

    /**
     * The scenario file and the files it extends, nearest first (to copy beside a run's results:
     * their comments hold the sources of every number).
     */
    public static List<Path> sourceFiles(Path file) {
        List<Path> chain = new ArrayList<>();
        Path current = file;
        while (current != null && chain.size() <= Inheritance.MAX_DEPTH && !chain.contains(current.normalize())) {
            chain.add(current.normalize());
            YamlNode root = readTree(current);
            Path next = null;
            if (root instanceof YamlNode.Mapping m && m.entries().get(Inheritance.KEY) instanceof YamlNode.Scalar sc
                    && sc.text() != null) {
                next = current.toAbsolutePath().getParent().resolve(sc.text());
            }
            current = next;
        }
        return chain;
    }

    /** Reads a file into a tree (used for {@code extends}). */
    static YamlNode readTree(Path file) {
        SourceLocation whole = new SourceLocation(file.toString(), 0, 0);
        try {
            if (Files.isDirectory(file)) {
                throw new ConfigException(whole, "", "is a directory; give a scenario .yaml file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(whole, "", "no such file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ConfigException(whole, "", "the file has more than " + MAX_FILE_BYTES + " bytes (1 MiB)");
            }
            return new YamlTreeReader(file.toString()).read(decodeUtf8(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ConfigException(whole, "", "cannot be read: " + e.getMessage());
        }
    }

    private static String decodeUtf8(String fileName, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new ConfigException(new SourceLocation(fileName, line, column), "",
                    String.format("byte 0x%02X at offset %d is not UTF-8; save the file as UTF-8", bytes[bad] & 0xFF, bad));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Binds the tree, section by section, checking cross references as it goes. */
    private static final class Binder {
        private final YamlNode root;
        private YearMonth start;
        private YearMonth end;
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Map<String, Product> products = new LinkedHashMap<>();
        private List<String> routes = List.of();
        /** Names that become the product column of output: products, routes, contracts, commodities. */
        private final java.util.Set<String> takenNames = new java.util.HashSet<>();

        /** Claims a name for the output's product column; a clash would mix two flows in one row. */
        private void takeName(MapReader reader, String key) {
            String name = reader.text(key);
            if (products.containsKey(name) || !takenNames.add(name)) {
                throw reader.error(key, reader.scalar(key), "is already the name of a product, route, contract or "
                        + "commodity; output rows are keyed by it, so each must be unique");
            }
        }

        Binder(YamlNode root) {
            this.root = root;
        }

        ScenarioConfig bind() {
            MapReader top = new MapReader(root, "", List.of("scenario", "time", "countries", "target"),
                    List.of("seed", "products", "tariffs", "events", "observed", "contracts", "tourism", "projects",
                            "rules"));
            MapReader scenario = new MapReader(top.node("scenario"), "scenario", List.of("name"), List.of("description"));
            String name = scenario.matching("name", NAME,
                    "1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit (it names the output folder)");
            if (name.contains("..")) {
                throw scenario.error("name", scenario.scalar("name"), "must not contain '..' (it names the output folder)");
            }
            String description = scenario.text("description", "");

            MapReader time = new MapReader(top.node("time"), "time", List.of("start", "end"), List.of("step"));
            start = time.month("start");
            end = time.month("end");
            if (time.has("step")) {
                time.oneOf("step", List.of("month"));
            }
            if (!end.isAfter(start) && !end.equals(start)) {
                throw time.error("end", time.scalar("end"), "must not be before time.start " + start);
            }
            if (start.plusYears(200).isBefore(end)) {
                throw time.error("end", time.scalar("end"), "must be within 200 years of time.start " + start);
            }
            long seed = top.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, 1L);

            bindCountries(top);
            if (top.has("products")) {
                bindProducts(top);
            }
            List<TariffLine> tariffs = top.has("tariffs") ? bindTariffs(top) : List.of();
            List<TourismRoute> tourism = top.has("tourism") ? bindTourism(top) : List.of();
            routes = tourism.stream().map(TourismRoute::name).toList();
            List<PolicyEvent> events = top.has("events") ? bindEvents(top) : List.of();
            Target target = bindTarget(top);
            List<Observed> observed = top.has("observed") ? bindObserved(top) : List.of();
            List<Contract> contracts = top.has("contracts") ? bindContracts(top) : List.of();
            List<Project> projects = top.has("projects") ? bindProjects(top) : List.of();
            List<Rule> rules = top.has("rules") ? bindRules(top) : List.of();
            if (products.isEmpty() && contracts.isEmpty() && tourism.isEmpty() && projects.isEmpty()) {
                throw new ConfigException(top.location(), "products", "a scenario needs at least one product market, "
                        + "contract, tourism route or project");
            }
            return new ScenarioConfig(name, description, start, end, seed, List.copyOf(countries.values()),
                    List.copyOf(products.values()), tariffs, events, target, observed, contracts, tourism, projects,
                    rules);
        }

        private void bindCountries(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("countries"), "countries");
            if (items.size() < 2) {
                throw new ConfigException(top.node("countries").location(), "countries",
                        "needs at least two countries (the partners), usually three with ROW");
            }
            for (int i = 0; i < items.size(); i++) {
                String path = "countries[" + i + "]";
                MapReader c = new MapReader(items.get(i), path, List.of("iso3", "name"), List.of("vatRate"));
                String iso3 = c.matching("iso3", ISO3, "three capital letters (ISO 3166 alpha-3, or ROW)");
                if (countries.containsKey(iso3)) {
                    throw c.error("iso3", c.scalar("iso3"), "is listed twice in countries");
                }
                double vat = c.number("vatRate", Range.closed(0, 0.5, "VAT as a fraction, e.g. 0.18 for 18%"), 0);
                countries.put(iso3, new Country(iso3, c.text("name"), vat));
            }
        }

        private String knownCountry(MapReader reader, String key) {
            String iso3 = reader.matching(key, ISO3, "an ISO3 code listed under countries");
            if (!countries.containsKey(iso3)) {
                throw reader.error(key, reader.scalar(key), "is not listed under countries (listed: "
                        + String.join(", ", countries.keySet()) + ")");
            }
            return iso3;
        }

        private void bindProducts(MapReader top) {
            YamlNode.Mapping mapping = MapReader.asMapping(top.node("products"), "products");
            if (mapping.entries().isEmpty()) {
                throw new ConfigException(mapping.location(), "products", "needs at least one product market");
            }
            for (var entry : mapping.entries().entrySet()) {
                String key = entry.getKey();
                String path = "products." + key;
                if (!key.matches("[a-z][a-z0-9-]{0,39}")) {
                    throw new ConfigException(mapping.keyLocations().get(key), path,
                            "product keys must be 1 to 40 lower-case letters, digits or '-', starting with a letter");
                }
                products.put(key, bindProduct(key, path, entry.getValue()));
            }
        }

        private Product bindProduct(String key, String path, YamlNode node) {
            MapReader p = new MapReader(node, path,
                    List.of("name", "unit", "importer", "substitutionElasticity", "importDemandElasticity", "importers",
                            "sources"),
                    List.of("demandGrowthPerYear"));
            String importer = knownCountry(p, "importer");
            double sigma = p.number("substitutionElasticity", Range.leftOpen(1, 50,
                    "the Armington elasticity between origins must exceed 1; 1.5 to 8 is the usual range"));
            double em = p.number("importDemandElasticity", Range.open(-20, 0,
                    "import demand falls when its price rises, so Em is negative, e.g. -1.0"));
            double growth = p.number("demandGrowthPerYear", Range.closed(-0.5, 1, "fraction per year"), 0);
            ImporterPopulation importers = bindImporters(p.childPath("importers"), p.node("importers"));
            YamlNode.Mapping sourceMap = MapReader.asMapping(p.node("sources"), p.childPath("sources"));
            if (sourceMap.entries().isEmpty()) {
                throw new ConfigException(sourceMap.location(), p.childPath("sources"), "needs at least one origin");
            }
            if (sourceMap.entries().size() > MAX_ORIGINS) {
                throw new ConfigException(sourceMap.location(), p.childPath("sources"), "has "
                        + sourceMap.entries().size() + " origins; at most " + MAX_ORIGINS
                        + " (aggregate the smaller ones into ROW)");
            }
            List<Source> sources = new ArrayList<>();
            for (var entry : sourceMap.entries().entrySet()) {
                String exporter = entry.getKey();
                String sourcePath = p.childPath("sources") + "." + exporter;
                SourceLocation keyLocation = sourceMap.keyLocations().get(exporter);
                if (!countries.containsKey(exporter)) {
                    throw new ConfigException(keyLocation, sourcePath, "origin '" + YamlNode.Scalar.shorten(exporter)
                            + "' is not listed under countries (listed: " + String.join(", ", countries.keySet()) + ")");
                }
                if (exporter.equals(importer)) {
                    throw new ConfigException(keyLocation, sourcePath,
                            "an origin must differ from the importer " + importer + " (domestic supply is not modelled)");
                }
                sources.add(bindSource(exporter, sourcePath, entry.getValue()));
            }
            return new Product(key, p.text("name"), p.text("unit"), importer, sigma, em, growth, importers, sources);
        }

        private ImporterPopulation bindImporters(String path, YamlNode node) {
            MapReader m = new MapReader(node, path, List.of("count"),
                    List.of("sizeDispersion", "adjustmentPerMonth", "importerShockSd", "marketShockSd",
                            "marketShockPersistence"));
            int count = (int) m.integer("count", 1, MAX_AGENTS);
            return new ImporterPopulation(count,
                    m.number("sizeDispersion", Range.closed(0, 5, "standard deviation of log size"), 1.0),
                    m.number("adjustmentPerMonth", Range.leftOpen(0, 1, "1 = importers re-source at once"), 1.0),
                    m.number("importerShockSd", Range.closed(0, 2, "standard deviation of a log shock"), 0),
                    m.number("marketShockSd", Range.closed(0, 2, "standard deviation of a log shock"), 0),
                    m.number("marketShockPersistence", Range.closed(0, 0.999, "AR(1) coefficient, below 1"), 0));
        }

        private Source bindSource(String exporter, String path, YamlNode node) {
            MapReader s = new MapReader(node, path, List.of("baseValueUsd", "basePriceUsd", "exporters"),
                    List.of("tradeCost", "exportSupplyElasticity", "awareness"));
            double value = s.number("baseValueUsd", Range.leftOpen(0, 1e13, "annual customs value, US$ per year"));
            double price = s.number("basePriceUsd", Range.leftOpen(0, 1e9, "customs unit value, US$ per unit"));
            double tradeCost = s.number("tradeCost", Range.closed(1, 10, "CIF/FOB ratio"), 1.0);
            double ex = s.numberOrInfinite("exportSupplyElasticity",
                    Range.leftOpen(0, 1000, "export supply elasticity, or the word infinite for price takers"),
                    Double.POSITIVE_INFINITY);
            double awareness = s.number("awareness", Range.leftOpen(0, 1, "share of importers who know this origin"), 1.0);
            MapReader e = new MapReader(s.node("exporters"), s.childPath("exporters"), List.of("count"),
                    List.of("paretoShape", "costShare", "fixedCostUsdPerMonth"));
            int count = (int) e.integer("count", 1, MAX_AGENTS);
            ExporterPopulation exporters = new ExporterPopulation(count,
                    e.number("paretoShape", Range.leftOpen(0, 100, "shape of the Pareto productivity distribution"), 4.0),
                    e.number("costShare", Range.open(0, 1, "unit cost of the least productive firm / FOB price"), 0.9),
                    e.number("fixedCostUsdPerMonth", Range.closed(0, 1e9, "US$ per month"), 0));
            return new Source(exporter, value, price, tradeCost, ex, awareness, exporters);
        }

        private List<TariffLine> bindTariffs(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("tariffs"), "tariffs");
            List<TariffLine> lines = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "tariffs[" + i + "]";
                MapReader t = new MapReader(items.get(i), path, List.of("importer", "product", "partner"),
                        List.of("customs", "regulatory", "additional", "until"));
                String importer = knownCountry(t, "importer");
                Product product = knownProduct(t, "product", false);
                requireImporter(t, product, importer);
                String partner = partner(t, product);
                YearMonth until = t.monthOrNull("until");
                if (until != null && until.isBefore(start)) {
                    throw t.error("until", t.scalar("until"), "is before time.start " + start
                            + ": a preference that lapsed before the run is not in force; remove the line");
                }
                if (until != null && partner.equals(TariffLine.MFN)) {
                    throw t.error("until", t.scalar("until"),
                            "only a partner-specific line (a preference) can expire; the MFN line always applies");
                }
                if (!seen.add(importer + "|" + product.key() + "|" + partner)) {
                    throw t.error("partner", t.scalar("partner"), "a line for " + importer + " / " + product.key()
                            + " / " + partner + " is given twice");
                }
                lines.add(new TariffLine(importer, product.key(), partner, t.fraction("customs", 0),
                        t.fraction("regulatory", 0), t.fraction("additional", 0), until));
            }
            return lines;
        }

        private Product knownProduct(MapReader reader, String key, boolean wildcard) {
            String value = reader.text(key);
            if (wildcard && value.equals(PolicyEvent.ALL_PRODUCTS)) {
                return null;
            }
            Product product = products.get(value);
            if (product == null) {
                String suggestion = MapReader.closest(value, products.keySet());
                throw reader.error(key, reader.scalar(key), "is not a product of this scenario"
                        + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)") + "; products: "
                        + String.join(", ", products.keySet()) + (wildcard ? ", or * for all" : ""));
            }
            return product;
        }

        private static void requireImporter(MapReader reader, Product product, String importer) {
            if (product != null && !product.importer().equals(importer)) {
                throw reader.error("product", reader.scalar("product"), "is imported by " + product.importer()
                        + " in this scenario, not by " + importer);
            }
        }

        /** The exporter must supply the product (or, for "*", some product of the importer). */
        private void requireOrigin(MapReader reader, Product product, String importer, String exporter) {
            boolean supplies = product != null ? product.sourceIndex(exporter) >= 0
                    : products.values().stream().anyMatch(p -> p.importer().equals(importer) && p.sourceIndex(exporter) >= 0);
            if (!supplies) {
                throw reader.error("exporter", reader.scalar("exporter"), product != null
                        ? "is not an origin of product " + product.key() + " (origins: "
                                + String.join(", ", product.sources().stream().map(Source::exporter).toList()) + ")"
                        : "supplies none of " + importer + "'s products in this scenario");
            }
        }

        private String partner(MapReader reader, Product product) {
            return partner(reader, product, true);
        }

        /** A partner: an origin of the product, or (where {@code mfnAllowed}) MFN for every partner. */
        private String partner(MapReader reader, Product product, boolean mfnAllowed) {
            String partner = reader.text("partner");
            if (partner.equals(TariffLine.MFN)) {
                if (mfnAllowed) {
                    return partner;
                }
                throw reader.error("partner", reader.scalar("partner"), "a PTA concession names a partner country, not MFN");
            }
            String orMfn = mfnAllowed ? ", nor MFN (every partner without a line of its own)" : "";
            if (!partner.matches(ISO3)) {
                throw reader.error("partner", reader.scalar("partner"), "must be an ISO3 code listed under countries ("
                        + String.join(", ", countries.keySet()) + ")" + (mfnAllowed ? ", or MFN" : ""));
            }
            if (!countries.containsKey(partner)) {
                throw reader.error("partner", reader.scalar("partner"), "is not listed under countries (listed: "
                        + String.join(", ", countries.keySet()) + ")" + orMfn);
            }
            if (product != null && product.sourceIndex(partner) < 0) {
                throw reader.error("partner", reader.scalar("partner"), "is not an origin of product " + product.key()
                        + " (origins: " + String.join(", ", product.sources().stream().map(Source::exporter).toList())
                        + ")" + orMfn);
            }
            return partner;
        }

        private YearMonth dateInSpan(MapReader reader, String key) {
            YearMonth month = reader.month(key);
            if (month.isBefore(start) || month.isAfter(end)) {
                throw reader.error(key, reader.scalar(key), "must fall within the simulated span " + start + " to " + end
                        + " (policy already in force at the start belongs under tariffs)");
            }
            return month;
        }

        private YearMonth untilAfter(MapReader reader, YearMonth date) {
            YearMonth until = reader.monthOrNull("until");
            if (until != null && until.isBefore(date)) {
                throw reader.error("until", reader.scalar("until"), "must not be before the event's date " + date);
            }
            return until;
        }

        private List<PolicyEvent> bindEvents(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("events"), "events");
            List<PolicyEvent> events = new ArrayList<>();
            List<String> types = List.of("duty", "tradeCost", "exhibition", "pta", "trq", "flights");
            for (int i = 0; i < items.size(); i++) {
                String path = "events[" + i + "]";
                String type = MapReader.peek(items.get(i), path, "type");
                if (!types.contains(type)) {
                    MapReader head = new MapReader(items.get(i), path, List.of("type"), allKeys(items.get(i), path));
                    head.oneOf("type", types);
                }
                events.add(switch (type) {
                    case "duty" -> dutyEvent(items.get(i), path);
                    case "tradeCost" -> tradeCostEvent(items.get(i), path);
                    case "exhibition" -> exhibitionEvent(items.get(i), path);
                    case "pta" -> ptaEvent(items.get(i), path);
                    case "trq" -> quotaEvent(items.get(i), path);
                    default -> flightsEvent(items.get(i), path);
                });
            }
            return events;
        }

        private static List<String> allKeys(YamlNode node, String path) {
            return new ArrayList<>(MapReader.asMapping(node, path).entries().keySet());
        }

        private PolicyEvent ptaEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "name", "concessions"),
                    List.of("utilization", "note"));
            YearMonth date = dateInSpan(e, "date");
            double utilization = e.number("utilization", Range.closed(0, 1,
                    "share of imports that claim the preference (rules of origin)"), 1.0);
            List<YamlNode> items = MapReader.asList(e.node("concessions"), e.childPath("concessions"));
            if (items.isEmpty()) {
                throw new ConfigException(e.node("concessions").location(), e.childPath("concessions"),
                        "a PTA needs at least one concession");
            }
            List<PolicyEvent.Concession> concessions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader c = new MapReader(items.get(i), e.childPath("concessions") + "[" + i + "]",
                        List.of("importer", "product", "partner", "rate"), List.of("note"));
                String importer = knownCountry(c, "importer");
                Product product = knownProduct(c, "product", false);
                requireImporter(c, product, importer);
                String partner = partner(c, product, false);
                concessions.add(new PolicyEvent.Concession(importer, product.key(), partner, c.fraction("rate", 0)));
            }
            return new PolicyEvent.Pta(date, e.text("name"), concessions, utilization);
        }

        private PolicyEvent quotaEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "importer", "product", "partner",
                    "inQuotaRate", "outOfQuotaRate", "quotaVolumePerYear"), List.of("until", "note"));
            YearMonth date = dateInSpan(e, "date");
            String importer = knownCountry(e, "importer");
            Product product = knownProduct(e, "product", false);
            requireImporter(e, product, importer);
            String partner = partner(e, product);
            double in = e.fraction("inQuotaRate", 0);
            double out = e.fraction("outOfQuotaRate", 0);
            double quota = e.number("quotaVolumePerYear", Range.closed(0, 1e15, "product units per year"));
            return new PolicyEvent.TariffRateQuota(date, importer, product.key(), partner, in, out, quota,
                    untilAfter(e, date));
        }

        private PolicyEvent flightsEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "route", "seatsPerWeekChange"),
                    List.of("tradeCostFactor", "note"));
            YearMonth date = dateInSpan(e, "date");
            String route = e.text("route");
            if (!routes.contains(route)) {
                throw e.error("route", e.scalar("route"), "is not a tourism route of this scenario"
                        + (routes.isEmpty() ? " (there are none: add one under tourism)" : " (routes: "
                                + String.join(", ", routes) + ")"));
            }
            return new PolicyEvent.Flights(date, route,
                    e.number("seatsPerWeekChange", Range.closed(-1e6, 1e6, "seats per week added (or removed, if negative)")),
                    e.number("tradeCostFactor", Range.leftOpen(0, 10, "multiplies goods trade costs between the two countries"),
                            1.0));
        }

        private List<TourismRoute> bindTourism(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("tourism"), "tourism");
            List<TourismRoute> routesFound = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader t = new MapReader(items.get(i), "tourism[" + i + "]", List.of("name", "visitorsFrom",
                        "destination", "baseVisitorsPerYear", "spendPerVisitorUsd", "baseSeatsPerWeek"),
                        List.of("seatElasticity", "growthPerYear", "countsTowardTarget", "note"));
                String name = t.matching("name", "[a-z][a-z0-9-]{0,39}", "1 to 40 lower-case letters, digits or '-'");
                String from = knownCountry(t, "visitorsFrom");
                String destination = knownCountry(t, "destination");
                if (from.equals(destination)) {
                    throw t.error("destination", t.scalar("destination"), "must differ from visitorsFrom");
                }
                takeName(t, "name");
                routesFound.add(new TourismRoute(name, from, destination,
                        t.number("baseVisitorsPerYear", Range.leftOpen(0, 1e10, "visitors per year")),
                        t.number("spendPerVisitorUsd", Range.closed(0, 1e6, "US$ per visitor")),
                        t.number("baseSeatsPerWeek", Range.leftOpen(0, 1e7, "direct seats per week")),
                        t.number("seatElasticity", Range.closed(0, 5, "elasticity of visitors to seats"), 0.5),
                        t.number("growthPerYear", Range.closed(-0.5, 1, "fraction per year"), 0.0),
                        t.bool("countsTowardTarget", false)));
            }
            return routesFound;
        }

        private List<Contract> bindContracts(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("contracts"), "contracts");
            List<Contract> contracts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader c = new MapReader(items.get(i), "contracts[" + i + "]",
                        List.of("name", "kind", "exporter", "importer"),
                        List.of("countsTowardTarget", "deliveries", "recurring", "note"));
                String name = c.matching("name", "[a-z][a-z0-9-]{0,39}", "1 to 40 lower-case letters, digits or '-'");
                takeName(c, "name");
                String kind = c.oneOf("kind", List.of("defence", "energy", "other"));
                String exporter = knownCountry(c, "exporter");
                String importer = knownCountry(c, "importer");
                if (exporter.equals(importer)) {
                    throw c.error("importer", c.scalar("importer"), "must differ from the exporter");
                }
                List<Contract.Delivery> deliveries = new ArrayList<>();
                if (c.has("deliveries")) {
                    List<YamlNode> list = MapReader.asList(c.node("deliveries"), c.childPath("deliveries"));
                    for (int d = 0; d < list.size(); d++) {
                        MapReader m = new MapReader(list.get(d), c.childPath("deliveries") + "[" + d + "]",
                                List.of("date", "valueUsd"), List.of("note"));
                        deliveries.add(new Contract.Delivery(dateInSpan(m, "date"),
                                m.number("valueUsd", Range.leftOpen(0, 1e13, "US$"))));
                    }
                }
                Contract.Recurring recurring = null;
                if (c.has("recurring")) {
                    MapReader r = new MapReader(c.node("recurring"), c.childPath("recurring"),
                            List.of("from", "to", "valueUsdPerDelivery"),
                            List.of("deliveriesPerMonth", "acceptProbability", "capacityUsdPerMonth", "note"));
                    YearMonth from = r.month("from");
                    YearMonth to = r.month("to");
                    if (to.isBefore(from)) {
                        throw r.error("to", r.scalar("to"), "must not be before from " + from);
                    }
                    recurring = new Contract.Recurring(from, to,
                            r.number("valueUsdPerDelivery", Range.leftOpen(0, 1e12, "US$ per delivery")),
                            (int) r.integer("deliveriesPerMonth", 1, 1000, 1),
                            r.number("acceptProbability", Range.closed(0, 1, "probability the buyer takes a delivery"), 1.0),
                            r.numberOrInfinite("capacityUsdPerMonth", Range.leftOpen(0, 1e13, "US$ per month"),
                                    Double.POSITIVE_INFINITY));
                }
                if (deliveries.isEmpty() && recurring == null) {
                    throw new ConfigException(c.location(), "contracts[" + i + "]",
                            "a contract needs deliveries, recurring, or both");
                }
                contracts.add(new Contract(name, kind, exporter, importer, c.bool("countsTowardTarget", true),
                        deliveries, recurring));
            }
            return contracts;
        }

        private List<Project> bindProjects(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("projects"), "projects");
            List<Project> projectsFound = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "projects[" + i + "]";
                MapReader p = new MapReader(items.get(i), path, List.of("name", "country", "constructionStart",
                        "capexEnd", "firstProduction", "capexUsd"),
                        List.of("rampUpMonths", "importedCapex", "tranches", "commodities", "security", "infrastructure",
                                "jobs", "note"));
                String name = p.matching("name", "[a-z][a-z0-9-]{0,39}", "1 to 40 lower-case letters, digits or '-'");
                takeName(p, "name");
                if (!takenNames.add(name + "-equipment")) {
                    throw p.error("name", p.scalar("name"), "its equipment flow '" + name + "-equipment' clashes with a name already used");
                }
                String country = knownCountry(p, "country");
                YearMonth constructionStart = p.month("constructionStart");
                YearMonth capexEnd = p.month("capexEnd");
                if (capexEnd.isBefore(constructionStart)) {
                    throw p.error("capexEnd", p.scalar("capexEnd"), "must not be before constructionStart " + constructionStart);
                }
                YearMonth firstProduction = p.month("firstProduction");
                if (firstProduction.isBefore(constructionStart)) {
                    throw p.error("firstProduction", p.scalar("firstProduction"),
                            "must not be before constructionStart " + constructionStart);
                }
                double capex = p.number("capexUsd", Range.closed(0, 1e13, "US$"));
                List<Project.ImportShare> imported = new ArrayList<>();
                if (p.has("importedCapex")) {
                    List<YamlNode> list = MapReader.asList(p.node("importedCapex"), p.childPath("importedCapex"));
                    double total = 0;
                    for (int k = 0; k < list.size(); k++) {
                        MapReader m = new MapReader(list.get(k), p.childPath("importedCapex") + "[" + k + "]",
                                List.of("exporter", "share"), List.of("countsTowardTarget", "note"));
                        String exporter = knownCountry(m, "exporter");
                        double share = m.number("share", Range.closed(0, 1, "share of capex"));
                        total += share;
                        if (total > 1 + 1e-9) {
                            throw m.error("share", m.scalar("share"), "the imported shares add up to more than 1");
                        }
                        imported.add(new Project.ImportShare(exporter, share, m.bool("countsTowardTarget", true)));
                    }
                }
                List<Project.Tranche> tranches = new ArrayList<>();
                if (p.has("tranches")) {
                    List<YamlNode> list = MapReader.asList(p.node("tranches"), p.childPath("tranches"));
                    for (int k = 0; k < list.size(); k++) {
                        MapReader m = new MapReader(list.get(k), p.childPath("tranches") + "[" + k + "]",
                                List.of("lender", "amountUsd", "rate", "tenorYears"), List.of("graceYears", "note"));
                        double tenor = m.number("tenorYears", Range.leftOpen(0, 50, "years"));
                        double grace = m.number("graceYears", Range.closed(0, 50, "years"), 0);
                        if (grace >= tenor) {
                            throw m.error("graceYears", m.scalar("graceYears"), "must be shorter than tenorYears " + tenor);
                        }
                        tranches.add(new Project.Tranche(m.text("lender"), m.number("amountUsd", Range.leftOpen(0, 1e13, "US$")),
                                m.fraction("rate", 0), tenor, grace));
                    }
                }
                List<YamlNode> list = p.has("commodities") ? MapReader.asList(p.node("commodities"), p.childPath("commodities"))
                        : List.of();
                List<Project.Commodity> commodities = new ArrayList<>();
                for (int k = 0; k < list.size(); k++) {
                    MapReader m = new MapReader(list.get(k), p.childPath("commodities") + "[" + k + "]",
                            List.of("name", "unit", "capacityPerYear", "priceUsd", "exportTo"),
                            List.of("priceVolatility", "countsTowardTarget", "note"));
                    String commodity = m.matching("name", "[a-z][a-z0-9-]{0,39}", "1 to 40 lower-case letters, digits or '-'");
                    takeName(m, "name");
                    commodities.add(new Project.Commodity(commodity, m.text("unit"),
                            m.number("capacityPerYear", Range.leftOpen(0, 1e12, "units per year at full capacity")),
                            m.number("priceUsd", Range.leftOpen(0, 1e9, "US$ per unit")),
                            m.number("priceVolatility", Range.closed(0, 2, "annual volatility of the log price"), 0),
                            knownCountry(m, "exportTo"), m.bool("countsTowardTarget", true)));
                }
                Project.Security security = new Project.Security(0, 0);
                if (p.has("security")) {
                    MapReader m = new MapReader(p.node("security"), p.childPath("security"),
                            List.of("incidentProbabilityPerMonth", "disruptionMonths"), List.of("note"));
                    security = new Project.Security(m.number("incidentProbabilityPerMonth", Range.closed(0, 1, "probability")),
                            (int) m.integer("disruptionMonths", 0, 120));
                }
                Project.Infrastructure infrastructure = null;
                if (p.has("infrastructure")) {
                    MapReader m = new MapReader(p.node("infrastructure"), p.childPath("infrastructure"),
                            List.of("name", "readyDate", "capacityShareBeforeReady"), List.of("note"));
                    infrastructure = new Project.Infrastructure(m.text("name"), m.month("readyDate"),
                            m.number("capacityShareBeforeReady", Range.closed(0, 1, "share of capacity")));
                }
                double constructionJobs = 0;
                double operationJobs = 0;
                if (p.has("jobs")) {
                    MapReader m = new MapReader(p.node("jobs"), p.childPath("jobs"), List.of(),
                            List.of("construction", "operation", "note"));
                    constructionJobs = m.number("construction", Range.closed(0, 1e7, "jobs"), 0);
                    operationJobs = m.number("operation", Range.closed(0, 1e7, "jobs"), 0);
                }
                projectsFound.add(new Project(name, country, constructionStart, capexEnd, firstProduction,
                        (int) p.integer("rampUpMonths", 0, 240, 0), capex, imported, tranches, commodities, security,
                        infrastructure, constructionJobs, operationJobs));
            }
            return projectsFound;
        }

        private List<Rule> bindRules(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("rules"), "rules");
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "rules[" + i + "]";
                String type = MapReader.peek(items.get(i), path, "type");
                if (type.equals("safeguard")) {
                    MapReader r = new MapReader(items.get(i), path, List.of("type", "importer", "product", "partner",
                            "surgeRatio", "layer", "rate", "durationMonths"), List.of("note"));
                    String importer = knownCountry(r, "importer");
                    Product product = knownProduct(r, "product", false);
                    requireImporter(r, product, importer);
                    String partner = partner(r, product);
                    rules.add(new Rule.Safeguard(importer, product.key(), partner,
                            r.number("surgeRatio", Range.leftOpen(1, 100, "imports over 12 months / base-year imports")),
                            DutyLayer.valueOf(r.oneOf("layer", List.of("customs", "regulatory", "additional"))
                                    .toUpperCase(java.util.Locale.ROOT)),
                            r.fraction("rate", 0), (int) r.integer("durationMonths", 1, 600)));
                } else if (type.equals("promotion")) {
                    MapReader r = new MapReader(items.get(i), path, List.of("type", "exporter", "importer", "product",
                            "targetYear", "everyMonths"), List.of("fixedCostFactor", "discoveryProbability", "note"));
                    String exporter = knownCountry(r, "exporter");
                    String importer = knownCountry(r, "importer");
                    Product product = knownProduct(r, "product", true);
                    requireImporter(r, product, importer);
                    requireOrigin(r, product, importer, exporter);
                    rules.add(new Rule.Promotion(exporter, importer, product == null ? PolicyEvent.ALL_PRODUCTS : product.key(),
                            (int) r.integer("targetYear", start.getYear() + 1, 2300), (int) r.integer("everyMonths", 1, 120),
                            r.number("fixedCostFactor", Range.leftOpen(0, 1, "multiplies exporters' fixed cost"), 1.0),
                            r.number("discoveryProbability", Range.closed(0, 1, "probability"), 0.0)));
                } else {
                    new MapReader(items.get(i), path, List.of("type"), allKeys(items.get(i), path))
                            .oneOf("type", List.of("safeguard", "promotion"));
                }
            }
            return rules;
        }

        private PolicyEvent dutyEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "importer", "product", "partner", "layer", "rate"),
                    List.of("until", "note"));
            YearMonth date = dateInSpan(e, "date");
            String importer = knownCountry(e, "importer");
            Product product = knownProduct(e, "product", true);
            requireImporter(e, product, importer);
            String partner = partner(e, product);
            DutyLayer layer = DutyLayer.valueOf(e.oneOf("layer", List.of("customs", "regulatory", "additional"))
                    .toUpperCase(java.util.Locale.ROOT));
            double rate = e.fraction("rate", 0);
            return new PolicyEvent.DutyChange(date, importer, product == null ? PolicyEvent.ALL_PRODUCTS : product.key(),
                    partner, layer, rate, untilAfter(e, date));
        }

        private PolicyEvent tradeCostEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "exporter", "importer", "product", "factor"),
                    List.of("until", "note"));
            YearMonth date = dateInSpan(e, "date");
            String exporter = knownCountry(e, "exporter");
            String importer = knownCountry(e, "importer");
            Product product = knownProduct(e, "product", true);
            requireImporter(e, product, importer);
            requireOrigin(e, product, importer, exporter);
            double factor = e.number("factor", Range.leftOpen(0, 10, "multiplies the CIF/FOB trade cost; 0.97 = 3% cheaper"));
            return new PolicyEvent.TradeCostChange(date, exporter, importer,
                    product == null ? PolicyEvent.ALL_PRODUCTS : product.key(), factor, untilAfter(e, date));
        }

        private PolicyEvent exhibitionEvent(YamlNode node, String path) {
            MapReader e = new MapReader(node, path, List.of("type", "date", "exporter", "importer", "product"),
                    List.of("fixedCostFactor", "discoveryProbability", "note"));
            YearMonth date = dateInSpan(e, "date");
            String exporter = knownCountry(e, "exporter");
            String importer = knownCountry(e, "importer");
            Product product = knownProduct(e, "product", true);
            requireImporter(e, product, importer);
            requireOrigin(e, product, importer, exporter);
            return new PolicyEvent.Exhibition(date, exporter, importer,
                    product == null ? PolicyEvent.ALL_PRODUCTS : product.key(),
                    e.number("fixedCostFactor", Range.leftOpen(0, 1, "multiplies exporters' fixed cost; 0.8 = 20% lower"), 1.0),
                    e.number("discoveryProbability", Range.closed(0, 1, "probability"), 0.0));
        }

        private List<Observed> bindObserved(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("observed"), "observed");
            List<Observed> observed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader o = new MapReader(items.get(i), "observed[" + i + "]", List.of("year", "totalUsd", "source"),
                        List.of("note"));
                int year = (int) o.integer("year", start.getYear(), end.getYear());
                if (observed.stream().anyMatch(x -> x.year() == year)) {
                    throw o.error("year", o.scalar("year"), "year " + year + " is observed twice; give one total per year");
                }
                observed.add(new Observed(year, o.number("totalUsd", Range.leftOpen(0, 1e15, "US$ per year")),
                        o.text("source")));
            }
            return observed;
        }

        private Target bindTarget(MapReader top) {
            MapReader t = new MapReader(top.node("target"), "target", List.of("valueUsd", "between"), List.of("year", "note"));
            double value = t.number("valueUsd", Range.leftOpen(0, 1e15, "US$ per year"));
            Integer year = t.has("year") ? (int) t.integer("year", start.getYear(), 2300) : null;
            List<YamlNode> pair = MapReader.asList(t.node("between"), "target.between");
            if (pair.size() != 2) {
                throw new ConfigException(t.node("between").location(), "target.between",
                        "must list exactly two countries, e.g. [PAK, AZE]");
            }
            List<String> between = new ArrayList<>();
            for (YamlNode n : pair) {
                String iso3 = n instanceof YamlNode.Scalar s ? s.text() : null;
                if (iso3 == null || !countries.containsKey(iso3)) {
                    throw new ConfigException(n.location(), "target.between = " + n.describe(),
                            "must be a country listed under countries (" + String.join(", ", countries.keySet()) + ")");
                }
                between.add(iso3);
            }
            if (between.get(0).equals(between.get(1))) {
                throw new ConfigException(t.node("between").location(), "target.between", "must name two different countries");
            }
            return new Target(value, year, between);
        }
    }
}
