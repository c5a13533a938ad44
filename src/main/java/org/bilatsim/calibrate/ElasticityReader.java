package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.SourceLocation;

/**
 * Elasticity files, told apart by their header.
 *
 * <p><b>Import-demand elasticities</b> in the layout of Kee, Nicita and Olarreaga (2008), "Import
 * demand elasticities and trade distortions", REStat 90(4), as distributed by the World Bank and wiiw:
 * {@code iso3, hs6, elasticity, se}: the elasticity of a country's imports of an HS6 product to its
 * price, negative. <b>Trade elasticities</b> in the layout of Fontagné, Guimbard and Orefice (2022),
 * "Tariff-based product-level trade elasticities", JIE 137 (CEPII's ProTEE): {@code hs6, elasticity}
 * and optionally {@code se} (or {@code zero}, {@code positive} flags, which are ignored): the elasticity
 * of bilateral imports to the tariff factor 1+t, centred around -5, for every importer.
 *
 * <p>Which licence applies is read from the file name: an import-demand file whose name contains "wiiw"
 * is wiiw's (CC BY 4.0); another is recorded as the World Bank's copy, whose terms the user checks;
 * trade elasticities are CEPII's (Etalab 2.0).
 */
final class ElasticityReader {
    private ElasticityReader() {}

    static List<Elasticity> read(Path path) {
        List<String> header =
                CsvTable.header(path).stream().map(CsvTable::normalize).toList();
        boolean importDemand = header.contains("iso3");
        if (!header.contains("hs6") || !header.contains("elasticity")) {
            throw new ConfigException(
                    new SourceLocation(path.toString(), 1, 1),
                    "",
                    "an elasticity file needs the "
                            + "columns iso3,hs6,elasticity,se (Kee-Nicita-Olarreaga import demand) or hs6,elasticity[,se] "
                            + "(Fontagne-Guimbard-Orefice trade elasticities); the header has "
                            + String.join(",", header));
        }
        boolean wiiw =
                path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("wiiw");
        DataFile file = importDemand
                ? DataFile.of(
                        path,
                        "import-demand elasticities (Kee, Nicita and Olarreaga 2008 layout)",
                        wiiw ? DataFile.WIIW : DataFile.KNO,
                        wiiw ? DataFile.WIIW_NOTICE : DataFile.KNO_NOTICE)
                : DataFile.of(
                        path,
                        "trade elasticities (Fontagne, Guimbard and Orefice 2022, CEPII ProTEE layout)",
                        DataFile.ETALAB,
                        DataFile.ETALAB_NOTICE);
        List<Elasticity> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] c = new int[4];
        CsvTable.read(
                path,
                table -> {
                    c[0] = table.column("iso3");
                    c[1] = table.require("the HS6 code", "hs6");
                    c[2] = table.require("the elasticity", "elasticity");
                    c[3] = table.column("se");
                },
                row -> {
                    String iso3 = importDemand ? row.get(c[0]) : null;
                    if (importDemand && !iso3.matches("[A-Z]{3}")) {
                        throw row.error(c[0], "an ISO3 code (three capital letters)");
                    }
                    String hs6 = row.get(c[1]);
                    if (hs6.matches("[0-9]{5}")) {
                        hs6 = "0" + hs6; // saved from a spreadsheet as a number, the leading zero was lost
                    } else if (!hs6.matches("[0-9]{6}")) {
                        throw row.error(c[1], "an HS6 code of 6 digits");
                    }
                    double value =
                            Numbers.number(row, c[2], "a negative number (both sources publish negative elasticities)");
                    if (!(value < 0) || value < -1000) {
                        throw row.error(
                                c[2], "a negative number from -1000 to 0 (both sources publish negative elasticities)");
                    }
                    double se = Double.NaN;
                    if (c[3] >= 0 && !row.get(c[3]).isEmpty() && !row.get(c[3]).equals("NA")) {
                        se = Numbers.nonNegative(row, c[3], "a standard error, 0 or more, or empty");
                    }
                    if (!seen.add(iso3 + "|" + hs6)) {
                        throw row.error(
                                c[1],
                                "one elasticity per " + (importDemand ? "country and " : "") + "HS6 code; " + hs6
                                        + " is listed again");
                    }
                    found.add(new Elasticity(
                            importDemand ? Elasticity.Kind.IMPORT_DEMAND : Elasticity.Kind.TRADE,
                            iso3,
                            hs6,
                            value,
                            se,
                            file,
                            row.line()));
                });
        return found;
    }
}
