package org.bilatsim.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.output.AnnualAggregator;
import org.bilatsim.output.Backcast;
import org.bilatsim.output.BilateralTotals;
import org.bilatsim.output.Column;
import org.bilatsim.output.ExperimentFiles;
import org.bilatsim.output.Manifest;
import org.bilatsim.output.RunFolder;
import org.bilatsim.output.TidyCsvWriter;

/**
 * A scenario run with N replications, written to a run folder: timeseries.csv (unless summary-only:
 * each replication streams to a part file, joined in replication order at the end), annual.csv,
 * bands.csv, bilateral.csv, target.csv, manifest.json, and backcast.csv when the config has
 * observed totals. The folder is renamed into place only when every file is complete.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /** Work on the complete folder before it is renamed into place (the CLI draws charts here). */
    @FunctionalInterface
    public interface Finisher {
        void finish(Path folder) throws IOException;
    }

    /** How to run. */
    public record Options(int replications, int threads, boolean summaryOnly, IntConsumer progress,
            Finisher finisher) {
        public Options(int replications, int threads, boolean summaryOnly, IntConsumer progress) {
            this(replications, threads, summaryOnly, progress, folder -> { });
        }

    }

    /** The finished run: where it is, the totals of replication 0 and the target analysis. */
    public record Result(Path folder, List<BilateralTotals.Year> totals, List<TargetAnalysis.Year> target,
            int replications, long agents, int months) {
    }

    public static Result run(ScenarioConfig config, Path outRoot, Options options, List<String> commandLine,
            Clock clock) throws IOException {
        Instant started = clock.instant();
        RunFolder folder = RunFolder.create(outRoot, config.name(), started);
        try {
            List<RunSpec> specs = Runner.replications(config.name(), config, config.seed(), options.replications());
            Runner.SinkFactory parts = options.summaryOnly() ? null : (index, spec) -> new TidyCsvWriter(
                    folder.file(partName(index)), config.name(), spec.replication(), spec.seed(), false);
            List<Outcome> outcomes = Runner.run(specs, options.threads(), parts, options.progress());
            if (!options.summaryOnly()) {
                joinParts(folder, outcomes.size());
            }
            writeAnnual(folder.file("annual.csv"), config, outcomes);
            writeBands(folder.file("bands.csv"), config, outcomes);
            writeBilateral(folder.file("bilateral.csv"), config, outcomes);
            List<TargetAnalysis.Year> target = TargetAnalysis.of(outcomes);
            writeTarget(folder.file("target.csv"), config, target);
            if (!config.observed().isEmpty()) {
                Backcast.write(folder.file("backcast.csv"), Backcast.compare(outcomes.get(0).totals(), config.observed()));
            }
            long agents = outcomes.get(0).summary().agents();
            int months = outcomes.get(0).summary().months();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("replications", options.replications());
            extra.put("seeds", specs.stream().map(RunSpec::seed).toList());
            extra.put("summaryOnly", options.summaryOnly());
            extra.put("months", months);
            extra.put("agents", agents);
            extra.put("agentSteps", outcomes.stream().mapToLong(o -> o.summary().agentSteps()).sum());
            Manifest.write(folder.file("manifest.json"), config, commandLine, started, clock.instant(), extra);
            options.finisher().finish(folder.file("."));
            Path committed = folder.commit();
            return new Result(committed, outcomes.get(0).totals(), target, outcomes.size(), agents, months);
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
    }

    private static String partName(int index) {
        return String.format(java.util.Locale.ROOT, "timeseries.part-%06d.csv", index);
    }

    private static void joinParts(RunFolder folder, int count) throws IOException {
        Path joined = folder.file("timeseries.csv");
        try (OutputStream out = Files.newOutputStream(joined, StandardOpenOption.CREATE_NEW)) {
            out.write((String.join(",", Column.headers()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                Path part = folder.file(partName(i));
                Files.copy(part, out);
                Files.delete(part);
            }
        }
    }

    private static void writeAnnual(Path file, ScenarioConfig config, List<Outcome> outcomes) {
        try (TidyCsvWriter annual = new TidyCsvWriter(file, config.name(), 0, config.seed())) {
            for (Outcome o : outcomes) {
                String replication = Integer.toString(o.spec().replication());
                String seed = Long.toString(o.spec().seed());
                o.annual().forEach(row -> annual.accept(row, replication, seed));
            }
        }
    }

    /**
     * Bands over replications, per annual row key. Replications can differ in which rows they have
     * (a declined cargo, a delivery in another year): a key missing from a replication counts as 0 there.
     */
    private static void writeBands(Path file, ScenarioConfig config, List<Outcome> outcomes) throws IOException {
        Map<List<Object>, double[]> rows = new LinkedHashMap<>();
        // Replications share key lists; map each distinct list to its columns once.
        Map<List<AnnualAggregator.Row>, double[][]> columns = new java.util.IdentityHashMap<>();
        for (int r = 0; r < outcomes.size(); r++) {
            Outcome outcome = outcomes.get(r);
            double[][] target = columns.computeIfAbsent(outcome.keys(), keys -> {
                double[][] cols = new double[keys.size()][];
                for (int i = 0; i < keys.size(); i++) {
                    AnnualAggregator.Row row = keys.get(i);
                    List<Object> key = List.of(row.year(), row.exporter(), row.importer(), row.product(),
                            row.metric().key(), row.unit());
                    cols[i] = rows.computeIfAbsent(key, k -> new double[outcomes.size()]);
                }
                return cols;
            });
            for (int i = 0; i < target.length; i++) {
                target[i][r] = outcome.values()[i];
            }
        }
        try (CSVPrinter out = ExperimentFiles.open(file, ExperimentFiles.BANDS)) {
            for (var entry : rows.entrySet()) {
                List<Object> record = new ArrayList<>();
                record.add(config.name());
                record.addAll(entry.getKey());
                for (double v : Quantiles.summary(entry.getValue())) {
                    record.add(ExperimentFiles.n(v));
                }
                out.printRecord(record);
            }
        }
    }

    private static void writeBilateral(Path file, ScenarioConfig config, List<Outcome> outcomes) throws IOException {
        try (CSVPrinter out = ExperimentFiles.open(file, ExperimentFiles.BILATERAL)) {
            for (Outcome o : outcomes) {
                Integer first = o.firstYearReached();
                for (BilateralTotals.Year y : o.totals()) {
                    out.printRecord(config.name(), o.spec().replication(), o.spec().seed(), y.year(),
                            ExperimentFiles.n(y.forward()), ExperimentFiles.n(y.backward()), ExperimentFiles.n(y.total()),
                            ExperimentFiles.n(y.targetUsd()), first == null ? "" : first);
                }
            }
        }
    }

    private static void writeTarget(Path file, ScenarioConfig config, List<TargetAnalysis.Year> years)
            throws IOException {
        try (CSVPrinter out = ExperimentFiles.open(file, ExperimentFiles.TARGET)) {
            for (TargetAnalysis.Year y : years) {
                List<Object> record = new ArrayList<>(List.of(config.name(), y.year(),
                        ExperimentFiles.n(y.probabilityReached())));
                for (double v : y.total()) {
                    record.add(ExperimentFiles.n(v));
                }
                record.add(ExperimentFiles.n(y.medianGap()));
                out.printRecord(record);
            }
        }
    }
}
