package org.bilatsim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.RunSpec;

/**
 * timeseries.csv, streamed: each run writes its months to its own part file as it goes (so memory
 * does not grow with runs or months, and threads never share a writer), and {@link #join} concatenates
 * the parts in run order under one header, whatever order the runs finished in.
 */
record TimeseriesParts(RunFolder folder, String scenario) implements Observers {
    static final String FILE = "timeseries.csv";

    @Override
    public ObservationSink open(int index, RunSpec spec) {
        return new TidyCsvWriter(folder.file(partName(index)), scenario, spec.replication(), spec.seed(), false);
    }

    /** Joins parts 0 to count-1 into timeseries.csv and deletes them. */
    void join(int count) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.file(FILE), StandardOpenOption.CREATE_NEW)) {
            out.write((String.join(",", Column.headers()) + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                Path part = folder.file(partName(i));
                Files.copy(part, out);
                Files.delete(part);
            }
        }
    }

    private static String partName(int index) {
        return String.format(Locale.ROOT, "timeseries.part-%06d.csv", index);
    }
}
