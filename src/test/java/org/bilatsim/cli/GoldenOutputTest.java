package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performance work must not change results: the output files of fixed runs are pinned by their
 * SHA-256. The {@code *_BEFORE} hashes were taken from the model as it stood before the
 * optimisations of issue 8 (commit 9950610, whose default scenario had the agent counts
 * {@link #COUNTS_BEFORE} sets back) and were still produced after them; the {@code *_SHIPPED} ones pin
 * the default scenario as shipped. Issue 14 changed every hash on purpose: exporters became
 * monopolistically competitive (entry now moves trade), the base-period count of active exporters
 * became a calibrated input, and each population and purpose got its own random stream (so the
 * importers drawn changed). The {@code NO_FIXED_COST} case pins the model where every firm serves.
 * Change a hash only with a change of the model or of a config that is meant to change its numbers,
 * and say so in the commit.
 */
class GoldenOutputTest {
    /** The default scenario's agent counts before they were sourced (docs/agent-counts.md). */
    static final String[] COUNTS_BEFORE = {
            "--set", "products.rice.sources.PAK.exporters.count=200",
            "--set", "products.textiles.sources.PAK.exporters.count=150",
            "--set", "products.other-pak.sources.PAK.exporters.count=300",
            // Calibrated active exporters (issue 14) must not exceed the potential ones.
            "--set", "products.other-pak.sources.PAK.exporters.activeExporters=60",
            "--set", "products.urea.sources.AZE.exporters.count=3",
            "--set", "products.urea.importers.count=20",
            "--set", "products.other-aze.sources.AZE.exporters.count=20"};

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} with {1} thread(s), expecting {2}")
    @CsvSource({
            "configs/pak-aze/baseline.yaml, 1, BASELINE_BEFORE",
            "configs/pak-aze/baseline.yaml, 2, BASELINE_BEFORE",
            "configs/pak-aze/two-billion-push.yaml, 2, PUSH_BEFORE",
            "configs/pak-aze/rice-no-exemption.yaml, 2, FINITE_SUPPLY_BEFORE",
            "SYNTHETIC, 2, SYNTHETIC_BEFORE",
            "configs/pak-aze/baseline.yaml, 2, BASELINE_SHIPPED",
            "configs/pak-aze/two-billion-push.yaml, 1, PUSH_SHIPPED",
            "configs/pak-aze/baseline.yaml, 2, NO_FIXED_COST"})
    void fixedRunsWriteTheSameBytesAsBeforeTheOptimisations(String config, int threads, String expected)
            throws Exception {
        String file = config;
        if (config.equals("SYNTHETIC")) {
            file = out.resolve("synthetic.yaml").toString();
            var generated = MainTest.bilatsim("generate", "--exporters", "200000", "--importers", "600", "--products", "3",
                    "-o", file);
            assertEquals(0, generated.exitCode(), generated.err());
        }
        List<String> args = new ArrayList<>(List.of("run", file, "-n", "3", "--threads", String.valueOf(threads),
                "--no-charts", "-q", "--out", out.resolve("runs").toString()));
        if (expected.endsWith("_BEFORE") && !expected.startsWith("SYNTHETIC")) {
            args.addAll(List.of(COUNTS_BEFORE));
        }
        if (expected.equals("NO_FIXED_COST")) {
            // Every potential firm serves and sigmaF = sigma: one CES, no extensive margin. With the
            // set-up streams of before issue 14 these runs wrote the bytes of the model without firms
            // that matter (checked when the firm layer came in); the hash pins them since.
            args.addAll(List.of("--set", "products.rice.sources.PAK.exporters.activeExporters=1900",
                    "--set", "products.textiles.sources.PAK.exporters.activeExporters=1100",
                    "--set", "products.other-pak.sources.PAK.exporters.activeExporters=12650"));
        }
        if (expected.startsWith("FINITE_SUPPLY")) {
            // Finite export supply: the origins' price steps (SupplyPrice) run every month.
            args.addAll(List.of("--set", "products.rice.sources.PAK.exportSupplyElasticity=2",
                    "--set", "products.textiles.sources.PAK.exportSupplyElasticity=0.5"));
        }
        var run = MainTest.bilatsim(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        String timeseries = sha256(only(out.resolve("runs"), "timeseries.csv"));
        String annual = sha256(only(out.resolve("runs"), "annual.csv"));
        // A readable excerpt first: when a hash moves, this shows which flows and years changed.
        assertEquals(excerptFile(expected), excerpt(only(out.resolve("runs"), "annual.csv"), expected),
                "annual.csv, replication 0, trade_value rows (" + EXCERPTS.resolve(expected + ".txt") + ")");
        assertAll(() -> assertEquals(expected("TIMESERIES_" + expected), timeseries, "timeseries.csv"),
                () -> assertEquals(expected("ANNUAL_" + expected), annual, "annual.csv"));
    }

    /** Text goldens beside the hashes; {@code -Dbilatsim.regenerate=true} rewrites them. */
    static final Path EXCERPTS = Path.of("src/test/resources/golden");

    /** The trade_value rows of replication 0 of annual.csv (header first), as text. */
    private static String excerpt(Path annual, String expected) throws IOException {
        List<String> lines = Files.readAllLines(annual);
        List<String> header = List.of(lines.get(0).split(","));
        int replication = header.indexOf("replication");
        int metric = header.indexOf("metric");
        StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[replication].equals("0") && cells[metric].equals("trade_value")) {
                text.append(line).append('\n');
            }
        }
        if (Boolean.getBoolean("bilatsim.regenerate")) {
            Files.createDirectories(EXCERPTS);
            Files.writeString(EXCERPTS.resolve(expected + ".txt"), text);
        }
        return text.toString();
    }

    private static String excerptFile(String expected) throws IOException {
        Path file = EXCERPTS.resolve(expected + ".txt");
        return Files.exists(file) ? Files.readString(file) : "(no golden excerpt " + file + ")";
    }

    private static String expected(String name) {
        return switch (name) {
            case "TIMESERIES_BASELINE_BEFORE" -> "aa59b00c6a041a60c4ee0d13f1e6134bd8d85df9aaed5a0f5f5a485dd5a5146e";
            case "ANNUAL_BASELINE_BEFORE" -> "47f9a07df3d0af988ed28e13866a95e5ea8a1d3064ae6dc967b877e04e6e703d";
            case "TIMESERIES_PUSH_BEFORE" -> "a3fb551515fcb6289dc281a0c466edfd1daadc0276aa1f5d123c2b1d2c53fad5";
            case "ANNUAL_PUSH_BEFORE" -> "119e0c19923f167a1c0bbb6780f3f6903b258ee159f1a066d41ae4e2a7257842";
            case "TIMESERIES_SYNTHETIC_BEFORE" -> "140acea2a01143c68866ae7838e2b46a3adc0ad9d230c5ec3d6850f6520d6427";
            case "ANNUAL_SYNTHETIC_BEFORE" -> "75305ffc1258c55c266dbb7f03ae68bfa8892651540f8eb0cfd6be4581a489dd";
            case "TIMESERIES_FINITE_SUPPLY_BEFORE" -> "11135ffe8f6b61db48a6938e90f38de5a9eda22c0270a8901564ecfe1e93e256";
            case "ANNUAL_FINITE_SUPPLY_BEFORE" -> "0c7364b84ebfd8546fe1b694e57dab6bfedd4da70fa88520ab8deebcb50c0a68";
            case "TIMESERIES_BASELINE_SHIPPED" -> "cc813629e0c72a8dba4caef7499690b1813f298954e7feff3df3092d6bf73260";
            case "ANNUAL_BASELINE_SHIPPED" -> "f6019fd56f6145cb74688feea45addf6eabe453272f3ac3c9fbb277d275ae756";
            case "TIMESERIES_PUSH_SHIPPED" -> "c24c4125517217625b77510463ec478d806792df03f1f1c0b27ad521453cf799";
            case "ANNUAL_PUSH_SHIPPED" -> "e66a04cf6c8adc9b4e3b9e6c136a809710b45d80cc4858eca64d0bfca42c7a80";
            case "TIMESERIES_NO_FIXED_COST" -> "f6db60a2214ce5f6974f58b4e8211e717059cff1cc9536b3dc08966fdd074ecd";
            case "ANNUAL_NO_FIXED_COST" -> "3ca279c394e01f220e62dfcc0553668f0b70d71f38bacb70333812007473a179";
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Path only(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            var found = files.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
