package org.bilatsim.config;


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

import static org.bilatsim.config.ConfigSchema.*;

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
    private static final class Binder implements LeverBinders.Context {
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
            MapReader top = new MapReader(root, "", "");
            MapReader scenario = new MapReader(top.node("scenario"), "scenario", "scenario");
            String name = scenario.text(SCENARIO_NAME);
            if (name.contains("..")) {
                throw scenario.error("name", scenario.scalar("name"), "must not contain '..' (it names the output folder)");
            }
            String description = scenario.text(SCENARIO_DESCRIPTION);

            MapReader time = new MapReader(top.node("time"), "time", "time");
            start = time.month(TIME_START);
            end = time.month(TIME_END);
            if (time.has("step")) {
                time.oneOf(TIME_STEP);
            }
            if (!end.isAfter(start) && !end.equals(start)) {
                throw time.error("end", time.scalar("end"), "must not be before time.start " + start);
            }
            if (start.plusYears(200).isBefore(end)) {
                throw time.error("end", time.scalar("end"), "must be within 200 years of time.start " + start);
            }
            long seed = top.integer(SEED);

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
                MapReader c = new MapReader(items.get(i), path, "countries[]");
                String iso3 = c.text(COUNTRY_ISO3);
                if (countries.containsKey(iso3)) {
                    throw c.error("iso3", c.scalar("iso3"), "is listed twice in countries");
                }
                double vat = c.number(VAT_RATE);
                countries.put(iso3, new Country(iso3, c.text(COUNTRY_NAME), vat));
            }
        }

        @Override
        public String knownCountry(MapReader reader, ConfigSchema.Entry entry) {
            String key = entry.key();
            String iso3 = reader.text(entry);
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
                if (!key.matches(PRODUCTS.pattern())) {
                    throw new ConfigException(mapping.keyLocations().get(key), path,
                            "product keys must be 1 to 40 lower-case letters, digits or '-', starting with a letter");
                }
                products.put(key, bindProduct(key, path, entry.getValue()));
            }
        }

        private Product bindProduct(String key, String path, YamlNode node) {
            MapReader p = new MapReader(node, path, "products.*");
            String importer = knownCountry(p, PRODUCT_IMPORTER);
            double sigma = p.number(SUBSTITUTION_ELASTICITY);
            double em = p.number(IMPORT_DEMAND_ELASTICITY);
            double growth = p.number(DEMAND_GROWTH);
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
            return new Product(key, p.text(PRODUCT_NAME), p.text(PRODUCT_UNIT), importer, sigma, em, growth, importers,
                    sources);
        }

        private ImporterPopulation bindImporters(String path, YamlNode node) {
            MapReader m = new MapReader(node, path, "products.*.importers");
            int count = (int) m.integer(IMPORTER_COUNT);
            return new ImporterPopulation(count, m.number(SIZE_DISPERSION), m.number(ADJUSTMENT), m.number(IMPORTER_SHOCK),
                    m.number(MARKET_SHOCK), m.number(MARKET_PERSISTENCE));
        }

        private Source bindSource(String exporter, String path, YamlNode node) {
            MapReader s = new MapReader(node, path, "products.*.sources.*");
            double value = s.number(BASE_VALUE);
            double price = s.number(BASE_PRICE);
            double tradeCost = s.number(TRADE_COST);
            double ex = s.numberOrInfinite(EXPORT_SUPPLY);
            double awareness = s.number(AWARENESS);
            MapReader e = new MapReader(s.node("exporters"), s.childPath("exporters"), "products.*.sources.*.exporters");
            int count = (int) e.integer(EXPORTER_COUNT);
            ExporterPopulation exporters = new ExporterPopulation(count, e.number(PARETO_SHAPE), e.number(COST_SHARE),
                    e.number(FIXED_COST));
            return new Source(exporter, value, price, tradeCost, ex, awareness, exporters);
        }

        private List<TariffLine> bindTariffs(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("tariffs"), "tariffs");
            List<TariffLine> lines = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "tariffs[" + i + "]";
                MapReader t = new MapReader(items.get(i), path, "tariffs[]");
                String importer = knownCountry(t, TARIFF_IMPORTER);
                Product product = knownProduct(t, TARIFF_PRODUCT, false);
                requireImporter(t, product, importer);
                String partner = partner(t, product, true);
                YearMonth until = t.month(TARIFF_UNTIL);
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
                lines.add(new TariffLine(importer, product.key(), partner, t.fraction(TARIFF_CUSTOMS),
                        t.fraction(TARIFF_REGULATORY), t.fraction(TARIFF_ADDITIONAL), until));
            }
            return lines;
        }

        @Override
        public Product knownProduct(MapReader reader, ConfigSchema.Entry entry, boolean wildcard) {
            String key = entry.key();
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

        @Override
        public void requireImporter(MapReader reader, Product product, String importer) {
            if (product != null && !product.importer().equals(importer)) {
                throw reader.error("product", reader.scalar("product"), "is imported by " + product.importer()
                        + " in this scenario, not by " + importer);
            }
        }

        /** The exporter must supply the product (or, for "*", some product of the importer). */
        @Override
        public void requireOrigin(MapReader reader, Product product, String importer, String exporter) {
            boolean supplies = product != null ? product.sourceIndex(exporter) >= 0
                    : products.values().stream().anyMatch(p -> p.importer().equals(importer) && p.sourceIndex(exporter) >= 0);
            if (!supplies) {
                throw reader.error("exporter", reader.scalar("exporter"), product != null
                        ? "is not an origin of product " + product.key() + " (origins: "
                                + String.join(", ", product.sources().stream().map(Source::exporter).toList()) + ")"
                        : "supplies none of " + importer + "'s products in this scenario");
            }
        }

        /** A partner: an origin of the product, or (where {@code mfnAllowed}) MFN for every partner. */
        @Override
        public String partner(MapReader reader, Product product, boolean mfnAllowed) {
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

        @Override
        public List<String> routes() {
            return routes;
        }

        @Override
        public YearMonth dateInSpan(MapReader reader, ConfigSchema.Entry entry) {
            String key = entry.key();
            YearMonth month = reader.month(key);
            if (month.isBefore(start) || month.isAfter(end)) {
                throw reader.error(key, reader.scalar(key), "must fall within the simulated span " + start + " to " + end
                        + " (policy already in force at the start belongs under tariffs)");
            }
            return month;
        }

        @Override
        public YearMonth untilAfter(MapReader reader, YearMonth date) {
            YearMonth until = reader.monthOrNull("until");
            if (until != null && until.isBefore(date)) {
                throw reader.error("until", reader.scalar("until"), "must not be before the event's date " + date);
            }
            return until;
        }

        private List<PolicyEvent> bindEvents(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("events"), "events");
            List<PolicyEvent> events = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "events[" + i + "]";
                String type = MapReader.peek(items.get(i), path, "type");
                Lever lever = Lever.byConfigName(type);
                if (lever == null) {
                    MapReader head = new MapReader(items.get(i), path, List.of("type"), allKeys(items.get(i), path));
                    head.oneOf("type", Lever.configNames());
                }
                events.add(lever.binder().bind(this, items.get(i), path));
            }
            return events;
        }

        private static List<String> allKeys(YamlNode node, String path) {
            return new ArrayList<>(MapReader.asMapping(node, path).entries().keySet());
        }

        private List<TourismRoute> bindTourism(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("tourism"), "tourism");
            List<TourismRoute> routesFound = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader t = new MapReader(items.get(i), "tourism[" + i + "]", "tourism[]");
                String name = t.text(TOURISM_NAME);
                String from = knownCountry(t, TOURISM_FROM);
                String destination = knownCountry(t, TOURISM_DESTINATION);
                if (from.equals(destination)) {
                    throw t.error("destination", t.scalar("destination"), "must differ from visitorsFrom");
                }
                takeName(t, "name");
                routesFound.add(new TourismRoute(name, from, destination,
                        t.number(TOURISM_VISITORS), t.number(TOURISM_SPEND), t.number(TOURISM_SEATS),
                        t.number(TOURISM_SEAT_ELASTICITY), t.number(TOURISM_GROWTH), t.bool(TOURISM_COUNTS)));
            }
            return routesFound;
        }

        private List<Contract> bindContracts(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("contracts"), "contracts");
            List<Contract> contracts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader c = new MapReader(items.get(i), "contracts[" + i + "]", "contracts[]");
                String name = c.text(CONTRACT_NAME);
                takeName(c, "name");
                String kind = c.oneOf(CONTRACT_KIND);
                String exporter = knownCountry(c, CONTRACT_EXPORTER);
                String importer = knownCountry(c, CONTRACT_IMPORTER);
                if (exporter.equals(importer)) {
                    throw c.error("importer", c.scalar("importer"), "must differ from the exporter");
                }
                List<Contract.Delivery> deliveries = new ArrayList<>();
                if (c.has("deliveries")) {
                    List<YamlNode> list = MapReader.asList(c.node("deliveries"), c.childPath("deliveries"));
                    for (int d = 0; d < list.size(); d++) {
                        MapReader m = new MapReader(list.get(d), c.childPath("deliveries") + "[" + d + "]",
                                "contracts[].deliveries[]");
                        deliveries.add(new Contract.Delivery(dateInSpan(m, DELIVERY_DATE), m.number(DELIVERY_VALUE)));
                    }
                }
                Contract.Recurring recurring = null;
                if (c.has("recurring")) {
                    MapReader r = new MapReader(c.node("recurring"), c.childPath("recurring"),
                            "contracts[].recurring");
                    YearMonth from = r.month(RECURRING_FROM);
                    YearMonth to = r.month(RECURRING_TO);
                    if (to.isBefore(from)) {
                        throw r.error("to", r.scalar("to"), "must not be before from " + from);
                    }
                    recurring = new Contract.Recurring(from, to,
                            r.number(RECURRING_VALUE), (int) r.integer(RECURRING_PER_MONTH), r.number(RECURRING_ACCEPT),
                            r.numberOrInfinite(RECURRING_CAPACITY));
                }
                if (deliveries.isEmpty() && recurring == null) {
                    throw new ConfigException(c.location(), "contracts[" + i + "]",
                            "a contract needs deliveries, recurring, or both");
                }
                contracts.add(new Contract(name, kind, exporter, importer, c.bool(CONTRACT_COUNTS),
                        deliveries, recurring));
            }
            return contracts;
        }

        private List<Project> bindProjects(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("projects"), "projects");
            List<Project> projectsFound = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String path = "projects[" + i + "]";
                MapReader p = new MapReader(items.get(i), path, "projects[]");
                String name = p.text(PROJECT_NAME);
                takeName(p, "name");
                if (!takenNames.add(name + "-equipment")) {
                    throw p.error("name", p.scalar("name"), "its equipment flow '" + name + "-equipment' clashes with a name already used");
                }
                String country = knownCountry(p, PROJECT_COUNTRY);
                YearMonth constructionStart = p.month(PROJECT_CONSTRUCTION);
                YearMonth capexEnd = p.month(PROJECT_CAPEX_END);
                if (capexEnd.isBefore(constructionStart)) {
                    throw p.error("capexEnd", p.scalar("capexEnd"), "must not be before constructionStart " + constructionStart);
                }
                YearMonth firstProduction = p.month(PROJECT_FIRST_PRODUCTION);
                if (firstProduction.isBefore(constructionStart)) {
                    throw p.error("firstProduction", p.scalar("firstProduction"),
                            "must not be before constructionStart " + constructionStart);
                }
                double capex = p.number(PROJECT_CAPEX);
                List<Project.ImportShare> imported = new ArrayList<>();
                if (p.has("importedCapex")) {
                    List<YamlNode> list = MapReader.asList(p.node("importedCapex"), p.childPath("importedCapex"));
                    double total = 0;
                    for (int k = 0; k < list.size(); k++) {
                        MapReader m = new MapReader(list.get(k), p.childPath("importedCapex") + "[" + k + "]",
                                "projects[].importedCapex[]");
                        String exporter = knownCountry(m, IMPORTED_EXPORTER);
                        double share = m.number(IMPORTED_SHARE);
                        total += share;
                        if (total > 1 + 1e-9) {
                            throw m.error("share", m.scalar("share"), "the imported shares add up to more than 1");
                        }
                        imported.add(new Project.ImportShare(exporter, share, m.bool(IMPORTED_COUNTS)));
                    }
                }
                List<Project.Tranche> tranches = new ArrayList<>();
                if (p.has("tranches")) {
                    List<YamlNode> list = MapReader.asList(p.node("tranches"), p.childPath("tranches"));
                    for (int k = 0; k < list.size(); k++) {
                        MapReader m = new MapReader(list.get(k), p.childPath("tranches") + "[" + k + "]",
                                "projects[].tranches[]");
                        double tenor = m.number(TRANCHE_TENOR);
                        double grace = m.number(TRANCHE_GRACE);
                        if (grace >= tenor) {
                            throw m.error("graceYears", m.scalar("graceYears"), "must be shorter than tenorYears " + tenor);
                        }
                        tranches.add(new Project.Tranche(m.text(TRANCHE_LENDER), m.number(TRANCHE_AMOUNT),
                                m.fraction(TRANCHE_RATE), tenor, grace));
                    }
                }
                List<YamlNode> list = p.has("commodities") ? MapReader.asList(p.node("commodities"), p.childPath("commodities"))
                        : List.of();
                List<Project.Commodity> commodities = new ArrayList<>();
                for (int k = 0; k < list.size(); k++) {
                    MapReader m = new MapReader(list.get(k), p.childPath("commodities") + "[" + k + "]",
                            "projects[].commodities[]");
                    String commodity = m.text(COMMODITY_NAME);
                    takeName(m, "name");
                    commodities.add(new Project.Commodity(commodity, m.text(COMMODITY_UNIT), m.number(COMMODITY_CAPACITY),
                            m.number(COMMODITY_PRICE), m.number(COMMODITY_VOLATILITY), knownCountry(m, COMMODITY_EXPORT_TO),
                            m.bool(COMMODITY_COUNTS)));
                }
                Project.Security security = new Project.Security(0, 0);
                if (p.has("security")) {
                    MapReader m = new MapReader(p.node("security"), p.childPath("security"),
                            "projects[].security");
                    security = new Project.Security(m.number(SECURITY_PROBABILITY), (int) m.integer(SECURITY_DISRUPTION));
                }
                Project.Infrastructure infrastructure = null;
                if (p.has("infrastructure")) {
                    MapReader m = new MapReader(p.node("infrastructure"), p.childPath("infrastructure"),
                            "projects[].infrastructure");
                    infrastructure = new Project.Infrastructure(m.text(INFRASTRUCTURE_NAME), m.month(INFRASTRUCTURE_READY),
                            m.number(INFRASTRUCTURE_SHARE));
                }
                double constructionJobs = 0;
                double operationJobs = 0;
                if (p.has("jobs")) {
                    MapReader m = new MapReader(p.node("jobs"), p.childPath("jobs"), "projects[].jobs");
                    constructionJobs = m.number(JOBS_CONSTRUCTION);
                    operationJobs = m.number(JOBS_OPERATION);
                }
                projectsFound.add(new Project(name, country, constructionStart, capexEnd, firstProduction,
                        (int) p.integer(PROJECT_RAMP_UP), capex, imported, tranches, commodities, security,
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
                    MapReader r = new MapReader(items.get(i), path, "rules[safeguard]");
                    String importer = knownCountry(r, SAFEGUARD_IMPORTER);
                    Product product = knownProduct(r, SAFEGUARD_PRODUCT, false);
                    requireImporter(r, product, importer);
                    String partner = partner(r, product, true);
                    rules.add(new Rule.Safeguard(importer, product.key(), partner,
                            r.number(SAFEGUARD_SURGE),
                            DutyLayer.valueOf(r.oneOf(SAFEGUARD_LAYER).toUpperCase(java.util.Locale.ROOT)),
                            r.fraction(SAFEGUARD_RATE), (int) r.integer(SAFEGUARD_DURATION)));
                } else if (type.equals("promotion")) {
                    MapReader r = new MapReader(items.get(i), path, "rules[promotion]");
                    String exporter = knownCountry(r, PROMOTION_EXPORTER);
                    String importer = knownCountry(r, PROMOTION_IMPORTER);
                    Product product = knownProduct(r, PROMOTION_PRODUCT, true);
                    requireImporter(r, product, importer);
                    requireOrigin(r, product, importer, exporter);
                    rules.add(new Rule.Promotion(exporter, importer, product == null ? PolicyEvent.ALL_PRODUCTS : product.key(),
                            (int) r.integer(PROMOTION_TARGET_YEAR, start.getYear() + 1, (long) PROMOTION_TARGET_YEAR.max()),
                            (int) r.integer(PROMOTION_EVERY), r.number(PROMOTION_FIXED_COST), r.number(PROMOTION_DISCOVERY)));
                } else {
                    new MapReader(items.get(i), path, List.of("type"), allKeys(items.get(i), path))
                            .oneOf("type", ConfigSchema.typedLists().get("rules"));
                }
            }
            return rules;
        }

        private List<Observed> bindObserved(MapReader top) {
            List<YamlNode> items = MapReader.asList(top.node("observed"), "observed");
            List<Observed> observed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                MapReader o = new MapReader(items.get(i), "observed[" + i + "]", "observed[]");
                int year = (int) o.integer(OBSERVED_YEAR, start.getYear(), end.getYear());
                if (observed.stream().anyMatch(x -> x.year() == year)) {
                    throw o.error("year", o.scalar("year"), "year " + year + " is observed twice; give one total per year");
                }
                observed.add(new Observed(year, o.number(OBSERVED_TOTAL), o.text(OBSERVED_SOURCE)));
            }
            return observed;
        }

        private Target bindTarget(MapReader top) {
            MapReader t = new MapReader(top.node("target"), "target", "target");
            double value = t.number(TARGET_VALUE);
            Integer year = t.has("year") ? (int) t.integer(TARGET_YEAR, start.getYear(), (long) TARGET_YEAR.max()) : null;
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
