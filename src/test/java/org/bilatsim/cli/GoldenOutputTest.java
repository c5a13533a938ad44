package org.bilatsim.cli;

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
 * {@link #COUNTS_BEFORE} sets back) and are still produced after them; the {@code *_SHIPPED} ones pin
 * the default scenario as shipped. Change a hash only with a change of the model or of a config
 * that is meant to change its numbers, and say so in the commit.
 */
class GoldenOutputTest {
    /** The default scenario's agent counts before they were sourced (docs/agent-counts.md). */
    static final String[] COUNTS_BEFORE = {
            "--set", "products.rice.sources.PAK.exporters.count=200",
            "--set", "products.textiles.sources.PAK.exporters.count=150",
            "--set", "products.other-pak.sources.PAK.exporters.count=300",
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
            "configs/pak-aze/two-billion-push.yaml, 1, PUSH_UNCERTAIN",
            "configs/pak-aze/two-billion-push.yaml, 2, PUSH_UNCERTAIN"})
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
        if (expected.startsWith("PUSH_") && !expected.equals("PUSH_UNCERTAIN")) {
            // The hashes before parameter uncertainty: every uncertain key at its stated median.
            args.add("--fixed-parameters");
        }
        if (expected.startsWith("FINITE_SUPPLY")) {
            // Finite export supply: the origins' price steps (SupplyPrice) run every month.
            args.addAll(List.of("--set", "products.rice.sources.PAK.exportSupplyElasticity=2",
                    "--set", "products.textiles.sources.PAK.exportSupplyElasticity=0.5"));
        }
        var run = MainTest.bilatsim(args.toArray(new String[0]));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected("TIMESERIES_" + expected), sha256(only(out.resolve("runs"), "timeseries.csv")),
                "timeseries.csv");
        assertEquals(expected("ANNUAL_" + expected), sha256(only(out.resolve("runs"), "annual.csv")), "annual.csv");
    }

    private static String expected(String name) {
        return switch (name) {
            case "TIMESERIES_BASELINE_BEFORE" -> "8ab440804241913c2fa3171c516bc5bf34e76b035c22680408b23b1c5beb85dc";
            case "ANNUAL_BASELINE_BEFORE" -> "ab67f7a68d6ac9e6ba5b0951417cbedba1fb9d29fd5bfcc22f11065c6a4a25cf";
            case "TIMESERIES_PUSH_BEFORE" -> "51d5449c381cda392cc73e36d40d1d2daf9ff0e9ef27b961375a45c5e44ebaba";
            case "ANNUAL_PUSH_BEFORE" -> "9033a5bc157261aded47351024cfc6d3d7aa88aa2915fbc2a95deab25320866f";
            case "TIMESERIES_SYNTHETIC_BEFORE" -> "194d3b834bc8474b4f19f6b96651664695a3677af546d340c2085976fd585341";
            case "ANNUAL_SYNTHETIC_BEFORE" -> "64bbbe279e3037d8656f14810c849da91608477e0d42522430153bac8f97aa06";
            case "TIMESERIES_FINITE_SUPPLY_BEFORE" -> "638dc88b3c03270bf350fa60f0f2ba668677f2dd95a9a1ba870659ec5fead8a8";
            case "ANNUAL_FINITE_SUPPLY_BEFORE" -> "e0def8a46cb42f025eaa037d9b06b15fc8598f34642c7d785ab8f74ca87d0b7c";
            case "TIMESERIES_BASELINE_SHIPPED" -> "adf5ea3036d4d219118bb4c6199f642485894c92ba1a484ae806a27bf2a3c7dd";
            case "ANNUAL_BASELINE_SHIPPED" -> "b79c99067af6cd5f9a2e146830af9badd902e92137a558f6c4bd83d07b6113ea";
            case "TIMESERIES_PUSH_SHIPPED" -> "7633decef53a2e1e2ea7197910b36ecee488c82ba08f98663bd9ed9fa1ef2d16";
            case "ANNUAL_PUSH_SHIPPED" -> "9065a39342ce80eae9d16b67ce5aa62628cc63290fdbeb3b4c1adcd97c94a231";
            // Each replication with its own Latin hypercube draw of the push's 29 uncertain parameters
            // (issue 16): the same bytes at 1 and 2 threads.
            case "TIMESERIES_PUSH_UNCERTAIN" -> "190db06d550d029ff9a74c0d67dba3bab9d13d633029803ffbcc8aa39835a4f8";
            case "ANNUAL_PUSH_UNCERTAIN" -> "89f39cba4dfcee1e8416b9bfb5ddaea3f1e3d2f6f19c3278601399b9058f1353";
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
