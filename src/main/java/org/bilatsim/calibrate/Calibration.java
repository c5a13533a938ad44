package org.bilatsim.calibrate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.SourceLocation;

/**
 * Turns trade flows, tariffs and elasticities into a scenario text: one product market per HS code
 * and direction (the importer buying from the partner and from the rest of the world).
 *
 * <p>Per product and direction:
 * <ul>
 * <li>base values are CIF US$ per year: an importer's report (Comtrade M) as reported; BACI's and an
 *     exporter's (FOB) values times the trade cost (a CIF/FOB ratio, ASSUMPTION). Where the importer
 *     did not report a line, the exporter's report is its mirror.</li>
 * <li>the rest of the world is the importer's imports from every other origin (BACI), or its imports
 *     from the World less those from the partner (Comtrade).</li>
 * <li>unit values are value over tonnes of the lines with a known weight; a product with none falls
 *     back to its HS4, then HS2 heading's unit value for the same origin, then to the other origin's
 *     (ESTIMATE); a product with no weight anywhere is measured in US$ at base prices.</li>
 * <li>elasticities are averages of the HS6 estimates under the code, weighted by the importer's
 *     imports; with none, the HS4 then HS2 average (ESTIMATE); with no file, a stated ASSUMPTION.
 *     The substitution elasticity is minus the trade elasticity: in a CES import demand the CIF value
 *     of a flow moves with (1+t) to the power -sigma, which is what Fontagné, Guimbard and Orefice
 *     estimate from tariff-exclusive values.</li>
 * <li>duties: the MFN rate and the partner's preferential rate (PRF, or AHS where lower than MFN) for
 *     the code; a code without its own rate takes the simple average of its finer lines, else its HS4
 *     or HS2 line (ESTIMATE); a code with no rate at all gets no line, and a note says so.</li>
 * </ul>
 */
final class Calibration {
    static final String ROW = "ROW";
    private static final MathContext SIGNIFICANT = new MathContext(6);

    /** A sum of flow lines, with the lines that give it. */
    static final class Sum {
        double valueUsd;
        double valueWithTonnes;
        double tonnes;
        int lines;
        int mirrored;
        final List<String> cites = new ArrayList<>();

        void add(double value, double lineTonnes, String cite, boolean mirror) {
            valueUsd += value;
            if (!Double.isNaN(lineTonnes) && lineTonnes > 0) {
                valueWithTonnes += value;
                tonnes += lineTonnes;
            }
            lines++;
            mirrored += mirror ? 1 : 0;
            if (cites.size() < 3) {
                cites.add(cite);
            }
        }

        void add(Sum other) {
            valueUsd += other.valueUsd;
            valueWithTonnes += other.valueWithTonnes;
            tonnes += other.tonnes;
            lines += other.lines;
            mirrored += other.mirrored;
            for (String cite : other.cites) {
                if (cites.size() < 3) {
                    cites.add(cite);
                }
            }
        }

        double unitValue() {
            return tonnes > 0 ? valueWithTonnes / tonnes : Double.NaN;
        }

        String cited() {
            return String.join(", ", cites)
                    + (lines > cites.size() ? " and " + (lines - cites.size()) + " more lines" : "");
        }
    }

    /** A value with its comment. */
    record Cited(double value, String comment) {}

    /** One calibrated market. */
    record Market(
            String key,
            String code,
            String importer,
            String partner,
            String name,
            String unit,
            Cited sigma,
            Cited importDemand,
            Cited partnerValue,
            Cited partnerPrice,
            Cited rowValue,
            Cited rowPrice,
            List<String> notes) {}

    /** A tariff line or duty event of the scenario, with its comment. */
    record Duty(
            String market,
            String importer,
            String partner,
            Map<String, Double> layers,
            YearMonth from,
            YearMonth until,
            String comment) {}

    final Request request;
    final List<DataFile> files = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Market> markets = new ArrayList<>();
    final List<Duty> duties = new ArrayList<>();
    final List<String> dutyNotes = new ArrayList<>();
    CountryCodes countryCodes;
    int year;
    String revision = "HS";

    private Calibration(Request request) {
        this.request = request;
    }

    static Calibration run(Request request) {
        Calibration c = new Calibration(request);
        c.calibrate();
        return c;
    }

    private static ConfigException problem(String what, String detail) {
        return new ConfigException(new SourceLocation("bilatsim calibrate", 0, 0), what, detail);
    }

    private void calibrate() {
        if (request.importer().equals(request.exporter())) {
            throw problem("--exporter", "must differ from --importer " + request.importer());
        }
        Set<String> pair = Set.of(request.importer(), request.exporter());
        if (request.countries() != null) {
            countryCodes = CountryCodes.read(request.countries());
            files.add(countryCodes.file());
        }
        List<TradeFlow> flows = new ArrayList<>();
        for (Path path : request.flows()) {
            List<String> header = CsvTable.header(path);
            if (BaciReader.recognises(header)) {
                if (countryCodes == null) {
                    throw new ConfigException(
                            new SourceLocation(path.toString(), 1, 1),
                            "",
                            "BACI files use numeric "
                                    + "country codes: give BACI's country-code file with --countries (country_codes_V202501.csv)");
                }
                List<TradeFlow> read = BaciReader.read(path, countryCodes, pair);
                flows.addAll(read);
                files.add(
                        read.isEmpty()
                                ? DataFile.of(path, "CEPII BACI", DataFile.ETALAB, DataFile.ETALAB_NOTICE)
                                : read.get(0).file());
            } else if (ComtradeReader.recognises(header)) {
                ComtradeReader.Result read = ComtradeReader.read(path, pair);
                flows.addAll(read.flows());
                files.add(DataFile.of(
                        path, "UN Comtrade (data portal CSV)", DataFile.COMTRADE, DataFile.COMTRADE_NOTICE));
                read.skipped()
                        .forEach((reason, sum) -> notes.add(String.format(
                                Locale.ROOT,
                                "%s: skipped %d rows of %s (US$ %s)",
                                path.getFileName(),
                                (long) sum[1],
                                reason,
                                number(sum[0]))));
            } else {
                throw new ConfigException(
                        new SourceLocation(path.toString(), 1, 1),
                        "",
                        "is neither a BACI file "
                                + "(header t,k,i,j,v,q) nor a Comtrade portal CSV (with reporterISO, flowCode, cmdCode); the "
                                + "header has " + String.join(",", header));
            }
        }
        // The same flow from two files (a file given twice, or BACI and Comtrade together) would be counted twice.
        Map<String, TradeFlow> seen = new HashMap<>();
        boolean baci = false;
        boolean reported = false;
        for (TradeFlow f : flows) {
            baci |= f.reporter() == TradeFlow.Reporter.BACI;
            reported |= f.reporter() != TradeFlow.Reporter.BACI;
            TradeFlow before = seen.putIfAbsent(
                    f.year() + "|" + f.hsRevision() + "|" + f.reporter() + "|" + f.exporter() + "|" + f.importer() + "|"
                            + f.product(),
                    f);
            if (before != null) {
                throw new ConfigException(
                        new SourceLocation(f.file().path().toString(), (int) f.line(), 1),
                        "",
                        "repeats the flow of " + before.cite() + " (" + f.product() + " from " + f.exporter() + " to "
                                + f.importer() + " in " + f.year() + "); give each year's flows once");
            }
        }
        if (baci && reported) {
            throw problem(
                    "--flows",
                    "mixes BACI and Comtrade files: both report the same trade, which would be "
                            + "counted twice; calibrate from one source");
        }
        TreeSet<Integer> years = new TreeSet<>();
        flows.forEach(f -> years.add(f.year()));
        if (years.isEmpty()) {
            throw problem(
                    "--flows", "the files hold no imports of " + request.importer() + " or " + request.exporter());
        }
        year = request.year() > 0 ? request.year() : years.last();
        if (!years.contains(year)) {
            throw problem("--year = " + year, "no flows of that year in the files (years found: " + years + ")");
        }
        List<TradeFlow> ofYear = flows.stream().filter(f -> f.year() == year).toList();
        Set<String> revisions = new TreeSet<>();
        ofYear.stream().map(TradeFlow::hsRevision).filter(r -> !r.equals("HS")).forEach(revisions::add);
        if (revisions.size() > 1) {
            throw problem(
                    "--flows",
                    "the flows of " + year + " mix HS revisions " + revisions + ": product codes of "
                            + "different revisions do not match; give files of one revision");
        }
        revision = revisions.isEmpty() ? "HS" : revisions.iterator().next();
        int finest = ofYear.stream().mapToInt(f -> f.product().length()).max().orElse(6);
        long coarser =
                ofYear.stream().filter(f -> f.product().length() < finest).count();
        if (coarser > 0) {
            notes.add(coarser + " rows at a coarser level than HS" + finest + " skipped: they total the finer rows");
        }
        if (request.digits() > finest) {
            throw problem(
                    "--level = hs" + request.digits(),
                    "the flows are at HS" + finest + "; choose hs" + finest + " or coarser");
        }
        List<TradeFlow> lines =
                ofYear.stream().filter(f -> f.product().length() == finest).toList();
        List<Elasticity> elasticities = new ArrayList<>();
        for (Path path : request.elasticities()) {
            List<Elasticity> read = ElasticityReader.read(path);
            elasticities.addAll(read);
            if (!read.isEmpty()) {
                files.add(read.get(0).file());
            }
        }
        List<TariffRate> rates = new ArrayList<>();
        for (Path path : request.tariffs()) {
            List<TariffRate> read = TariffReader.read(path, countryCodes);
            rates.addAll(read);
            if (!read.isEmpty()) {
                files.add(read.get(0).file());
            }
        }
        for (Elasticity e : elasticities) {
            elasticityIndex
                    .computeIfAbsent(e.kind() + "|" + (e.iso3() == null ? "" : e.iso3()), k -> new TreeMap<>())
                    .put(e.hs6(), e);
        }
        indexRates(rates);
        direction(lines, request.importer(), request.exporter());
        direction(lines, request.exporter(), request.importer());
        if (markets.isEmpty()) {
            throw problem(
                    "--flows",
                    "no product of " + year + " is traded between " + request.importer() + " and " + request.exporter()
                            + " in the files; nothing to calibrate");
        }
    }

    /** The markets of one direction: {@code importer} buying from {@code partner} and the rest of the world. */
    private void direction(List<TradeFlow> lines, String importer, String partner) {
        double tc = request.tradeCost();
        TreeMap<String, Sum> fromPartner = new TreeMap<>();
        Map<String, Sum> fromMirror = new TreeMap<>();
        Map<String, Sum> fromWorld = new TreeMap<>();
        Map<String, Sum> fromOthers = new TreeMap<>();
        boolean comtrade = false;
        for (TradeFlow f : lines) {
            if (!f.importer().equals(importer)) {
                continue;
            }
            double cif = f.cif() ? f.valueUsd() : f.valueUsd() * tc;
            double tonnes = f.tonnes();
            if (f.exporter().equals(partner)) {
                (f.reporter() == TradeFlow.Reporter.EXPORTER ? fromMirror : fromPartner)
                        .computeIfAbsent(f.product(), k -> new Sum())
                        .add(cif, tonnes, f.cite(), f.reporter() == TradeFlow.Reporter.EXPORTER);
            } else if (f.exporter().equals(TradeFlow.WORLD)) {
                comtrade = true;
                fromWorld.computeIfAbsent(f.product(), k -> new Sum()).add(cif, tonnes, f.cite(), false);
            } else if (f.reporter() != TradeFlow.Reporter.EXPORTER) {
                fromOthers.computeIfAbsent(f.product(), k -> new Sum()).add(cif, tonnes, f.cite(), false);
            }
        }
        // A line the importer did not report is taken from the exporter's report (its mirror).
        fromMirror.forEach((code, sum) -> fromPartner.putIfAbsent(code, sum));
        TreeMap<String, Sum> rest = new TreeMap<>();
        Set<String> codes = new TreeSet<>(fromOthers.keySet());
        codes.addAll(fromWorld.keySet());
        for (String code : codes) {
            Sum world = fromWorld.get(code);
            if (world != null) {
                // Comtrade: World less the partner's line (as reported by the importer, or its mirror).
                Sum own = fromPartner.get(code);
                Sum s = new Sum();
                double value = world.valueUsd - (own != null ? own.valueUsd : 0);
                double tonnes = world.tonnes - (own != null ? own.tonnes : 0);
                boolean weighed =
                        world.valueWithTonnes == world.valueUsd && (own == null || own.valueWithTonnes == own.valueUsd);
                if (value > 0.5) {
                    s.add(
                            value,
                            weighed && tonnes > 0 ? tonnes : Double.NaN,
                            world.cites.get(0) + (own != null ? " less " + own.cites.get(0) : ""),
                            false);
                    rest.put(code, s);
                }
            } else if (!comtrade || fromOthers.containsKey(code)) {
                rest.put(code, fromOthers.get(code));
            }
        }
        int digits = request.digits();
        Map<String, Sum> partnerByCode = aggregate(fromPartner, digits);
        Map<String, Sum> restByCode = aggregate(rest, digits);
        List<String> chosen = choose(partnerByCode, importer, partner);
        Map<String, Double> weights = new HashMap<>();
        fromPartner.forEach((code, s) -> weights.merge(code, s.valueUsd, Double::sum));
        rest.forEach((code, s) -> weights.merge(code, s.valueUsd, Double::sum));
        for (String code : chosen) {
            Sum own = partnerByCode.get(code);
            Sum row = restByCode.get(code);
            List<String> productNotes = new ArrayList<>();
            String key = "hs" + code + "-" + importer.toLowerCase(Locale.ROOT);
            Cited partnerValue = new Cited(own.valueUsd, valueComment(own, comtradeBasis(own)));
            Cited rowValue = row == null || row.valueUsd <= 0.5
                    ? null
                    : new Cited(row.valueUsd, valueComment(row, comtradeBasis(row)));
            if (rowValue == null) {
                notes.add(
                        "HS " + code + ", " + importer + " <- " + partner + " (US$ " + number(own.valueUsd) + "): left "
                                + "out, the partner is its only origin in the data and a market with one origin cannot be "
                                + "calibrated (the importers must know an origin beyond the base flow)");
                continue;
            }
            Cited partnerPrice = price(own, fromPartner, code, row);
            Cited rowPrice = rowValue == null ? null : price(row, rest, code, own);
            String unit = "tonnes";
            if (partnerPrice == null || (rowValue != null && rowPrice == null)) {
                unit = "USD-at-base-prices";
                partnerPrice = new Cited(
                        1,
                        "ESTIMATE: no weight for this product or its HS4/HS2 heading in the data; "
                                + "volumes are US$ at base prices");
                rowPrice = rowValue == null ? null : partnerPrice;
                productNotes.add("no weights: measured in US$ at base prices");
            }
            Cited sigma = elasticity(Elasticity.Kind.TRADE, null, code, weights);
            Cited demand = elasticity(Elasticity.Kind.IMPORT_DEMAND, importer, code, weights);
            String name = "HS " + code + " (" + revision + "), imports of " + countryName(importer);
            markets.add(new Market(
                    key,
                    code,
                    importer,
                    partner,
                    name,
                    unit,
                    sigma,
                    demand,
                    partnerValue,
                    partnerPrice,
                    rowValue,
                    rowPrice,
                    productNotes));
            duties(key, code, importer, partner);
        }
    }

    private String comtradeBasis(Sum sum) {
        return sum.mirrored > 0
                ? "mirror: the exporter's FOB report x tradeCost " + number(request.tradeCost())
                        + " (ASSUMPTION), the importer did not report " + sum.mirrored + " of the lines"
                : "";
    }

    private String valueComment(Sum sum, String mirror) {
        String basis = sum.cites.get(0).startsWith("BACI_")
                ? "BACI FOB x tradeCost " + number(request.tradeCost()) + " (ASSUMPTION)"
                : mirror.isEmpty() ? "CIF as reported by the importer" : mirror;
        return sum.cited() + ": " + basis + "; " + licences(sum);
    }

    private String licences(Sum sum) {
        Set<String> names = new LinkedHashSet<>();
        for (String cite : sum.cites) {
            String file = cite.contains(":") ? cite.substring(0, cite.indexOf(':')) : cite;
            files.stream().filter(f -> f.name().equals(file)).findFirst().ifPresent(f -> names.add(f.licence()));
        }
        return "licence " + String.join(", ", names);
    }

    /** The codes at {@code digits} digits and their sums. */
    private static Map<String, Sum> aggregate(Map<String, Sum> byLine, int digits) {
        Map<String, Sum> out = new TreeMap<>();
        byLine.forEach((code, sum) -> {
            if (sum != null) {
                out.computeIfAbsent(code.substring(0, digits), k -> new Sum()).add(sum);
            }
        });
        return out;
    }

    private List<String> choose(Map<String, Sum> partnerByCode, String importer, String partner) {
        List<String> chosen = new ArrayList<>();
        if (!request.hs().isEmpty()) {
            for (String code : request.hs()) {
                Sum sum = partnerByCode.get(code);
                if (sum == null || sum.valueUsd <= 0.5) {
                    notes.add("HS " + code + ", " + importer + " <- " + partner + ": no flow in " + year + " in the "
                            + "data; left out (a market with no base flow from the partner cannot be calibrated)");
                } else {
                    chosen.add(code);
                }
            }
            return chosen;
        }
        List<String> codes = new ArrayList<>(partnerByCode.keySet());
        codes.removeIf(code -> partnerByCode.get(code).valueUsd <= 0.5);
        if (!request.all() && codes.size() > request.top()) {
            codes.sort(Comparator.comparingDouble((String code) -> -partnerByCode.get(code).valueUsd)
                    .thenComparing(Comparator.naturalOrder()));
            double left = 0;
            for (String code : codes.subList(request.top(), codes.size())) {
                left += partnerByCode.get(code).valueUsd;
            }
            notes.add(importer + " <- " + partner + ": the " + request.top() + " largest of " + codes.size()
                    + " products kept; the other " + (codes.size() - request.top()) + " (US$ " + number(left)
                    + " CIF) are left out (--all keeps every product)");
            codes = new ArrayList<>(codes.subList(0, request.top()));
            codes.sort(Comparator.naturalOrder());
        }
        return codes;
    }

    /** The unit value of {@code sum}, or the fallbacks of the class comment; null when there is none. */
    private Cited price(Sum sum, TreeMap<String, Sum> byLine, String code, Sum otherOrigin) {
        double uv = sum.unitValue();
        if (!Double.isNaN(uv)) {
            String cover = sum.valueWithTonnes < sum.valueUsd
                    ? String.format(
                            Locale.ROOT,
                            " (ESTIMATE: weights known for %.0f%% of the value)",
                            100 * sum.valueWithTonnes / sum.valueUsd)
                    : "";
            return new Cited(uv, "US$ per tonne, value / weight of the same lines" + cover);
        }
        for (int digits = Math.min(4, code.length() - 2); digits >= 2; digits -= 2) {
            String heading = code.substring(0, digits);
            Sum parent = new Sum();
            for (Sum s : byLine.subMap(heading, true, heading + ":", false).values()) {
                if (s != null) {
                    parent.add(s);
                }
            }
            if (!Double.isNaN(parent.unitValue())) {
                return new Cited(
                        parent.unitValue(),
                        "ESTIMATE: no weight for HS " + code + "; unit value of HS " + heading
                                + " from the same origin (" + parent.cited() + ")");
            }
        }
        if (otherOrigin != null && !Double.isNaN(otherOrigin.unitValue())) {
            return new Cited(
                    otherOrigin.unitValue(), "ESTIMATE: no weight for this origin; the other origin's unit value");
        }
        return null;
    }

    /** Elasticities by kind and importer ("" for trade elasticities), then by HS6 code. */
    private final Map<String, TreeMap<String, Elasticity>> elasticityIndex = new HashMap<>();

    private Cited elasticity(Elasticity.Kind kind, String iso3, String code, Map<String, Double> weights) {
        boolean trade = kind == Elasticity.Kind.TRADE;
        TreeMap<String, Elasticity> ofKind = elasticityIndex.get(kind + "|" + (iso3 == null ? "" : iso3));
        if (ofKind == null) {
            return trade
                    ? new Cited(
                            5.0,
                            "ASSUMPTION: no trade elasticities given; 5, the centre of the Fontagne-"
                                    + "Guimbard-Orefice estimates (trade elasticity -5)")
                    : new Cited(-1.0, "ASSUMPTION: no import-demand elasticity for " + iso3 + " given; -1");
        }
        for (int digits = code.length(); digits >= 2; digits -= 2) {
            String prefix = code.substring(0, digits);
            List<Elasticity> under =
                    List.copyOf(ofKind.subMap(prefix, true, prefix + ":", false).values());
            if (under.isEmpty()) {
                continue;
            }
            double weighted = 0;
            double weight = 0;
            double plain = 0;
            for (Elasticity e : under) {
                double w = weights.getOrDefault(e.hs6(), 0.0);
                weighted += w * e.value();
                weight += w;
                plain += e.value();
            }
            double value = weight > 0 ? weighted / weight : plain / under.size();
            String how = under.size() == 1
                    ? under.get(0).cite()
                            + (Double.isNaN(under.get(0).standardError())
                                    ? ""
                                    : ", se " + number(under.get(0).standardError()))
                    : (weight > 0 ? "import-weighted" : "simple") + " mean of " + under.size() + " HS6 lines from "
                            + under.get(0).cite();
            String estimate = digits < code.length()
                    ? "ESTIMATE: no estimate for HS " + code + "; HS " + prefix + " average, "
                    : "";
            String licence = "licence " + under.get(0).file().licence();
            if (trade) {
                double sigma = -value;
                String clipped = "";
                if (sigma <= 1.05) {
                    clipped = "; ESTIMATE: -elasticity " + number(sigma)
                            + " is not above 1, set to 1.05 (the model needs sigma > 1)";
                    sigma = 1.05;
                } else if (sigma >= 49) {
                    clipped = "; ESTIMATE: capped at 49";
                    sigma = 49;
                }
                return new Cited(
                        sigma,
                        estimate + "minus the trade elasticity " + number(value) + " (" + how + "); " + licence
                                + clipped);
            }
            String clipped = "";
            if (value <= -19.9) {
                clipped = "; ESTIMATE: capped at -19.9 (the model's range is above -20)";
                value = -19.9;
            }
            return new Cited(value, estimate + how + "; " + licence + clipped);
        }
        return trade
                ? new Cited(5.0, "ASSUMPTION: no trade elasticity for HS " + code + " or its HS2 chapter; 5")
                : new Cited(
                        -1.0,
                        "ASSUMPTION: no import-demand elasticity of " + iso3 + " for HS " + code
                                + " or its HS2 chapter; -1");
    }

    /** Rates in force at the start, by importer, partner, layer and regime ("own" for the project CSV), then code. */
    private final Map<String, TreeMap<String, TariffRate>> rateIndex = new HashMap<>();
    /** The project CSV's rates that start within the run: duty events. */
    private final List<TariffRate> laterRates = new ArrayList<>();

    private void indexRates(List<TariffRate> rates) {
        YearMonth start = YearMonth.of(year, 1);
        Map<String, List<TariffRate>> groups = new LinkedHashMap<>();
        for (TariffRate r : rates) {
            if (r.from() != null && r.from().isAfter(start)) {
                laterRates.add(r);
                continue;
            }
            if (r.until() != null && r.until().isBefore(start)) {
                notes.add(r.cite() + ": lapsed " + r.until() + ", before the run starts; not used");
                continue;
            }
            String regime = r.year() == 0 ? "own" : r.regime();
            groups.computeIfAbsent(
                            r.importer() + "|" + r.partner() + "|" + r.layer() + "|" + regime, k -> new ArrayList<>())
                    .add(r);
        }
        groups.forEach((group, list) -> {
            TreeMap<String, TariffRate> byCode = new TreeMap<>();
            for (TariffRate r : ofYear(list)) {
                byCode.put(r.product(), r);
            }
            rateIndex.put(group, byCode);
        });
    }

    private void duties(String key, String code, String importer, String partner) {
        if (request.tariffs().isEmpty()) {
            return;
        }
        YearMonth start = YearMonth.of(year, 1);
        Map<String, Double> mfn = Map.of();
        for (String who : List.of(TariffRate.MFN, partner)) {
            Map<String, Double> layers = new TreeMap<>();
            List<String> comments = new ArrayList<>();
            YearMonth until = null;
            for (String layer : List.of("customs", "regulatory", "additional")) {
                String group = importer + "|" + who + "|" + layer + "|";
                // The project's own CSV overrides TRAINS for the code; a partner's PRF rate comes before its AHS rate.
                Matched rate = match(rateIndex.get(group + "own"), code, true);
                if (rate == null) {
                    rate = who.equals(TariffRate.MFN)
                            ? match(rateIndex.get(group + "MFN"), code, false)
                            : match(rateIndex.get(group + "PRF"), code, false);
                }
                if (rate == null && !who.equals(TariffRate.MFN)) {
                    rate = match(rateIndex.get(group + "AHS"), code, false);
                }
                if (rate != null) {
                    layers.put(layer, rate.value());
                    comments.add(layer + " " + rate.comment());
                    if (rate.until() != null && (until == null || rate.until().isBefore(until))) {
                        until = rate.until();
                    }
                }
            }
            if (who.equals(TariffRate.MFN)) {
                if (layers.isEmpty()) {
                    dutyNotes.add("HS " + code + " " + importer + ": no MFN rate in the tariff files; no line, so no "
                            + "duty (ASSUMPTION: 0)");
                    continue;
                }
                mfn = layers;
                duties.add(new Duty(key, importer, who, layers, null, null, String.join("; ", comments)));
                continue;
            }
            if (layers.isEmpty()) {
                continue;
            }
            // A preference changes the layers it names; the others stay at their MFN rate.
            for (Map.Entry<String, Double> layer : mfn.entrySet()) {
                if (!layers.containsKey(layer.getKey())) {
                    layers.put(layer.getKey(), layer.getValue());
                    comments.add(layer.getKey() + " as MFN");
                }
            }
            if (until == null && layers.equals(mfn)) {
                continue;
            }
            duties.add(new Duty(key, importer, who, layers, null, until, String.join("; ", comments)));
        }
        for (TariffRate r : laterRates) {
            if (r.importer().equals(importer)
                    && (r.partner().equals(partner) || r.partner().equals(TariffRate.MFN))
                    && r.from().isBefore(start.plusMonths(144))
                    && (r.product().startsWith(code) || code.startsWith(r.product()))) {
                duties.add(new Duty(
                        key,
                        importer,
                        r.partner(),
                        Map.of(r.layer(), r.rate()),
                        r.from(),
                        r.until(),
                        r.cite() + " (licence " + r.file().licence() + ")"));
            }
        }
    }

    /** TRAINS rates of the latest tariff year not after the base year (else the earliest after it). */
    private List<TariffRate> ofYear(List<TariffRate> candidates) {
        int best = candidates.stream()
                .mapToInt(TariffRate::year)
                .filter(y -> y <= year)
                .max()
                .orElse(candidates.stream().mapToInt(TariffRate::year).min().orElse(0));
        return candidates.stream().filter(r -> r.year() == best).toList();
    }

    /** A duty found for a code, with its comment and expiry. */
    private record Matched(double value, String comment, YearMonth until) {}

    private static String from(TariffRate r) {
        return " from " + r.cite() + " " + r.regime() + (r.year() > 0 ? " " + r.year() : "") + " (licence "
                + r.file().licence() + ")";
    }

    /** The code's own rate, else the simple average of its finer lines, else its HS4 or HS2 line. */
    private static Matched match(TreeMap<String, TariffRate> byCode, String code, boolean own) {
        if (byCode == null) {
            return null;
        }
        TariffRate exact = byCode.get(code);
        if (exact != null) {
            return new Matched(exact.rate(), number(exact.rate()) + from(exact), exact.until());
        }
        List<TariffRate> finer =
                List.copyOf(byCode.subMap(code, true, code + ":", false).values());
        if (!finer.isEmpty()) {
            double mean = finer.stream().mapToDouble(TariffRate::rate).average().orElseThrow();
            YearMonth until = finer.stream()
                    .map(TariffRate::until)
                    .filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            return new Matched(
                    mean,
                    number(mean) + ", the simple average of " + finer.size() + " lines" + from(finer.get(0)),
                    until);
        }
        for (int digits = code.length() - 2; digits >= 2; digits -= 2) {
            String heading = code.substring(0, digits);
            TariffRate r = byCode.get(heading);
            if (r != null) {
                return new Matched(
                        r.rate(),
                        (own ? "" : "ESTIMATE: no rate for HS " + code + "; ") + number(r.rate()) + ", the HS "
                                + heading + " rate" + from(r),
                        r.until());
            }
        }
        return null;
    }

    String countryName(String iso3) {
        return countryCodes == null ? iso3 : countryCodes.name(iso3);
    }

    /** A number as the scenario writes it: six significant digits, plain notation. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text =
                new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
