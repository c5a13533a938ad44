package org.bilatsim.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bilatsim.engine.Metric;

/**
 * The results of one run folder, as written by {@code bilatsim run}: the manifest, {@code annual.csv}
 * and {@code timeseries.csv}. Replications are the distinct values of the {@code replication} column.
 */
public final class RunResults {
    private final RunManifest manifest;
    private final List<TidyRow> annual;
    private final List<TidyRow> monthly;
    private final List<Integer> replications;
    /**
     * The annual rows of each metric key, in file order: a chart sums one metric, and at HS6 scale a
     * pass over every annual row per series (millions of rows, most of other metrics) was most of the
     * report's time. Sublists keep the file order, so every sum adds the same values in the same order.
     */
    private final Map<String, List<TidyRow>> annualByMetric;
    /** {@link #products()}, made on first use (several charts ask; each answer is a pass over the rows). */
    private List<String> products;

    public RunResults(RunManifest manifest, List<TidyRow> annual, List<TidyRow> monthly) {
        this.manifest = manifest;
        this.annual = List.copyOf(annual);
        this.monthly = List.copyOf(monthly);
        TreeSet<Integer> reps = new TreeSet<>();
        annual.forEach(r -> reps.add(r.replication()));
        monthly.forEach(r -> reps.add(r.replication()));
        this.replications = List.copyOf(reps);
        Map<String, List<TidyRow>> byMetric = new java.util.HashMap<>();
        for (TidyRow r : this.annual) {
            byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r);
        }
        byMetric.replaceAll((k, rows) -> java.util.Collections.unmodifiableList(rows));
        this.annualByMetric = byMetric;
    }

    /**
     * Reads a run folder: the rows of the metrics the report needs ({@link ReportCharts#metrics()}).
     *
     * @throws IOException if manifest.json or annual.csv is missing or malformed (timeseries.csv is
     *     optional: without it the monthly charts are empty)
     */
    public static RunResults load(Path runFolder) throws IOException {
        return load(runFolder, ReportCharts.metrics());
    }

    /**
     * Reads the rows of the given metrics only: a run of a thousand replications has over a million
     * annual rows, most of which no chart draws.
     */
    public static RunResults load(Path runFolder, Set<Metric> metrics) throws IOException {
        Set<String> keys = keys(metrics);
        Path manifest = runFolder.resolve("manifest.json");
        Path annual = runFolder.resolve("annual.csv");
        if (!Files.isRegularFile(manifest) || !Files.isRegularFile(annual)) {
            throw new IOException(runFolder + " is not a run folder: it needs manifest.json and annual.csv");
        }
        return new RunResults(RunManifest.read(manifest), TidyCsv.read(annual, keys), monthly(runFolder, keys));
    }

    /**
     * A run folder whose annual rows are handed over rather than read back: the command that has just
     * written annual.csv passes the rows of {@link ReportCharts#metrics()} as they are in the file (text
     * and numbers exactly as a reader of the file gets them), so that a 10,000-market run does not parse
     * its millions of rows again. The manifest and timeseries.csv are read as {@link #load(Path)} reads
     * them.
     */
    public static RunResults load(Path runFolder, List<TidyRow> annual) throws IOException {
        return new RunResults(
                RunManifest.read(runFolder.resolve("manifest.json")),
                annual,
                monthly(runFolder, keys(ReportCharts.metrics())));
    }

    private static Set<String> keys(Set<Metric> metrics) {
        Set<String> keys = new java.util.HashSet<>();
        metrics.forEach(m -> keys.add(m.key()));
        return keys;
    }

    /** The rows of timeseries.csv of the given metric keys; none when the run wrote no monthly table. */
    private static List<TidyRow> monthly(Path runFolder, Set<String> keys) throws IOException {
        Path monthly = runFolder.resolve("timeseries.csv");
        return Files.isRegularFile(monthly) ? TidyCsv.read(monthly, keys) : List.of();
    }

    public RunManifest manifest() {
        return manifest;
    }

    public List<TidyRow> annual() {
        return annual;
    }

    /** The annual rows of one metric, in file order. */
    public List<TidyRow> annual(Metric metric) {
        return annualByMetric.getOrDefault(metric.key(), List.of());
    }

    public List<TidyRow> monthly() {
        return monthly;
    }

    /** The replication numbers, sorted: the positions of the arrays across replications. */
    public List<Integer> replications() {
        return replications;
    }

    public int replicationCount() {
        return replications.size();
    }

    /** Annual trade value from the exporter to the importer (summed over products), US$. */
    public SortedMap<Integer, double[]> annualTrade(String exporter, String importer) {
        return annualSum(
                Metric.TRADE_VALUE,
                r -> r.exporter().equals(exporter) && r.importer().equals(importer));
    }

    /** Annual two-way trade between the target's pair (both directions, all products), US$. */
    public SortedMap<Integer, double[]> annualTwoWayTrade() {
        String a = manifest.target().a();
        String b = manifest.target().b();
        // The kinds the target counts (manifest countedKinds; customs goods when a manifest predates it).
        java.util.Set<String> counted = new java.util.HashSet<>();
        manifest.manifest().path("countedKinds").forEach(k -> counted.add(k.asText()));
        if (counted.isEmpty()) {
            counted.add("goods");
        }
        com.fasterxml.jackson.databind.JsonNode kinds = manifest.manifest().path("flowKinds");
        return annualSum(
                Metric.TRADE_VALUE,
                r -> ((r.exporter().equals(a) && r.importer().equals(b))
                                || (r.exporter().equals(b) && r.importer().equals(a)))
                        && counted.contains(kinds.path(r.product()).asText("goods")));
    }

    /** Two-way trade of every kind of flow (goods, services such as travel, G2G contracts), by year and replication. */
    public SortedMap<Integer, double[]> annualTwoWayTradeAllFlows() {
        String a = manifest.target().a();
        String b = manifest.target().b();
        return annualSum(
                Metric.TRADE_VALUE,
                r -> (r.exporter().equals(a) && r.importer().equals(b))
                        || (r.exporter().equals(b) && r.importer().equals(a)));
    }

    /** Sums one metric of annual.csv over the rows that pass the filter, by year and replication. */
    public SortedMap<Integer, double[]> annualSum(Metric metric, Predicate<TidyRow> filter) {
        return ChartData.sumByPeriod(annual(metric), replications, filter, TidyRow::year);
    }

    /** {@link #annualSum} of each group of one metric's rows, in one pass (a null group leaves a row out). */
    public <K> Map<K, SortedMap<Integer, double[]>> annualSums(
            Metric metric, java.util.function.Function<TidyRow, K> group) {
        return ChartData.sumByPeriodAndGroup(annual(metric), replications, group, TidyRow::year);
    }

    /**
     * Sums one metric of timeseries.csv over the rows that pass the filter, by month index
     * ({@link TidyRow#monthIndex()}) and replication.
     */
    public SortedMap<Integer, double[]> monthlySum(Metric metric, Predicate<TidyRow> filter) {
        return ChartData.sumByPeriod(monthly, replications, r -> r.is(metric) && filter.test(r), TidyRow::monthIndex);
    }

    /** This run's two-way totals as one scenario of a comparison. */
    public ScenarioPaths scenarioPaths() {
        return new ScenarioPaths(manifest.scenario(), annualTwoWayTrade());
    }

    /**
     * The product (and flow) keys of annual.csv: those named in the config in config order, then the
     * others sorted.
     */
    public List<String> products() {
        if (products == null) {
            products = List.copyOf(productsInData());
        }
        return products;
    }

    private List<String> productsInData() {
        java.util.Set<String> inData = new java.util.HashSet<>();
        // A country's rows (net welfare) belong to every product, not to one.
        annual.stream().filter(r -> Metric.COUNTRY.stream().noneMatch(r::is)).forEach(r -> inData.add(r.product()));
        List<String> products = new ArrayList<>();
        manifest.productNames().keySet().stream().filter(inData::contains).forEach(products::add);
        java.util.Set<String> named = new java.util.HashSet<>(products);
        inData.stream().sorted().filter(p -> !named.contains(p)).forEach(products::add);
        return products;
    }

    /** The unit of a metric for a product (from the data), or empty. */
    public String unit(Metric metric, String product) {
        for (TidyRow r : annual(metric)) {
            if (r.product().equals(product)) {
                return r.unit();
            }
        }
        return "";
    }

    /** Distinct (exporter, importer, product) combinations with rows of the metric, in first-seen order. */
    public List<List<String>> flows(Metric metric) {
        java.util.LinkedHashSet<List<String>> flows = new java.util.LinkedHashSet<>();
        for (TidyRow r : annual(metric)) {
            flows.add(List.of(r.exporter(), r.importer(), r.product()));
        }
        return new ArrayList<>(flows);
    }

    static Map<Integer, double[]> scale(Map<Integer, double[]> table, double factor) {
        SortedMap<Integer, double[]> out = new java.util.TreeMap<>();
        table.forEach((k, v) -> {
            double[] s = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = v[i] * factor;
            }
            out.put(k, s);
        });
        return out;
    }
}
