package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tariff files, in two formats told apart by their header.
 *
 * <p><b>WITS/TRAINS</b> (the tariff download of the World Bank's WITS, UNCTAD TRAINS data):
 * {@code Reporter, Partner, Product, Year (or Tariff Year), SimpleAverage, TariffType (or DutyType)}
 * and optionally {@code NomenCode}. Reporter and partner are ISO3 codes or UN numeric codes (resolved
 * with BACI's country-code file); partner {@code 000}, {@code World} or {@code WLD} is every partner.
 * The rate is the simple average ad-valorem duty in <em>percent</em>. Duty types: MFN (applied
 * most-favoured-nation), PRF (a preferential regime's rate for the partner), AHS (effectively applied,
 * the lower of the two for the partner); BND (bound rates) are skipped, since they are ceilings, not
 * what is levied.
 *
 * <p><b>The project's own CSV</b>: {@code importer, partner, product, layer, rate, from, until}, the
 * rate a fraction as in a scenario (0.15 = 15%), layer customs, regulatory or additional, partner an
 * ISO3 code or MFN, from and until months (yyyy-MM) or empty.
 */
final class TariffReader {
    private static final Set<String> WORLD = Set.of("000", "WORLD", "WLD", "MFN");

    private TariffReader() {}

    static List<TariffRate> read(Path path, CountryCodes codes) {
        List<String> header =
                CsvTable.header(path).stream().map(CsvTable::normalize).toList();
        if (header.contains("layer") && header.contains("importer")) {
            return readOwn(path);
        }
        return readTrains(path, codes);
    }

    private static List<TariffRate> readTrains(Path path, CountryCodes codes) {
        DataFile file = DataFile.of(path, "WITS/UNCTAD TRAINS tariffs", DataFile.TRAINS, DataFile.TRAINS_NOTICE);
        List<TariffRate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] c = new int[6];
        CsvTable.read(
                path,
                table -> {
                    c[0] = table.require("the importing country", "Reporter", "ReporterISO3", "Reporter Code");
                    c[1] = table.require(
                            "the partner (000 or World for MFN)", "Partner", "PartnerISO3", "Partner Code");
                    c[2] = table.require("the HS code", "Product", "ProductCode", "HS6");
                    c[3] = table.require("the tariff year", "Year", "Tariff Year");
                    c[4] = table.require("the ad-valorem rate in percent", "SimpleAverage", "Simple Average");
                    c[5] = table.require("the tariff type (MFN, PRF, AHS)", "TariffType", "DutyType", "Duty Type");
                },
                row -> {
                    String type = row.get(c[5]).toUpperCase(Locale.ROOT);
                    if (type.equals("BND")) {
                        return;
                    }
                    if (!type.equals("MFN") && !type.equals("PRF") && !type.equals("AHS")) {
                        throw row.error(
                                c[5], "MFN, PRF (preferential), AHS (effectively applied) or BND (bound, skipped)");
                    }
                    String importer = country(row, c[0], codes, false);
                    String partnerText = row.get(c[1]);
                    boolean world = WORLD.contains(partnerText.toUpperCase(Locale.ROOT));
                    if (type.equals("MFN") && !world) {
                        throw row.error(c[1], "000, World or WLD: an MFN rate applies to every partner");
                    }
                    if (world && !type.equals("MFN")) {
                        return;
                    }
                    String partner = world ? TariffRate.MFN : country(row, c[1], codes, true);
                    String product = product(row, c[2]);
                    String yearText = row.get(c[3]);
                    if (!yearText.matches("(19|20|21)[0-9]{2}")) {
                        throw row.error(c[3], "a year such as 2023");
                    }
                    double percent = Numbers.nonNegative(row, c[4], "an ad-valorem duty in percent, 0 to 1000");
                    if (percent > 1000) {
                        throw row.error(c[4], "an ad-valorem duty in percent, 0 to 1000");
                    }
                    if (!seen.add(importer + "|" + partner + "|" + product + "|" + yearText + "|" + type)) {
                        throw row.error(
                                c[2],
                                "one rate per reporter, partner, product, year and type; this one is listed again");
                    }
                    rates.add(new TariffRate(
                            importer,
                            partner,
                            product,
                            type,
                            "customs",
                            percent / 100,
                            Integer.parseInt(yearText),
                            null,
                            null,
                            file,
                            row.line()));
                });
        return rates;
    }

    private static List<TariffRate> readOwn(Path path) {
        DataFile file = DataFile.of(path, "tariff schedule (bilatsim CSV)", DataFile.OWN, DataFile.OWN_NOTICE);
        List<TariffRate> rates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] c = new int[7];
        CsvTable.read(
                path,
                table -> {
                    c[0] = table.require("the importing country", "importer");
                    c[1] = table.require("the partner (ISO3 or MFN)", "partner");
                    c[2] = table.require("the HS code", "product");
                    c[3] = table.require("the duty layer", "layer");
                    c[4] = table.require("the rate (a fraction)", "rate");
                    c[5] = table.column("from");
                    c[6] = table.column("until");
                },
                row -> {
                    String importer = row.get(c[0]);
                    if (!importer.matches("[A-Z]{3}")) {
                        throw row.error(c[0], "an ISO3 code (three capital letters)");
                    }
                    String partner = row.get(c[1]);
                    if (!partner.matches("[A-Z]{3}")) {
                        throw row.error(c[1], "an ISO3 code (three capital letters) or MFN");
                    }
                    String product = product(row, c[2]);
                    String layer = row.get(c[3]);
                    if (!List.of("customs", "regulatory", "additional").contains(layer)) {
                        throw row.error(c[3], "customs, regulatory or additional");
                    }
                    double rate = Numbers.nonNegative(row, c[4], "a fraction from 0 to 10 (0.15 = 15%)");
                    if (rate > 10) {
                        throw row.error(c[4], "a fraction from 0 to 10 (0.15 = 15%); is it a percentage?");
                    }
                    YearMonth from = month(row, c[5]);
                    YearMonth until = month(row, c[6]);
                    if (until != null && partner.equals(TariffRate.MFN)) {
                        throw row.error(
                                c[6],
                                "empty: only a partner's line (a preference) can expire, the MFN line always applies");
                    }
                    if (from != null && until != null && until.isBefore(from)) {
                        throw row.error(c[6], "a month not before from " + from);
                    }
                    if (!seen.add(importer + "|" + partner + "|" + product + "|" + layer + "|" + from)) {
                        throw row.error(
                                c[2],
                                "one rate per importer, partner, product, layer and start; this one is listed again");
                    }
                    rates.add(new TariffRate(
                            importer, partner, product, layer, layer, rate, 0, from, until, file, row.line()));
                });
        return rates;
    }

    private static String product(CsvTable.Row row, int column) {
        String product = row.get(column);
        if (!product.matches("[0-9]{2,12}") || product.length() % 2 != 0) {
            throw row.error(
                    column,
                    "an HS code of 2, 4 or 6 digits (or a national line of 8 to 12) as text, "
                            + "with its leading zeros");
        }
        return product;
    }

    private static YearMonth month(CsvTable.Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below with what is allowed
        }
        throw row.error(column, "a month yyyy-MM, e.g. 2025-01, or empty");
    }

    private static String country(CsvTable.Row row, int column, CountryCodes codes, boolean partner) {
        String text = row.get(column);
        if (text.matches("[A-Z]{3}")) {
            return text;
        }
        if (text.matches("[0-9]{1,3}")) {
            String iso3 = codes == null ? null : codes.iso3(Integer.parseInt(text));
            if (iso3 != null) {
                return iso3;
            }
            if (partner) {
                // A partner group (e.g. 918, the EU) or a country outside the pair: its rates never match.
                return "M49-" + text;
            }
            throw row.error(
                    column,
                    codes == null
                            ? "an ISO3 code, or a numeric code with --countries (BACI's "
                                    + "country-code file) to resolve it"
                            : "a code listed in " + codes.file().name());
        }
        throw row.error(column, "an ISO3 code or a UN numeric code");
    }
}
