package org.bilatsim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.config.Observed;

/** Simulated against observed two-way totals, year by year (backcast.csv). */
public final class Backcast {
    private Backcast() {
    }

    /**
     * @param errorShare (simulated - observed) / observed
     */
    public record Year(int year, double simulatedUsd, double observedUsd, double errorShare, String source) {
    }

    public static List<Year> compare(List<BilateralTotals.Year> totals, List<Observed> observed) {
        List<Year> years = new ArrayList<>();
        for (Observed o : observed) {
            for (BilateralTotals.Year t : totals) {
                if (t.year() == o.year()) {
                    years.add(new Year(o.year(), t.total(), o.totalUsd(), t.total() / o.totalUsd() - 1, o.source()));
                }
            }
        }
        return years;
    }

    /** Mean absolute percentage error, as a share. */
    public static double meanAbsoluteError(List<Year> years) {
        return years.stream().mapToDouble(y -> Math.abs(y.errorShare())).average().orElse(Double.NaN);
    }

    public static void write(Path file, List<Year> years) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("year", "simulated_usd", "observed_usd", "error_share", "source")
                .setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Year y : years) {
                printer.printRecord(y.year(), Numbers.format(y.simulatedUsd()), Numbers.format(y.observedUsd()),
                        Numbers.format(y.errorShare()), y.source());
            }
        }
    }
}
