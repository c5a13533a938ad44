package org.bilatsim.calibrate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic files in BACI, TRAINS and elasticity layouts with a given number of HS6 lines traded in
 * each direction between AZE and PAK, for the product-scale test and benchmark. Invented numbers
 * (lognormal values and unit values, a twentieth of quantities missing), deterministic for a seed.
 */
final class SyntheticTradeData {
    /** BACI codes: AZE 31, PAK 586; other origins China 156, India 699, Russia 643, Turkey 792. */
    private static final int[][] OTHERS = {{156, 792, 699}, {156, 643, 699}};

    private SyntheticTradeData() {}

    static String code(int i) {
        return String.format(Locale.ROOT, "%02d%04d", 1 + i % 97, 10 + 10 * (i / 97));
    }

    /** Writes BACI_HS17_Y2023_V202501.csv, the country codes, trains.csv, fgo.csv and kno.csv into {@code dir}. */
    static void write(Path dir, int products, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Files.copy(Samples.DIR.resolve(Samples.COUNTRIES), dir.resolve(Samples.COUNTRIES));
        try (BufferedWriter baci = Files.newBufferedWriter(dir.resolve(Samples.BACI));
                BufferedWriter trains = Files.newBufferedWriter(dir.resolve("trains.csv"));
                BufferedWriter fgo = Files.newBufferedWriter(dir.resolve("fgo.csv"));
                BufferedWriter kno = Files.newBufferedWriter(dir.resolve("kno.csv"))) {
            baci.write("t,k,i,j,v,q\n");
            trains.write("Reporter,Partner,Product,Year,SimpleAverage,TariffType\n");
            fgo.write("hs6,elasticity,se\n");
            kno.write("iso3,hs6,elasticity,se\n");
            int[][] pairs = {{586, 31}, {31, 586}};
            String[] iso3 = {"AZE", "PAK"};
            for (int i = 0; i < products; i++) {
                String code = code(i);
                String k = code.startsWith("0") ? code.substring(1) : code; // BACI drops the leading zero
                for (int d = 0; d < 2; d++) {
                    double price = Math.exp(7 + random.nextGaussian());
                    line(baci, k, pairs[d][0], pairs[d][1], Math.exp(3 + 1.5 * random.nextGaussian()), price, random);
                    for (int origin : OTHERS[d]) {
                        line(
                                baci,
                                k,
                                origin,
                                pairs[d][1],
                                Math.exp(6 + 1.5 * random.nextGaussian()),
                                price * Math.exp(0.2 * random.nextGaussian()),
                                random);
                    }
                    trains.write(String.format(
                            Locale.ROOT, "%s,000,%s,2023,%d,MFN%n", iso3[d], code, 5 * random.nextInt(5)));
                    if (random.nextInt(10) == 0) {
                        trains.write(String.format(Locale.ROOT, "%s,%s,%s,2023,0,PRF%n", iso3[d], iso3[1 - d], code));
                    }
                    kno.write(String.format(
                            Locale.ROOT,
                            "%s,%s,%.3f,%.3f%n",
                            iso3[d],
                            code,
                            -0.3 - 2.7 * random.nextDouble(),
                            0.5 * random.nextDouble()));
                }
                fgo.write(String.format(
                        Locale.ROOT, "%s,%.3f,%.3f%n", code, -2 - 8 * random.nextDouble(), random.nextDouble()));
            }
        }
    }

    private static void line(
            BufferedWriter baci,
            String k,
            int exporter,
            int importer,
            double thousands,
            double price,
            SplittableRandom random)
            throws IOException {
        String q = random.nextInt(20) == 0 ? "NA" : String.format(Locale.ROOT, "%.3f", thousands * 1000 / price);
        baci.write(String.format(Locale.ROOT, "2023,%s,%d,%d,%.3f,%s%n", k, exporter, importer, thousands, q));
    }
}
