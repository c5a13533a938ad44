package org.bilatsim.calibrate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * BACI's country-code file ({@code country_codes_V202501.csv}): BACI's numeric codes (UN M49 based,
 * with CEPII's own for territories it groups) to ISO3 and name. Both the 2024+ header
 * ({@code country_code,country_name,country_iso2,country_iso3}) and the older one
 * ({@code country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha})
 * are read.
 */
final class CountryCodes {
    private final Map<Integer, String> iso3ByCode = new HashMap<>();
    private final Map<String, String> nameByIso3 = new TreeMap<>();
    private final DataFile file;

    private CountryCodes(DataFile file) {
        this.file = file;
    }

    static CountryCodes read(Path path) {
        CountryCodes codes = new CountryCodes(
                DataFile.of(path, "CEPII BACI country codes", DataFile.ETALAB, DataFile.ETALAB_NOTICE));
        int[] columns = new int[3];
        CsvTable.read(
                path,
                table -> {
                    columns[0] = table.require("the numeric country code", "country_code");
                    columns[1] = table.require("the country's ISO3 code", "country_iso3", "iso_3digit_alpha");
                    columns[2] = table.column("country_name", "country_name_abbreviation");
                },
                row -> {
                    String code = row.get(columns[0]);
                    if (!code.matches("[0-9]{1,4}")) {
                        throw row.error(columns[0], "a numeric country code of 1 to 4 digits");
                    }
                    String iso3 = row.get(columns[1]);
                    if (!iso3.matches("[A-Z0-9]{3}")) {
                        throw row.error(columns[1], "an ISO3 code: three capital letters or digits");
                    }
                    if (codes.iso3ByCode.put(Integer.parseInt(code), iso3) != null) {
                        throw row.error(columns[0], "each code once; this code is listed twice");
                    }
                    codes.nameByIso3.putIfAbsent(iso3, columns[2] >= 0 ? row.get(columns[2]) : iso3);
                });
        return codes;
    }

    /** ISO3 of a numeric code, or null. */
    String iso3(int code) {
        return iso3ByCode.get(code);
    }

    /** The numeric code of an ISO3, or -1. */
    int code(String iso3) {
        return iso3ByCode.entrySet().stream()
                .filter(e -> e.getValue().equals(iso3))
                .mapToInt(Map.Entry::getKey)
                .min()
                .orElse(-1);
    }

    String name(String iso3) {
        return nameByIso3.getOrDefault(iso3, iso3);
    }

    DataFile file() {
        return file;
    }
}
