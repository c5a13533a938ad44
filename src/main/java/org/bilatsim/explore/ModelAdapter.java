package org.bilatsim.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Source;
import org.bilatsim.engine.Metric;
import org.bilatsim.engine.Observation;
import org.bilatsim.engine.ObservationSink;
import org.bilatsim.engine.Seeds;
import org.bilatsim.engine.SetupMemo;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Quantiles;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;
import org.bilatsim.experiment.ScenarioRun;
import org.bilatsim.experiment.TargetAnalysis;
import org.bilatsim.experiment.uncertainty.ParameterDesign;
import org.bilatsim.output.Provenance;
import org.bilatsim.output.ScenarioRunFiles;

/**
 * The explorer's one use of the experiment package (re-point it here when experiments change): the
 * specs of N replications ({@link Runner#replications}), one replication run as {@link Outcome#of} runs it,
 * the target analysis ({@link TargetAnalysis}) and bands ({@link Quantiles}) as the CLI computes
 * them, differences from the baseline with common random numbers as {@code Comparison} computes
 * them (replication k of the changed scenario runs with the seed of the baseline's replication k),
 * and a full run folder with report.html as {@code bilatsim run} writes it ({@link ScenarioRun} and
 * {@link ScenarioRunFiles}).
 */
final class ModelAdapter {
    private ModelAdapter() {}

    /** What the page shows of one replication: its bilateral totals and, per year, the flows below the chart. */
    record Replication(Outcome outcome, double[][] products, double[][] revenue) {}

    /** The rows below the chart: each bilateral product flow, and each government's duty on the other's goods. */
    record Layout(
            int firstYear,
            int years,
            List<String> productKeys,
            List<String> productLabels,
            List<String> revenueImporters,
            List<String> revenueLabels,
            Map<String, Integer> productIndex,
            Map<String, Integer> revenueIndex) {
        static Layout of(ScenarioConfig config) {
            String a = config.target().between().get(0);
            String b = config.target().between().get(1);
            List<String> keys = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Product p : config.products()) {
                for (Source s : p.sources()) {
                    boolean pair = s.exporter().equals(a) && p.importer().equals(b)
                            || s.exporter().equals(b) && p.importer().equals(a);
                    if (pair) {
                        keys.add(p.key() + "|" + s.exporter() + "|" + p.importer());
                        labels.add(p.name() + ", " + s.exporter() + " → " + p.importer());
                    }
                }
            }
            List<String> importers = List.of(b + "|" + a, a + "|" + b);
            return new Layout(
                    config.start().getYear(),
                    config.end().getYear() - config.start().getYear() + 1,
                    keys,
                    labels,
                    importers,
                    List.of(b + " duty on goods from " + a, a + " duty on goods from " + b),
                    index(keys),
                    index(importers));
        }

        private static Map<String, Integer> index(List<String> keys) {
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                out.putIfAbsent(keys.get(i), i);
            }
            return Map.copyOf(out);
        }
    }

    /** The specs of {@code n} replications of {@code config}, seeded from {@code baseSeed} as the CLI seeds them. */
    static List<RunSpec> specs(ScenarioConfig config, long baseSeed, int n) {
        return RunSpec.replications(config.name(), config, baseSeed, n);
    }

    /**
     * The same specs as {@link #specs} ({@link RunSpec#replications}: replication k's seed and, with
     * uncertain parameters, row k of the Latin hypercube), each made when a worker takes it. With
     * uncertain parameters every spec is a bind of the scenario's tree through the loader (about half
     * a millisecond for the default scenario's 17 distributions): made up front, 100 of them held the
     * page's request and its first answer back; made by the workers, they are spread over the cores
     * and the first answer needs only its own. A test holds every spec equal to the CLI's.
     */
    static final class Specs {
        private final ScenarioConfig config;
        private final long baseSeed;
        private final int size;
        /** u[k][j] of {@link ParameterDesign}, or null without uncertain parameters. */
        private final double[][] design;

        Specs(ScenarioConfig config, long baseSeed, int n) {
            if (n < 1) {
                throw new IllegalArgumentException("needs at least one replication, was " + n);
            }
            this.config = config;
            this.baseSeed = baseSeed;
            this.size = n;
            this.design = config.uncertainty().isEmpty()
                    ? null
                    : ParameterDesign.of(
                            ParameterDesign.Kind.LATIN_HYPERCUBE,
                            config.uncertainty().names(),
                            n,
                            baseSeed);
        }

        int size() {
            return size;
        }

        /** Replication k's spec (binds the drawn parameters through the loader; thread-safe). */
        RunSpec get(int k) {
            if (k < 0 || k >= size) {
                throw new IndexOutOfBoundsException("replication " + k + " of " + size);
            }
            ScenarioConfig drawn = design == null ? config : config.withParameters(design[k]);
            return new RunSpec(config.name(), drawn.withSeed(Seeds.replication(baseSeed, k)), k);
        }
    }

    /**
     * Runs one replication (on the calling thread's behalf) and keeps only what the page shows. The
     * same run and annual sums as {@link Outcome#of} (the CLI's unit of work), without the copies of
     * every annual row that an experiment keeps and the page does not show: the explorer's share of a
     * replication's time stays small beside the model's.
     */
    static Replication run(RunSpec spec, Layout layout) {
        return run(spec, layout, null);
    }

    /** {@link #run(RunSpec, Layout)} with the set-up's seeded generators and draws kept in {@code memo}. */
    static Replication run(RunSpec spec, Layout layout, SetupMemo memo) {
        AnnualAggregator annual = new AnnualAggregator();
        SingleRun.Summary summary = SingleRun.run(spec.config(), new PageMetrics(annual), memo);
        List<AnnualAggregator.Row> rows = annual.rows();
        double[][] products = new double[layout.productKeys().size()][layout.years()];
        double[][] revenue = new double[layout.revenueImporters().size()][layout.years()];
        for (AnnualAggregator.Row row : rows) {
            int y = row.year() - layout.firstYear();
            if (y < 0 || y >= layout.years()) {
                continue;
            }
            if (row.metric() == Metric.TRADE_VALUE) {
                Integer i = layout.productIndex().get(row.product() + "|" + row.exporter() + "|" + row.importer());
                if (i != null) {
                    products[i][y] += row.value();
                }
            } else if (row.metric() == Metric.TARIFF_REVENUE) {
                Integer i = layout.revenueIndex().get(row.importer() + "|" + row.exporter());
                if (i != null) {
                    revenue[i][y] += row.value();
                }
            }
        }
        // Only the bilateral totals are kept of the outcome: a replication costs about a kilobyte.
        Outcome slim = new Outcome(spec, List.of(), new double[0], BilateralTotals.of(rows, spec.config()), summary);
        return new Replication(slim, products, revenue);
    }

    /**
     * The metrics the page shows, into the aggregator: trade values (the totals, the chart and the
     * product rows) and duty revenue. The model reads no other (prices, welfare, firm counts), and
     * the annual sums of these two are those of a run that reads them all.
     */
    private record PageMetrics(AnnualAggregator annual) implements ObservationSink {
        private static final Set<Metric> SHOWN =
                Collections.unmodifiableSet(EnumSet.of(Metric.TRADE_VALUE, Metric.TARIFF_REVENUE));

        @Override
        public void accept(Observation observation) {
            annual.accept(observation);
        }

        @Override
        public void finish() {
            annual.finish();
        }

        @Override
        public Set<Metric> metrics() {
            return SHOWN;
        }
    }

    /** Mean and quantiles of each year, as bands.csv has them: [mean, p5, p25, p50, p75, p95]. */
    static List<double[]> bands(List<double[]> byReplication, int years) {
        List<double[]> out = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            double[] values = new double[byReplication.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = byReplication.get(r)[y];
            }
            out.add(Quantiles.summary(values));
        }
        return out;
    }

    /**
     * The page's numbers for the replications done so far, paired with the baseline's replications of
     * the same numbers (common random numbers).
     */
    static Map<String, Object> summary(
            ScenarioConfig config, Layout layout, List<Replication> scenario, List<Replication> baseline) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Outcome> s = scenario.stream().map(Replication::outcome).toList();
        List<Outcome> b = baseline.stream().map(Replication::outcome).toList();
        List<TargetAnalysis.Year> target = TargetAnalysis.of(s);
        List<TargetAnalysis.Year> base = TargetAnalysis.of(b);
        List<Integer> years = target.stream().map(TargetAnalysis.Year::year).toList();
        out.put("years", years);
        out.put("targetUsd", config.target().valueUsd());
        out.put("pair", config.target().between());
        out.put("total", columns(target.stream().map(TargetAnalysis.Year::total).toList()));
        out.put(
                "baselineTotal",
                columns(base.stream().map(TargetAnalysis.Year::total).toList()));
        out.put(
                "probability",
                target.stream().map(TargetAnalysis.Year::probabilityReached).toList());
        out.put(
                "baselineProbability",
                base.stream().map(TargetAnalysis.Year::probabilityReached).toList());
        Integer reached = target.stream()
                .filter(t -> t.medianTotal() >= t.targetUsd())
                .map(TargetAnalysis.Year::year)
                .findFirst()
                .orElse(null);
        out.put("medianReachedYear", reached);
        out.put("forward", columns(directions(s, years, true)));
        out.put("backward", columns(directions(s, years, false)));
        List<double[]> difference = new ArrayList<>();
        for (int year : years) {
            double[] d = new double[s.size()];
            for (int k = 0; k < d.length; k++) {
                d[k] = s.get(k).total(year) - b.get(k).total(year);
            }
            difference.add(Quantiles.summary(d));
        }
        out.put("difference", columns(difference));
        out.put("products", rows(layout.productLabels(), scenario, baseline, layout, true));
        out.put("revenue", rows(layout.revenueLabels(), scenario, baseline, layout, false));
        return out;
    }

    private static List<double[]> directions(List<Outcome> outcomes, List<Integer> years, boolean forward) {
        List<double[]> out = new ArrayList<>();
        for (int year : years) {
            double[] v = new double[outcomes.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = outcomes.get(k).totals().stream()
                        .filter(t -> t.year() == year)
                        .mapToDouble(t -> forward ? t.forward() : t.backward())
                        .findFirst()
                        .orElse(Double.NaN);
            }
            out.add(Quantiles.summary(v));
        }
        return out;
    }

    private static List<Map<String, Object>> rows(
            List<String> labels,
            List<Replication> scenario,
            List<Replication> baseline,
            Layout layout,
            boolean products) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int row = i;
            List<double[]> s = scenario.stream()
                    .map(r -> (products ? r.products() : r.revenue())[row])
                    .toList();
            List<double[]> b = baseline.stream()
                    .map(r -> (products ? r.products() : r.revenue())[row])
                    .toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", labels.get(i));
            m.put("median", median(bands(s, layout.years())));
            m.put("baselineMedian", median(bands(b, layout.years())));
            out.add(m);
        }
        return out;
    }

    private static double[] median(List<double[]> bands) {
        return bands.stream().mapToDouble(x -> x[3]).toArray();
    }

    /** [mean, p5, p25, p50, p75, p95] per year as six series. */
    private static Map<String, double[]> columns(List<double[]> byYear) {
        String[] names = {"mean", "p5", "p25", "p50", "p75", "p95"};
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            double[] series = new double[byYear.size()];
            for (int y = 0; y < series.length; y++) {
                series[y] = byYear.get(y)[c];
            }
            out.put(names[c], series);
        }
        return out;
    }

    /**
     * Writes the usual run folder (CSV files, manifest, charts, report.html) as {@code bilatsim run}
     * does, with the explored scenario's YAML in its scenario/ folder; returns the folder.
     */
    static Path fullReport(
            ScenarioConfig config,
            String yaml,
            String fileName,
            Path outRoot,
            int replications,
            int threads,
            List<String> commandLine)
            throws IOException {
        // The run folder copies its scenario files; the explored scenario exists only as text, so it
        // is written to a temporary folder for the copy and removed after.
        Path staging = Files.createTempDirectory("bilatsim-explore-");
        Path scenarioFile = staging.resolve(fileName);
        try {
            Files.writeString(scenarioFile, yaml, StandardCharsets.UTF_8);
            ScenarioRunFiles.Options files = new ScenarioRunFiles.Options(true, true, List.of(scenarioFile));
            return ScenarioRunFiles.record(
                            outRoot,
                            config,
                            files,
                            Provenance.now(commandLine),
                            observers ->
                                    ScenarioRun.run(config, replications, Runner.local(threads), observers, done -> {}))
                    .folder();
        } finally {
            Files.deleteIfExists(scenarioFile);
            Files.deleteIfExists(staging);
        }
    }

    /** Bilateral totals of one replication (for tests). */
    static List<BilateralTotals.Year> totals(Replication r) {
        return r.outcome().totals();
    }
}
