package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.SourceLocation;

/**
 * CEPII BACI: one CSV per year and HS revision, named as downloaded ({@code BACI_HS17_Y2023_V202501.csv}:
 * HS revision 2017, year 2023, release 2025-01), with the columns {@code t,k,i,j,v,q}: year, HS6
 * product, exporter and importer (BACI's numeric codes, see {@link CountryCodes}), value in thousand
 * current US$ (FOB: BACI removes the CIF costs from importers' reports) and quantity in metric tons.
 *
 * <p>Quirks handled: the product column is written as a number, so codes of chapters 01 to 09 lose
 * their leading zero ({@code 10121} is HS 010121) and are padded back; a quantity that BACI could not
 * estimate is {@code NA} (padded with spaces in older releases) or empty, and is kept as unknown, never
 * as zero.
 */
final class BaciReader {
    static final Pattern FILE_NAME = Pattern.compile("BACI_HS(\\d\\d)_Y(\\d{4})_V(\\d{6})\\.csv");

    private BaciReader() {}

    /** True when the header is BACI's. */
    static boolean recognises(List<String> header) {
        return header.stream().map(CsvTable::normalize).toList().equals(List.of("t", "k", "i", "j", "v", "q"));
    }

    /**
     * Reads the flows whose importer is one of {@code importers} (a BACI year has about 11 million
     * lines; only the two partners' imports are kept).
     */
    static List<TradeFlow> read(Path path, CountryCodes codes, Set<String> importers) {
        Matcher name = FILE_NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            throw new ConfigException(
                    new SourceLocation(path.toString(), 0, 0),
                    "",
                    "a BACI file must keep its "
                            + "published name BACI_HSyy_Yyyyy_Vyyyymm.csv (e.g. BACI_HS17_Y2023_V202501.csv): the name gives "
                            + "the HS revision and the year");
        }
        String revision = "HS" + name.group(1);
        int fileYear = Integer.parseInt(name.group(2));
        String version = name.group(3);
        DataFile file = DataFile.of(
                path,
                "CEPII BACI " + revision + ", " + fileYear + ", version " + version,
                DataFile.ETALAB,
                DataFile.ETALAB_NOTICE);
        List<TradeFlow> flows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        CsvTable.read(path, table -> {}, row -> {
            String t = row.get(0);
            if (!t.equals(name.group(2))) {
                throw row.error(0, "the year " + fileYear + " of the file name " + file.name());
            }
            String k = row.get(1);
            if (k.matches("[0-9]{5}")) {
                k = "0" + k;
            } else if (!k.matches("[0-9]{6}")) {
                throw row.error(1, "an HS6 code of 6 digits (5 when BACI dropped a leading zero)");
            }
            String exporter = country(row, 2, codes);
            String importer = country(row, 3, codes);
            if (!importers.contains(importer)) {
                return;
            }
            if (!seen.add(k + "|" + exporter + "|" + importer)) {
                throw row.error(
                        1,
                        "one line per product, exporter and importer; " + k + " from " + exporter + " to " + importer
                                + " is listed again");
            }
            double thousands = Numbers.nonNegative(row, 4, "a value in thousand US$, 0 or more");
            String q = row.get(5);
            double tonnes = q.isEmpty() || q.equals("NA")
                    ? Double.NaN
                    : Numbers.nonNegative(row, 5, "a quantity in metric tons, 0 or more, or NA when unknown");
            flows.add(new TradeFlow(
                    fileYear,
                    revision,
                    k,
                    exporter,
                    importer,
                    thousands * 1000,
                    false,
                    tonnes,
                    TradeFlow.Reporter.BACI,
                    file,
                    row.line()));
        });
        return flows;
    }

    private static String country(CsvTable.Row row, int column, CountryCodes codes) {
        String code = row.get(column);
        if (!code.matches("[0-9]{1,4}")) {
            throw row.error(column, "a BACI numeric country code");
        }
        String iso3 = codes.iso3(Integer.parseInt(code));
        if (iso3 == null) {
            throw row.error(column, "a code listed in " + codes.file().name());
        }
        return iso3;
    }
}
