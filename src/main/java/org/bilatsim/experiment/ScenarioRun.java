package org.bilatsim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.output.AnnualAggregator;
import org.bilatsim.output.Backcast;
import org.bilatsim.output.BilateralTotals;
import org.bilatsim.output.Manifest;
import org.bilatsim.output.RunFolder;
import org.bilatsim.output.TidyCsvWriter;

/**
 * One scenario run written to a run folder: timeseries.csv streamed month by month, annual.csv and
 * manifest.json at the end, the folder renamed into place only when all three are complete.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /** The finished run: where it is and its bilateral totals by year. */
    public record Result(Path folder, List<BilateralTotals.Year> totals, SingleRun.Summary summary) {
    }

    public static Result run(ScenarioConfig config, Path outRoot, List<String> commandLine, Clock clock)
            throws IOException {
        Instant started = clock.instant();
        RunFolder folder = RunFolder.create(outRoot, config.name(), started);
        try {
            AnnualAggregator annual = new AnnualAggregator();
            SingleRun.Summary summary;
            try (TidyCsvWriter timeseries = new TidyCsvWriter(folder.file("timeseries.csv"), config.name(), 0,
                    config.seed())) {
                summary = SingleRun.run(config, both(timeseries, annual));
            }
            List<AnnualAggregator.Row> rows = annual.rows();
            try (TidyCsvWriter annualCsv = new TidyCsvWriter(folder.file("annual.csv"), config.name(), 0, config.seed())) {
                rows.forEach(annualCsv::accept);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("replications", 1);
            extra.put("months", summary.months());
            extra.put("agents", summary.agents());
            extra.put("agentSteps", summary.agentSteps());
            List<BilateralTotals.Year> totals = BilateralTotals.of(rows, config.target());
            if (!config.observed().isEmpty()) {
                Backcast.write(folder.file("backcast.csv"), Backcast.compare(totals, config.observed()));
            }
            Manifest.write(folder.file("manifest.json"), config, commandLine, started, clock.instant(), extra);
            Path committed = folder.commit();
            return new Result(committed, totals, summary);
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
    }

    private static ObservationSink both(ObservationSink first, ObservationSink second) {
        return new ObservationSink() {
            @Override
            public void accept(Observation observation) {
                first.accept(observation);
                second.accept(observation);
            }

            @Override
            public void finish() {
                first.finish();
                second.finish();
            }
        };
    }
}
