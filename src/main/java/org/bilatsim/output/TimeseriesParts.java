package org.bilatsim.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bilatsim.engine.Metric;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Panel;
import org.bilatsim.experiment.RunSpec;

/**
 * The monthly table, streamed: each run keeps its own months (one double per series and month) and
 * writes them to its own part file when it finishes, so threads never share a writer and memory
 * holds only the runs in progress. {@link #join} then writes the table from the parts in run order,
 * on the experiment's {@link Panel}: every series in every month of every run, 0 where a run
 * recorded no flow.
 */
final class TimeseriesParts implements Observers {
    private final RunFolder folder;
    private final String scenario;
    private final YearMonth start;
    private final int months;

    TimeseriesParts(RunFolder folder, String scenario, YearMonth start, YearMonth end) {
        this.folder = folder;
        this.scenario = scenario;
        this.start = start;
        this.months = (int) ChronoUnit.MONTHS.between(start, end) + 1;
    }

    @Override
    public ObservationSink open(int index, RunSpec spec) {
        return new RunMonths(folder.file(partName(index)));
    }

    /** One run's months, kept until it finishes. */
    private final class RunMonths implements ObservationSink {
        private final Path part;
        private final List<Panel.Series> series = new ArrayList<>();
        private final List<double[]> values = new ArrayList<>();
        private final Map<Panel.Series, double[]> bySeries = new HashMap<>();
        private YearMonth month;
        private int monthIndex;
        private int position;

        RunMonths(Path part) {
            this.part = part;
        }

        @Override
        public void accept(Observation o) {
            if (!o.period().equals(month)) {
                month = o.period();
                monthIndex = (int) ChronoUnit.MONTHS.between(start, month);
                position = 0;
            }
            // A run records the same flows in the same order every month: check the expected one first.
            double[] row = null;
            if (position < series.size()) {
                Panel.Series s = series.get(position);
                if (s.metric() == o.metric()
                        && s.product().equals(o.product())
                        && s.exporter().equals(o.exporter())
                        && s.importer().equals(o.importer())
                        && s.unit().equals(o.unit())) {
                    row = values.get(position);
                }
            }
            if (row == null) {
                Panel.Series s = new Panel.Series(o.exporter(), o.importer(), o.product(), o.metric(), o.unit());
                row = bySeries.get(s);
                if (row == null) {
                    row = new double[months];
                    bySeries.put(s, row);
                    series.add(s);
                    values.add(row);
                }
            }
            position++;
            row[monthIndex] = o.value();
        }

        @Override
        public void finish() {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
                out.writeInt(series.size());
                for (int s = 0; s < series.size(); s++) {
                    Panel.Series k = series.get(s);
                    out.writeUTF(k.exporter());
                    out.writeUTF(k.importer());
                    out.writeUTF(k.product());
                    out.writeUTF(k.metric().key());
                    out.writeUTF(k.unit());
                    out.write(bytes(values.get(s)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Rows per group of runs of a Parquet table: about a million (a run of the default scenario has
     * 13,824), at least one run. Fixed by the data alone, so the file is the same whatever the number
     * of threads that encode it. Not final only so that a test can make every run a group of its own.
     */
    static long rowsPerGroup = 1L << 20;

    /**
     * Writes the monthly table of parts 0 to specs-1 on {@code panel} and deletes the parts. CSV is
     * written in one stream. Parquet is encoded in groups of runs ({@link #rowsPerGroup} rows), each
     * group into a file of its own on a pool of one thread per core, and the groups' row groups are
     * then copied, in run order and without re-encoding, into the table (parquet-java's
     * {@code appendFile}): encoding was most of the time of a 1,000-replication run, and it now
     * spreads over the cores. Memory holds the groups in progress, not the runs.
     *
     * @param specs the runs, in table order
     */
    void join(List<RunSpec> specs, Panel panel, Format format) throws IOException {
        Rows rows = new Rows(panel);
        if (format == Format.CSV) {
            try (TableWriter out = format.open(folder.file("."), Tables.TIMESERIES)) {
                rows.write(out, specs, 0, specs.size());
            }
            return;
        }
        long perRun = Math.max(1L, (long) months * panel.series().size());
        int runsPerGroup = (int) Math.max(1L, Math.min(specs.size(), rowsPerGroup / perRun));
        int groups = (specs.size() + runsPerGroup - 1) / runsPerGroup;
        List<Path> files = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            files.add(folder.file(String.format(Locale.ROOT, "timeseries.group-%06d.parquet", g)));
        }
        int threads = Math.max(1, Math.min(groups, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bilatsim-parquet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParquetTableWriter.Part>> done = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                int from = g * runsPerGroup;
                int to = Math.min(specs.size(), from + runsPerGroup);
                Path file = files.get(g);
                done.add(pool.submit(() -> {
                    ParquetTableWriter out = new ParquetTableWriter(file, Tables.TIMESERIES, (to - from) * perRun);
                    try (out) {
                        rows.write(out, specs, from, to);
                    }
                    return new ParquetTableWriter.Part(file, out.rowGroups());
                }));
            }
            List<ParquetTableWriter.Part> parts = new ArrayList<>();
            for (Future<ParquetTableWriter.Part> f : done) {
                parts.add(await(f));
            }
            ParquetTableWriter.concatenate(
                    folder.file(".").resolve(format.file(Tables.TIMESERIES)), Tables.TIMESERIES, parts);
        } finally {
            pool.shutdownNow();
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing timeseries", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    /** The rows of runs read from their parts, on the panel's series. Safe to share between threads. */
    private final class Rows {
        private final List<Panel.Series> order;
        private final Map<Panel.Series, Integer> index = new HashMap<>();
        private final String[] monthText = new String[months];
        /** The panel's key columns, series by series (the same arrays for every block). */
        private final String[] exporters;

        private final String[] importers;
        private final String[] products;
        private final String[] metrics;
        private final String[] units;

        Rows(Panel panel) {
            order = panel.series();
            for (int s = 0; s < order.size(); s++) {
                index.put(order.get(s), s);
            }
            exporters = order.stream().map(Panel.Series::exporter).toArray(String[]::new);
            importers = order.stream().map(Panel.Series::importer).toArray(String[]::new);
            products = order.stream().map(Panel.Series::product).toArray(String[]::new);
            metrics = order.stream().map(k -> k.metric().key()).toArray(String[]::new);
            units = order.stream().map(Panel.Series::unit).toArray(String[]::new);
            for (int m = 0; m < months; m++) {
                monthText[m] = start.plusMonths(m).toString();
            }
        }

        /** Writes runs {@code from} to {@code to - 1} and deletes their parts. */
        void write(TableWriter out, List<RunSpec> specs, int from, int to) throws IOException {
            for (int i = from; i < to; i++) {
                RunSpec spec = specs.get(i);
                Path part = folder.file(partName(i));
                double[][] values = read(part);
                if (out instanceof ParquetTableWriter parquet) {
                    writeBlocks(parquet, spec, values);
                } else {
                    writeRows(out, spec, values);
                }
                Files.delete(part);
            }
        }

        /** A run's part: per series of the panel (in its order), the months, or null if the run had none. */
        private double[][] read(Path part) throws IOException {
            double[][] values = new double[order.size()][];
            byte[] bytes = new byte[months * Double.BYTES];
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(part)))) {
                int n = in.readInt();
                for (int s = 0; s < n; s++) {
                    Panel.Series k = new Panel.Series(
                            in.readUTF(), in.readUTF(), in.readUTF(), Metric.ofKey(in.readUTF()), in.readUTF());
                    in.readFully(bytes);
                    double[] row = new double[months];
                    ByteBuffer.wrap(bytes).asDoubleBuffer().get(row);
                    values[index.get(k)] = row;
                }
            }
            return values;
        }

        private void writeRows(TableWriter out, RunSpec spec, double[][] values) {
            for (int m = 0; m < months; m++) {
                for (int s = 0; s < order.size(); s++) {
                    Panel.Series k = order.get(s);
                    out.string(scenario)
                            .int32(spec.replication())
                            .int64(spec.seed())
                            .string(monthText[m])
                            .string(k.exporter())
                            .string(k.importer())
                            .string(k.product())
                            .string(k.metric().key())
                            .float64(values[s] == null ? 0 : values[s][m])
                            .string(k.unit())
                            .endRow();
                }
            }
        }

        /** The rows of {@link #writeRows}, a month at a time: one block of the panel's series. */
        private void writeBlocks(ParquetTableWriter out, RunSpec spec, double[][] values) {
            double[] month = new double[order.size()];
            Object[] cells = {
                new String[] {scenario},
                new int[] {spec.replication()},
                new long[] {spec.seed()},
                null,
                exporters,
                importers,
                products,
                metrics,
                month,
                units
            };
            for (int m = 0; m < months; m++) {
                for (int s = 0; s < month.length; s++) {
                    month[s] = values[s] == null ? 0 : values[s][m];
                }
                cells[3] = new String[] {monthText[m]};
                out.block(cells, 0, month.length);
            }
        }
    }

    /** A series' months as the big-endian bytes of {@link DataOutputStream#writeDouble}, in one call. */
    private static byte[] bytes(double[] months) {
        ByteBuffer bytes = ByteBuffer.allocate(months.length * Double.BYTES);
        bytes.asDoubleBuffer().put(months);
        return bytes.array();
    }

    private static String partName(int index) {
        return String.format(Locale.ROOT, "timeseries.part-%06d.bin", index);
    }
}
