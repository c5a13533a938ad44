package org.bilatsim.experiment;

import java.util.List;
import java.util.Locale;
import org.bilatsim.config.Product;
import org.bilatsim.config.Project;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Source;

/**
 * The one estimate of an experiment's size and memory, made before any work starts, so that a run
 * that cannot fit is refused at once with its sizes and the heap instead of dying with
 * {@code OutOfMemoryError} after minutes of set-up. Used by run, validate, compare, sweep and
 * generate.
 *
 * <p>Memory of a world at set-up, its peak (the transient arrays of the draws exist beside the
 * agents), per agent: measured as the smallest {@code -Xmx} (Serial collector, as {@code ./bilatsim}
 * runs) in which the set-up of one market with 4·10⁶ exporters (170–180 MB) or 4·10⁶ importers of two
 * origins (400–420 MB) succeeds, rounded up (docs/reliability.md, "Round 2"). After set-up an exporter
 * holds 36 bytes (its {@code ExporterFirm}, 24, its place in the origin's array and its unit cost)
 * and an importer about 90; the rest is the set-up's draws, sorted copies and pattern keys. Every
 * replication kept for the summaries holds one double per annual row. As many worlds exist at once
 * as threads run.
 */
public final class Footprint {
    static final long BYTES_PER_EXPORTER = 48;
    static final long BYTES_PER_IMPORTER = 96;
    static final long BYTES_PER_IMPORTER_ORIGIN = 8;
    /** Rows a replication keeps per origin and year (the metrics of an origin of a product market). */
    static final long ANNUAL_ROWS_PER_ORIGIN = 10;
    /** Rows of a contract, a tourism route or a project commodity per year. */
    static final long ANNUAL_ROWS_PER_FLOW = 8;
    /** One replication's outcome besides its rows: its spec, totals per year, references. */
    static final long BYTES_PER_OUTCOME = 1_024;
    /** A resolved config held per point of a sweep, besides its products. */
    static final long BYTES_PER_CONFIG = 16_384;

    static final long BYTES_PER_CONFIG_PRODUCT = 4_096;
    /** The JVM, the loaded classes, the charts: what a small run already needs. */
    public static final long BASE_BYTES = 16L << 20;
    /** The most points a sweep may have: each is a config and at least one run. */
    public static final long MAX_SWEEP_POINTS = 100_000;

    private Footprint() {}

    /** The experiment does not fit: the message names the sizes, the estimate and the heap. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Agents of the scenario's product markets: importers and exporters. */
    public record Agents(long importers, long exporters, long importerOriginSlots) {
        public long total() {
            return importers + exporters;
        }
    }

    public static Agents agents(ScenarioConfig config) {
        long importers = 0;
        long exporters = 0;
        long slots = 0;
        for (Product product : config.products()) {
            importers += product.importers().count();
            slots += (long) product.importers().count() * product.sources().size();
            for (Source source : product.sources()) {
                exporters += source.exporters().count();
            }
        }
        return new Agents(importers, exporters, slots);
    }

    /** Bytes of one world of the scenario at set-up. */
    public static long world(ScenarioConfig config) {
        Agents a = agents(config);
        return a.exporters() * BYTES_PER_EXPORTER
                + a.importers() * BYTES_PER_IMPORTER
                + a.importerOriginSlots() * BYTES_PER_IMPORTER_ORIGIN;
    }

    /** Bytes one replication's outcome keeps until the summaries are written. */
    public static long outcome(ScenarioConfig config) {
        long origins =
                config.products().stream().mapToLong(p -> p.sources().size()).sum();
        long flows = config.contracts().size() + config.tourism().size();
        for (Project project : config.projects()) {
            flows += 1 + project.commodities().size();
        }
        long years = config.end().getYear() - config.start().getYear() + 1L;
        return BYTES_PER_OUTCOME + 8 * years * (origins * ANNUAL_ROWS_PER_ORIGIN + flows * ANNUAL_ROWS_PER_FLOW);
    }

    private static long config(ScenarioConfig config) {
        return BYTES_PER_CONFIG + BYTES_PER_CONFIG_PRODUCT * config.products().size();
    }

    /** {@code validate}: one world. */
    public static void checkValidate(ScenarioConfig config) {
        check(BASE_BYTES + world(config), describe(config, 1, 1, 1));
    }

    /** {@code run}: N replications on T threads. */
    public static void checkRun(ScenarioConfig config, int replications, int threads) {
        int parallel = Math.max(1, Math.min(threads, replications));
        long bytes = BASE_BYTES + parallel * world(config) + replications * outcome(config);
        check(bytes, describe(config, 1, replications, parallel));
    }

    /** {@code compare}: every scenario N times on T threads; all outcomes are kept. */
    public static void checkCompare(List<ScenarioConfig> configs, int replications, int threads) {
        long largest = configs.stream().mapToLong(Footprint::world).max().orElse(0);
        ScenarioConfig biggest = configs.stream()
                .max(java.util.Comparator.comparingLong(Footprint::world))
                .orElseThrow();
        int parallel = (int) Math.max(1, Math.min(threads, (long) replications * configs.size()));
        long bytes = BASE_BYTES + parallel * largest;
        for (ScenarioConfig c : configs) {
            bytes += replications * outcome(c) + config(c);
        }
        check(bytes, configs.size() + " scenarios, the largest " + describe(biggest, 1, replications, parallel));
    }

    /**
     * The number of points of a sweep, refused above {@link #MAX_SWEEP_POINTS} before any is made
     * (a full factorial of 10 parameters of 10 values has 10^10).
     *
     * @param valueCounts how many values each parameter has (full factorial), or null for a Latin
     *                    hypercube of {@code samples} points
     */
    public static long checkSweepPoints(List<Integer> valueCounts, int samples) {
        if (valueCounts == null) {
            return samples;
        }
        java.math.BigInteger points = java.math.BigInteger.ONE;
        StringBuilder sizes = new StringBuilder();
        for (int count : valueCounts) {
            sizes.append(sizes.length() == 0 ? "" : " x ").append(count);
            points = points.multiply(java.math.BigInteger.valueOf(count));
        }
        if (points.compareTo(java.math.BigInteger.valueOf(MAX_SWEEP_POINTS)) > 0) {
            throw new TooLarge(String.format(
                    Locale.ROOT,
                    "the full-factorial design has %s = %,d points; a sweep may "
                            + "have at most %,d: vary fewer parameters or values, or use --design lhs --samples K",
                    sizes,
                    points,
                    MAX_SWEEP_POINTS));
        }
        return points.longValueExact();
    }

    /** {@code sweep}: every point's config is kept, and every point's N outcomes. */
    public static void checkSweep(ScenarioConfig base, long points, int replications, int threads) {
        int parallel = (int) Math.max(1, Math.min(threads, points * replications));
        long bytes = BASE_BYTES + parallel * world(base) + points * (config(base) + replications * outcome(base));
        check(bytes, describe(base, points, replications, parallel));
    }

    private static String describe(ScenarioConfig config, long points, int replications, int parallel) {
        Agents a = agents(config);
        String runs = points == 1
                ? String.format(Locale.ROOT, "%,d replication%s", replications, replications == 1 ? "" : "s")
                : String.format(
                        Locale.ROOT,
                        "%,d points x %,d replication%s",
                        points,
                        replications,
                        replications == 1 ? "" : "s");
        return String.format(
                Locale.ROOT,
                "%d products, %,d importers and %,d exporters: %s a world at set-up, %d at a "
                        + "time; %s of %d months",
                config.products().size(),
                a.importers(),
                a.exporters(),
                bytes(world(config)),
                parallel,
                runs,
                config.months());
    }

    private static void check(long bytes, String sizes) {
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            long suggest = Math.max(1, (long) Math.ceil(bytes * 1.25 / (1L << 30)));
            throw new TooLarge(String.format(
                    Locale.ROOT,
                    "this needs about %s of memory (%s) but the heap may grow "
                            + "to %s only; run with BILATSIM_JAVA_OPTS=-Xmx%dg (on a machine with that much memory) or make "
                            + "it smaller",
                    bytes(bytes),
                    sizes,
                    bytes(heap),
                    suggest));
        }
    }

    /** Bytes for people: "512 MB", "3.4 GB". */
    public static String bytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / (double) (1L << 20))));
    }
}
