package org.bilatsim.calibrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/** The sample files of src/test/resources/calibrate, copied where a test needs them. */
final class Samples {
    static final Path DIR = Path.of("src/test/resources/calibrate");
    static final String BACI = "BACI_HS17_Y2023_V202501.csv";
    static final String COUNTRIES = "country_codes_V202501.csv";
    static final String COMTRADE = "comtrade-AZE-PAK-2023.csv";
    static final String TRAINS = "trains-tariffs.csv";
    static final String OWN_TARIFFS = "tariffs-own.csv";
    static final String KNO = "kno-import-demand.csv";
    static final String FGO = "fgo-trade-elasticities.csv";
    static final List<String> ALL = List.of(BACI, COUNTRIES, COMTRADE, TRAINS, OWN_TARIFFS, KNO, FGO);
    /** The modification date the golden file records for every input. */
    static final FileTime DATE = FileTime.from(Instant.parse("2026-01-15T00:00:00Z"));

    private Samples() {}

    /** Copies every sample into {@code dir} with a fixed modification date. */
    static Path copyTo(Path dir) throws IOException {
        for (String name : ALL) {
            Path copy = Files.copy(DIR.resolve(name), dir.resolve(name));
            Files.setLastModifiedTime(copy, DATE);
        }
        return dir;
    }

    /** A file of {@code lines} in {@code dir}, named {@code name}. */
    static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    /** The golden request: BACI with its country codes, both tariff files, both elasticity files, every product. */
    static Request golden(Path dir) {
        return new Request(
                List.of(dir.resolve(BACI)),
                dir.resolve(COUNTRIES),
                List.of(dir.resolve(TRAINS), dir.resolve(OWN_TARIFFS)),
                List.of(dir.resolve(KNO), dir.resolve(FGO)),
                "AZE",
                "PAK",
                2023,
                List.of(),
                50,
                true,
                6,
                20,
                20,
                1.10,
                2e9);
    }
}
