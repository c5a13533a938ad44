package org.bilatsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performance work must not change results: the output files of fixed runs are pinned by their
 * SHA-256. The hashes were taken from the model as it stood before the optimisations of issue 8
 * (commit 9950610) and are still produced after them. Change a hash only with a change of the
 * model that is meant to change its numbers, and say so in the commit.
 */
class GoldenOutputTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} with {1} thread(s)")
    @CsvSource({
            "configs/pak-aze/baseline.yaml, 1, TIMESERIES_BASELINE, ANNUAL_BASELINE",
            "configs/pak-aze/baseline.yaml, 2, TIMESERIES_BASELINE, ANNUAL_BASELINE",
            "configs/pak-aze/two-billion-push.yaml, 2, TIMESERIES_PUSH, ANNUAL_PUSH",
            "SYNTHETIC, 2, TIMESERIES_SYNTHETIC, ANNUAL_SYNTHETIC"})
    void fixedRunsWriteTheSameBytesAsBeforeTheOptimisations(String config, int threads, String timeseries,
            String annual) throws Exception {
        String file = config;
        if (config.equals("SYNTHETIC")) {
            file = out.resolve("synthetic.yaml").toString();
            var generated = MainTest.bilatsim("generate", "--exporters", "200000", "--importers", "600", "--products", "3",
                    "-o", file);
            assertEquals(0, generated.exitCode(), generated.err());
        }
        var run = MainTest.bilatsim("run", file, "-n", "3", "--threads", String.valueOf(threads), "--no-charts", "-q",
                "--out", out.resolve("runs").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected(timeseries), sha256(only(out.resolve("runs"), "timeseries.csv")), "timeseries.csv");
        assertEquals(expected(annual), sha256(only(out.resolve("runs"), "annual.csv")), "annual.csv");
    }

    private static String expected(String name) {
        return switch (name) {
            case "TIMESERIES_BASELINE" -> "8ab440804241913c2fa3171c516bc5bf34e76b035c22680408b23b1c5beb85dc";
            case "ANNUAL_BASELINE" -> "ab67f7a68d6ac9e6ba5b0951417cbedba1fb9d29fd5bfcc22f11065c6a4a25cf";
            case "TIMESERIES_PUSH" -> "51d5449c381cda392cc73e36d40d1d2daf9ff0e9ef27b961375a45c5e44ebaba";
            case "ANNUAL_PUSH" -> "9033a5bc157261aded47351024cfc6d3d7aa88aa2915fbc2a95deab25320866f";
            case "TIMESERIES_SYNTHETIC" -> "194d3b834bc8474b4f19f6b96651664695a3677af546d340c2085976fd585341";
            case "ANNUAL_SYNTHETIC" -> "64bbbe279e3037d8656f14810c849da91608477e0d42522430153bac8f97aa06";
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
