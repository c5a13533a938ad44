package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * UN Comtrade, annual data as downloaded from the Comtrade data portal (CSV, one row per reporter,
 * flow, partner and commodity), with its column names: {@code refYear, reporterISO, flowCode,
 * partnerISO, cmdCode, primaryValue}, and where present {@code classificationCode, freqCode, cifvalue,
 * fobvalue, netWgt, qty, qtyUnitAbbr, partner2Code, motCode, customsCode, isAggregate}.
 *
 * <p>What is kept and why:
 * <ul>
 * <li>flow M (imports, CIF customs value, reported by the importer) and flow X (exports, FOB, reported
 *     by the exporter: the mirror of the partner's imports). Re-imports and re-exports (RM, RX) are
 *     goods of other origins passing through, and domestic exports and foreign imports (DX, FM) are
 *     parts of X and M: all four are skipped and counted.</li>
 * <li>{@code cmdCode} TOTAL (all products) is an aggregate and is skipped; 999999, 9999 and 99
 *     (commodities not specified, where reporters put confidential trade) are skipped and counted, so
 *     the scenario's header states how much value they held.</li>
 * <li>only the rows that are not a breakdown (partner2Code 0, motCode 0, customsCode C00, where those
 *     columns exist): the breakdowns repeat the same trade by second partner, transport mode or customs
 *     procedure.</li>
 * <li>partner W00 (World) rows of imports, for the rest of the world (World less the partner).</li>
 * <li>weight from {@code netWgt} (kg) or a quantity in kg; a weight of 0 against a positive value is
 *     Comtrade's way of writing "not reported" and is kept as unknown.</li>
 * </ul>
 */
final class ComtradeReader {
    /** Comtrade's classification codes H0..H6 as BACI's revision names. */
    private static final Map<String, String> REVISIONS =
            Map.of("H0", "HS92", "H1", "HS96", "H2", "HS02", "H3", "HS07", "H4", "HS12", "H5", "HS17", "H6", "HS22");

    private static final Set<String> SKIPPED_FLOWS = Set.of("RM", "RX", "DX", "FM");
    private static final Set<String> NOT_SPECIFIED = Set.of("999999", "9999", "99");

    /** The rows read and, by reason, what was skipped (value in US$, rows). */
    record Result(List<TradeFlow> flows, Map<String, double[]> skipped) {}

    private ComtradeReader() {}

    static boolean recognises(List<String> header) {
        List<String> names = header.stream().map(CsvTable::normalize).toList();
        return names.contains("reporteriso") && names.contains("cmdcode") && names.contains("flowcode");
    }

    static Result read(Path path, Set<String> importers) {
        DataFile file = DataFile.of(path, "UN Comtrade (data portal CSV)", DataFile.COMTRADE, DataFile.COMTRADE_NOTICE);
        List<TradeFlow> flows = new ArrayList<>();
        Map<String, double[]> skipped = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        int[] c = new int[16];
        CsvTable.read(
                path,
                table -> {
                    c[0] = table.column("refYear");
                    if (c[0] < 0) {
                        c[0] = table.require("the year", "refYear", "period");
                    }
                    c[1] = table.require("the reporter", "reporterISO");
                    c[2] = table.require("the flow (M imports, X exports)", "flowCode");
                    c[3] = table.require("the partner", "partnerISO");
                    c[4] = table.require("the commodity code", "cmdCode");
                    c[5] = table.require("the trade value", "primaryValue");
                    c[6] = table.column("cifvalue");
                    c[7] = table.column("fobvalue");
                    c[8] = table.column("netWgt");
                    c[9] = table.column("qty");
                    c[10] = table.column("qtyUnitAbbr");
                    c[11] = table.column("partner2Code");
                    c[12] = table.column("motCode");
                    c[13] = table.column("customsCode");
                    c[14] = table.column("classificationCode");
                    c[15] = table.column("freqCode");
                },
                row -> {
                    if (c[15] >= 0 && !row.get(c[15]).equals("A")) {
                        throw row.error(c[15], "A (annual data); download annual, not monthly, data from the portal");
                    }
                    String yearText = row.get(c[0]);
                    if (!yearText.matches("(19|20|21)[0-9]{2}")) {
                        throw row.error(c[0], "a year such as 2023");
                    }
                    int year = Integer.parseInt(yearText);
                    String reporter = row.get(c[1]);
                    if (!reporter.matches("[A-Z][A-Z0-9]{2}")) {
                        throw row.error(c[1], "an ISO3 code (three capital letters)");
                    }
                    String flow = row.get(c[2]);
                    String partner = row.get(c[3]);
                    if (!partner.matches("[A-Z0-9_]{2,3}")) {
                        throw row.error(c[3], "an ISO3 code, W00 for the World, or _X for areas not specified");
                    }
                    String code = row.get(c[4]);
                    if (!code.equals("TOTAL") && !code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
                        throw row.error(
                                c[4], "an HS code of 2, 4 or 6 digits (as text, with its leading zeros), or TOTAL");
                    }
                    double value = Numbers.nonNegative(row, c[5], "a value in US$, 0 or more");
                    if (!flow.equals("M") && !flow.equals("X")) {
                        if (!SKIPPED_FLOWS.contains(flow)) {
                            throw row.error(c[2], "M (imports), X (exports), or RM, RX, DX, FM (skipped)");
                        }
                        count(
                                skipped,
                                "flow " + flow + " (re-imports, re-exports, domestic exports, foreign imports)",
                                value);
                        return;
                    }
                    if (breakdown(row, c[11], "0") || breakdown(row, c[12], "0") || breakdown(row, c[13], "C00")) {
                        count(skipped, "breakdowns by second partner, transport mode or customs procedure", value);
                        return;
                    }
                    if (code.equals("TOTAL")) {
                        count(skipped, "cmdCode TOTAL (all products, an aggregate)", value);
                        return;
                    }
                    if (NOT_SPECIFIED.contains(code)) {
                        count(skipped, "cmdCode " + code + " (commodities not specified: confidential trade)", value);
                        return;
                    }
                    boolean imports = flow.equals("M");
                    String exporter = imports ? (partner.equals("W00") ? TradeFlow.WORLD : partner) : reporter;
                    String importer = imports ? reporter : partner;
                    if (!imports && partner.equals("W00")) {
                        count(skipped, "exports to the World (no destination)", value);
                        return;
                    }
                    if (!importers.contains(importer)) {
                        return;
                    }
                    if (!seen.add(year + "|" + reporter + "|" + flow + "|" + partner + "|" + code)) {
                        throw row.error(
                                c[4],
                                "one row per year, reporter, flow, partner and commodity; " + code + " " + flow + " of "
                                        + reporter + " with " + partner + " in " + year + " is listed again");
                    }
                    int valueColumn = imports ? c[6] : c[7];
                    if (valueColumn >= 0 && !row.get(valueColumn).isEmpty()) {
                        double specific = Numbers.nonNegative(row, valueColumn, "a value in US$, 0 or more");
                        value = specific > 0 ? specific : value;
                    }
                    String revision = "HS";
                    if (c[14] >= 0) {
                        revision = REVISIONS.get(row.get(c[14]));
                        if (revision == null) {
                            throw row.error(c[14], "an HS classification code H0 to H6 (this tool reads HS data)");
                        }
                    }
                    flows.add(new TradeFlow(
                            year,
                            revision,
                            code,
                            exporter,
                            importer,
                            value,
                            imports,
                            tonnes(row, c, value),
                            imports ? TradeFlow.Reporter.IMPORTER : TradeFlow.Reporter.EXPORTER,
                            file,
                            row.line()));
                });
        return new Result(flows, skipped);
    }

    private static boolean breakdown(CsvTable.Row row, int column, String total) {
        return column >= 0 && !row.get(column).isEmpty() && !row.get(column).equals(total);
    }

    private static void count(Map<String, double[]> skipped, String reason, double value) {
        double[] sum = skipped.computeIfAbsent(reason, k -> new double[2]);
        sum[0] += value;
        sum[1]++;
    }

    private static double tonnes(CsvTable.Row row, int[] c, double value) {
        if (c[8] >= 0 && !row.get(c[8]).isEmpty()) {
            double kg = Numbers.nonNegative(row, c[8], "a net weight in kg, 0 or more, or empty");
            if (kg > 0 || value == 0) {
                return kg / 1000;
            }
        }
        if (c[9] >= 0
                && c[10] >= 0
                && row.get(c[10]).equalsIgnoreCase("kg")
                && !row.get(c[9]).isEmpty()) {
            double kg = Numbers.nonNegative(row, c[9], "a quantity, 0 or more, or empty");
            if (kg > 0 || value == 0) {
                return kg / 1000;
            }
        }
        return Double.NaN;
    }
}
