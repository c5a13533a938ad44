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
 *
 * <p>Issue 20 changed the files on purpose (zero rows for flows without a flow, the time column
 * named {@code month}/{@code year}, replication seeds below 2^53, which changes replications 1 and
 * up); {@link #replicationZeroIsUnchangedByIssue20} pins what it left unchanged: the non-zero rows of
 * replication 0 (whose seed is the base seed) hash as they did before it, with the hashes taken from
 * the files of commit 0e9c8cc.
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
            "configs/pak-aze/two-billion-push.yaml, 1, PUSH_SHIPPED"})
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "configs/pak-aze/baseline.yaml, 09318e0c81760c0d944e29093e7abca065dcf51d2f5a22e5062566fd523539ca, "
                    + "56340ab9d5667f91b717468fe3a9870cf3bd8037a90d76d8e4d3fdf4a3cedd78",
            "configs/pak-aze/two-billion-push.yaml, 2ad4a14b5f15d6f6de3889bddad4d5ec07fd3968aa619e7ea491c9e399dc24ef, "
                    + "6e26f615b65acf19666866b5d30e14a77dfb907eac3cd1dab0d573ca363df9d5"})
    void replicationZeroIsUnchangedByIssue20(String config, String timeseries, String annual) throws Exception {
        var run = MainTest.bilatsim("run", config, "-n", "3", "--no-charts", "-q", "--out", out.resolve("runs").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(timeseries, nonZeroRowsOfReplicationZero(only(out.resolve("runs"), "timeseries.csv"), "month",
                false), "timeseries.csv: the same non-zero rows in the same order");
        // annual.csv used to list a row first seen in a later month (a first cargo) at the end of its year.
        assertEquals(annual, nonZeroRowsOfReplicationZero(only(out.resolve("runs"), "annual.csv"), "year", true),
                "annual.csv: the same non-zero rows");
    }

    /**
     * SHA-256 of "time,exporter,importer,product,metric,value,unit\n" of replication 0's rows whose
     * value is not 0, in file order or sorted.
     */
    private static String nonZeroRowsOfReplicationZero(Path csv, String time, boolean sorted)
            throws IOException, NoSuchAlgorithmException {
        List<String> lines = new ArrayList<>();
        try (var reader = Files.newBufferedReader(csv);
             var parser = org.apache.commons.csv.CSVParser.builder().setReader(reader)
                     .setFormat(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                             .get()).get()) {
            for (var r : parser) {
                if (!r.get("replication").equals("0") || Double.parseDouble(r.get("value")) == 0) {
                    continue;
                }
                String line = String.join(",", r.get(time), r.get("exporter"), r.get("importer"), r.get("product"),
                        r.get("metric"), r.get("value"), r.get("unit")) + "\n";
                lines.add(line);
            }
        }
        if (sorted) {
            java.util.Collections.sort(lines);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(String.join("", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String expected(String name) {
        return switch (name) {
            case "TIMESERIES_BASELINE_BEFORE" -> "e584baafb0c0cabb7b1992c45828f0b76c5fc28319f5b717c50fe3e050d68bf6";
            case "ANNUAL_BASELINE_BEFORE" -> "cf69281c6ba07cb478903526773d6a14d9659c75fcbbfde1fba78f0ab4a4eefd";
            case "TIMESERIES_PUSH_BEFORE" -> "c830e12ff50bf9c39b08a8ef999ee96c725fbb49dfd26c51f2e2da008fa86c85";
            case "ANNUAL_PUSH_BEFORE" -> "a8255c1ecde8c69ac50879e4b9f2fb670269b002e44edcf7daa4fa706ab5b590";
            case "TIMESERIES_SYNTHETIC_BEFORE" -> "b000552cc788de50a2ccb93b636bb5e91d6309477003c7a6f8c713d18e0d7422";
            case "ANNUAL_SYNTHETIC_BEFORE" -> "ab3f8766a6f5f843875aa5b4a7a0ceb0c02d52337610c37b4e96a09cf738ebe2";
            case "TIMESERIES_FINITE_SUPPLY_BEFORE" -> "83ef7bfa21bb7c5c789d693e2885534e8de93c6b394813a925349aae5e6744ec";
            case "ANNUAL_FINITE_SUPPLY_BEFORE" -> "3541d112e80a6fe361731751ca7a48d44b8e1ba31a5952ae3e84a3d57c202154";
            case "TIMESERIES_BASELINE_SHIPPED" -> "e67ad06fc1c86481b331e2b84527413b320fbe2845b956712ca5d30f30c2a321";
            case "ANNUAL_BASELINE_SHIPPED" -> "c5ef55b93d2cb17a52095619be91bd0d9204cbeaa0046427fe3e5ca453075f2d";
            case "TIMESERIES_PUSH_SHIPPED" -> "9421f0ec86d04a97cb23b06985108379b20ab3c61cd0ef04a164ef37cbc11e07";
            case "ANNUAL_PUSH_SHIPPED" -> "684181e562d45eac3b099611d57c7853dfd4489f12b9627afafcb374820097e7";
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
