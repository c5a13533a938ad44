package org.bilatsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bilatsim.cli.Main;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration of the sample files: byte for byte, loadable, runnable, and its fallbacks visible. */
class CalibrateScenarioTest {
    static final Path GOLDEN = Samples.DIR.resolve("golden-aze-pak-hs6.yaml");
    static final Path BUNDLED = Path.of("configs/pak-aze/hs-sample.yaml");

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    static Result bilatsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theSampleBaciTariffAndElasticitySetGivesTheGoldenScenarioByteForByte() throws IOException {
        String actual = ScenarioWriter.yaml(Samples.golden(Samples.copyTo(dir)));
        String expected = Files.exists(GOLDEN) ? Files.readString(GOLDEN, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/golden-aze-pak-hs6.actual.yaml"), actual);
        }
        assertEquals(
                expected,
                actual,
                "compare with target/golden-aze-pak-hs6.actual.yaml; update " + GOLDEN
                        + " only for an intended change");
    }

    @Test
    void theGoldenScenarioLoadsWithTheConfigLoaderWithItsSourcedValues() {
        ScenarioConfig config = ConfigLoader.load(GOLDEN, List.of());
        assertEquals(8, config.products().size());
        Product rice = config.products().stream()
                .filter(p -> p.key().equals("hs100630-aze"))
                .findFirst()
                .orElseThrow();
        // BACI 1800.5 thousand US$ FOB x 1.10 CIF/FOB; ROW is India and Thailand, not Turkey's imports from India.
        assertEquals(1_980_550, rice.sources().get(0).baseValueUsd(), 1);
        assertEquals((40_000.2 + 3_500) * 1000 * 1.1, rice.sources().get(1).baseValueUsd(), 1);
        assertEquals(1_980_550 / 2100.0, rice.sources().get(0).basePriceUsd(), 0.01);
        assertEquals(6.1, rice.substitutionElasticity());
        assertEquals(-1.42, rice.importDemandElasticity());
        assertEquals(
                0.15,
                config.tariffs().stream()
                        .filter(t -> t.product().equals("hs100630-aze")
                                && t.partner().equals("MFN"))
                        .findFirst()
                        .orElseThrow()
                        .customs(),
                1e-12);
    }

    @Test
    void missingDataGetANoteAndAFallbackNeverASilentZero() throws IOException {
        String text = Files.readString(GOLDEN);
        assertTrue(
                text.contains("basePriceUsd: 4327.87   # ESTIMATE: no weight for HS 630260; unit value of HS 6302"),
                "NA quantity: the HS4 heading's unit value");
        assertTrue(
                text.contains("importDemandElasticity: -1.8   # ESTIMATE: no estimate for HS 080510; HS 0805 average"),
                "no KNO estimate for the line: the HS4 average");
        assertTrue(
                text.contains("customs: 0.05}   # customs ESTIMATE: no rate for HS 080510; 0.05, the HS 0805 rate"),
                "no TRAINS line: the HS4 line");
        assertTrue(text.contains("HS 630210, AZE <- PAK (US$ 132000): left out, the partner is its only origin"));
        assertTrue(text.contains(
                "importDemandElasticity: -1   # ASSUMPTION: no import-demand elasticity of AZE for HS 570110"));
        assertFalse(text.contains("baseValueUsd: 0"), "no flow is a zero");
    }

    @Test
    void theGeneratedScenarioRunsThroughTheCommandLine() throws IOException {
        Path samples = Samples.copyTo(dir);
        Path scenario = dir.resolve("scenario.yaml");
        Result calibrate = bilatsim(command(samples, scenario).toArray(String[]::new));
        assertEquals(0, calibrate.exitCode(), calibrate.err());
        assertTrue(calibrate.out().contains("wrote " + scenario + " (8 products)"), calibrate.out());
        assertEquals(Files.readString(GOLDEN), Files.readString(scenario), "the CLI writes what the golden test pins");
        Result run = bilatsim(
                "run",
                scenario.toString(),
                "--out",
                dir.resolve("out").toString(),
                "-q",
                "--no-charts",
                "--summary-only");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2034"), run.out());
    }

    static List<String> command(Path samples, Path output) {
        return List.of(
                "calibrate",
                "--flows",
                samples.resolve(Samples.BACI).toString(),
                "--countries",
                samples.resolve(Samples.COUNTRIES).toString(),
                "--importer",
                "AZE",
                "--exporter",
                "PAK",
                "--year",
                "2023",
                "--all",
                "--tariffs",
                samples.resolve(Samples.TRAINS).toString(),
                samples.resolve(Samples.OWN_TARIFFS).toString(),
                "--elasticities",
                samples.resolve(Samples.KNO).toString(),
                samples.resolve(Samples.FGO).toString(),
                "-o",
                output.toString());
    }

    @Test
    void theBundledExampleIsWhatTheDocumentedCommandWrites() throws IOException {
        Path scenario = dir.resolve("hs-sample.yaml");
        List<String> args = new ArrayList<>(command(Samples.DIR, scenario));
        args.set(args.indexOf("--year"), "--level");
        args.set(args.indexOf("2023"), "hs6");
        assertEquals(0, bilatsim(args.toArray(String[]::new)).exitCode());
        // The header's modification dates are those of the user's checkout.
        assertEquals(
                withoutDates(Files.readString(BUNDLED)),
                withoutDates(Files.readString(scenario)),
                "regenerate " + BUNDLED + " with the command in README, \"Calibrating from your own data\"");
    }

    private static String withoutDates(String text) {
        return text.replaceAll("modified \\d{4}-\\d{2}-\\d{2}", "modified DATE");
    }

    @Test
    void comtradeFlowsCalibrateWithMirrorsAndWorldTotals() throws IOException {
        Path samples = Samples.copyTo(dir);
        Request request = new Request(
                List.of(samples.resolve(Samples.COMTRADE)),
                null,
                List.of(),
                List.of(),
                "AZE",
                "PAK",
                0,
                List.of(),
                50,
                true,
                6,
                20,
                20,
                1.10,
                2e9);
        String text = ScenarioWriter.yaml(request);
        ScenarioConfig config = ConfigLoader.parse("comtrade.yaml", text, List.of());
        Product medicines = config.products().stream()
                .filter(p -> p.key().equals("hs300490-aze"))
                .findFirst()
                .orElseThrow();
        assertEquals(660_000, medicines.sources().get(0).baseValueUsd(), 1e-6, "the exporter's FOB report x 1.10");
        assertEquals(62_000_000 - 660_000, medicines.sources().get(1).baseValueUsd(), 1e-6, "World less the partner");
        assertTrue(text.contains("mirror: the exporter's FOB report"), text);
        assertTrue(text.contains(
                "skipped 1 rows of cmdCode 999999 (commodities not specified: confidential trade) (US$ 85000)"));
        assertTrue(text.contains("skipped 1 rows of flow RX"));
        assertTrue(text.contains("no --tariffs given: no duty lines, so every duty is 0 (ASSUMPTION)"));
        assertTrue(text.contains("unit: USD-at-base-prices"), "towels without any weight are measured in US$");
    }

    @Test
    void codesAtACoarserLevelAggregateTheirLines() throws IOException {
        Path samples = Samples.copyTo(dir);
        Request request = new Request(
                List.of(samples.resolve(Samples.BACI)),
                samples.resolve(Samples.COUNTRIES),
                List.of(samples.resolve(Samples.TRAINS)),
                List.of(),
                "AZE",
                "PAK",
                2023,
                List.of("6302", "1006"),
                50,
                false,
                4,
                20,
                20,
                1.10,
                2e9);
        String text = ScenarioWriter.yaml(request);
        ScenarioConfig config = ConfigLoader.parse("hs4.yaml", text, List.of());
        Product towels = config.products().stream()
                .filter(p -> p.key().equals("hs6302-aze"))
                .findFirst()
                .orElseThrow();
        assertEquals((120 + 950) * 1000 * 1.1, towels.sources().get(0).baseValueUsd(), 1e-6);
        assertTrue(text.contains("customs: 0.15}   # customs 0.15, the simple average of 2 lines"), text);
        assertTrue(text.contains("HS 6302, PAK <- AZE: no flow in 2023"), "a requested code with no flow is named");
    }

    @Test
    void filesOfTwoHsRevisionsForOneYearAreRefused() throws IOException {
        Path samples = Samples.copyTo(dir);
        Path hs22 = Samples.write(dir, "BACI_HS22_Y2023_V202501.csv", "t,k,i,j,v,q", "2023,100630,586,31,1.0,1.0");
        Request request = new Request(
                List.of(samples.resolve(Samples.BACI), hs22),
                samples.resolve(Samples.COUNTRIES),
                List.of(),
                List.of(),
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
        String message = assertThrows(ConfigException.class, () -> ScenarioWriter.yaml(request))
                .getMessage();
        assertTrue(message.contains("mix HS revisions [HS17, HS22]"), message);
    }

    @Test
    void theSameFlowsFromTwoFilesOrTwoSourcesAreRefused() throws IOException {
        Path samples = Samples.copyTo(dir);
        Path copy = Files.createDirectories(dir.resolve("copy")).resolve(Samples.BACI);
        Files.copy(samples.resolve(Samples.BACI), copy);
        Request twice = new Request(
                List.of(samples.resolve(Samples.BACI), copy),
                samples.resolve(Samples.COUNTRIES),
                List.of(),
                List.of(),
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
        String message = assertThrows(ConfigException.class, () -> ScenarioWriter.yaml(twice))
                .getMessage();
        assertTrue(message.startsWith(copy + ":2:1: repeats the flow of BACI_HS17_Y2023_V202501.csv:2"), message);
        Request mixed = new Request(
                List.of(samples.resolve(Samples.BACI), samples.resolve(Samples.COMTRADE)),
                samples.resolve(Samples.COUNTRIES),
                List.of(),
                List.of(),
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
        assertTrue(assertThrows(ConfigException.class, () -> ScenarioWriter.yaml(mixed))
                .getMessage()
                .contains("mixes BACI and Comtrade files"));
    }

    @Test
    void badInputExitsWithTwoAndOneLineAndWritesNothing() throws IOException {
        Path samples = Samples.copyTo(dir);
        Files.writeString(samples.resolve(Samples.KNO), "iso3,hs6,elasticity,se\nAZE,100630,-1.4,x\n");
        Path scenario = dir.resolve("scenario.yaml");
        Result r = bilatsim(command(samples, scenario).toArray(String[]::new));
        assertEquals(2, r.exitCode());
        assertEquals(
                "bilatsim: " + samples.resolve(Samples.KNO) + ":2:4: se = 'x': a standard error, 0 or more, or empty\n",
                r.err());
        assertFalse(Files.exists(scenario));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path samples = Samples.copyTo(dir);
        Path scenario = Files.writeString(dir.resolve("scenario.yaml"), "mine\n");
        Result r = bilatsim(command(samples, scenario).toArray(String[]::new));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(scenario + ": exists; choose another file"), r.err());
        assertEquals("mine\n", Files.readString(scenario));
    }

    @Test
    void bacIWithoutTheCountryFileAndOptionsOutOfRangeAreUsageErrors() throws IOException {
        Path samples = Samples.copyTo(dir);
        Result noCodes = bilatsim(
                "calibrate",
                "--flows",
                samples.resolve(Samples.BACI).toString(),
                "--importer",
                "AZE",
                "--exporter",
                "PAK",
                "-o",
                dir.resolve("x.yaml").toString());
        assertEquals(2, noCodes.exitCode());
        assertTrue(noCodes.err().contains("give BACI's country-code file with --countries"), noCodes.err());
        Result both = bilatsim(
                "calibrate",
                "--flows",
                "f.csv",
                "--importer",
                "AZE",
                "--exporter",
                "PAK",
                "--all",
                "--top",
                "5",
                "-o",
                dir.resolve("x.yaml").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("give one of --hs, --top and --all"), both.err());
        Result digits = bilatsim(
                "calibrate",
                "--flows",
                "f.csv",
                "--importer",
                "AZE",
                "--exporter",
                "PAK",
                "--hs",
                "1006",
                "-o",
                dir.resolve("x.yaml").toString());
        assertTrue(digits.err().contains("--hs code '1006' must have 6 digits for --level hs6"), digits.err());
    }
}
