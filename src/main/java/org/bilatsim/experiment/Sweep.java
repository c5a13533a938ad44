package org.bilatsim.experiment;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.engine.Seeds;

/**
 * A sweep over config values. The design — full factorial or Latin hypercube — is a list of points,
 * each a list of {@code path=value} overrides; every point runs N replications with common random
 * numbers. The sensitivity summary ranks parameters by the swing of the mean two-way total in one
 * year between the parameter's lowest and highest value (averaged over the other parameters); values
 * are numbers or {@code infinite}, which ranks above every number ({@link #level}).
 */
public final class Sweep {
    private Sweep() {}

    /** One varied parameter and the values given for it. */
    public record Parameter(String path, List<String> values) {
        /** Parses {@code path=v1,v2,...}. */
        public static Parameter parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new ConfigException(
                        new SourceLocation("--vary", 0, 0),
                        text,
                        "write --vary path.to.key=v1,v2,... e.g. --vary products.rice.substitutionElasticity=2,4.4,8");
            }
            List<String> values = List.of(text.substring(eq + 1).split(","));
            if (values.stream().anyMatch(String::isBlank)) {
                throw new ConfigException(new SourceLocation("--vary", 0, 0), text, "a value is empty");
            }
            return new Parameter(
                    text.substring(0, eq).strip(),
                    values.stream().map(String::strip).toList());
        }

        double[] numbers() {
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                try {
                    numbers[i] = Double.parseDouble(values.get(i));
                } catch (NumberFormatException e) {
                    throw new ConfigException(
                            new SourceLocation("--vary", 0, 0),
                            path + "=" + values.get(i),
                            "a Latin hypercube needs numbers: it samples between the lowest and highest value");
                }
            }
            return numbers;
        }
    }

    /** A point of the design: the value of each parameter, in parameter order. */
    public record Point(int index, List<String> values) {
        public List<String> overrides(List<Parameter> parameters) {
            List<String> overrides = new ArrayList<>();
            for (int p = 0; p < parameters.size(); p++) {
                overrides.add(parameters.get(p).path() + "=" + values.get(p));
            }
            return overrides;
        }
    }

    /** The full factorial design, the last parameter varying fastest. */
    public static List<Point> fullFactorial(List<Parameter> parameters) {
        List<List<String>> points = new ArrayList<>(List.of(List.of()));
        for (Parameter parameter : parameters) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : points) {
                for (String value : parameter.values()) {
                    List<String> point = new ArrayList<>(prefix);
                    point.add(value);
                    next.add(point);
                }
            }
            points = next;
        }
        List<Point> design = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            design.add(new Point(i, points.get(i)));
        }
        return design;
    }

    /**
     * A Latin hypercube of {@code samples} points: each parameter's range [lowest, highest value] is
     * cut into {@code samples} equal strata, each stratum used once, in an order shuffled by a
     * generator seeded from {@code seed}; within a stratum the value is uniform.
     */
    public static List<Point> latinHypercube(List<Parameter> parameters, int samples, long seed) {
        MersenneTwisterFast random = Seeds.generator(Seeds.stream(seed, 0x5EEDL));
        String[][] values = new String[samples][parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            double[] numbers = parameters.get(p).numbers();
            double low = java.util.Arrays.stream(numbers).min().orElseThrow();
            double high = java.util.Arrays.stream(numbers).max().orElseThrow();
            int[] strata = new int[samples];
            for (int i = 0; i < samples; i++) {
                strata[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < samples; i++) {
                double value = low + (strata[i] + random.nextDouble()) / samples * (high - low);
                values[i][p] = String.format(Locale.ROOT, "%.6g", value);
            }
        }
        List<Point> design = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            design.add(new Point(i, List.of(values[i])));
        }
        return design;
    }

    /** A point's runs. */
    public record PointResult(Point point, List<Outcome> outcomes) {
        public PointResult {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** One parameter's effect on the mean total in the sensitivity year. */
    public record Sensitivity(
            String parameter, String lowValue, String highValue, double totalAtLow, double totalAtHigh) {
        public double swing() {
            return totalAtHigh - totalAtLow;
        }
    }

    /** The two designs. */
    public enum Design {
        /** Every combination of the values given. */
        FULL,
        /** A Latin hypercube between each parameter's lowest and highest value. */
        LHS;

        /** The name the command line and the manifest use. */
        public String key() {
            return this == FULL ? "full" : "lhs";
        }
    }

    /**
     * What to run: the base scenario, the varied parameters, the design's points and each point's
     * config ({@code configs.get(i)} belongs to {@code points.get(i)}).
     */
    public record Plan(
            ScenarioConfig base,
            List<Parameter> parameters,
            Design design,
            List<Point> points,
            List<ScenarioConfig> configs) {
        public Plan {
            parameters = List.copyOf(parameters);
            points = List.copyOf(points);
            configs = List.copyOf(configs);
            if (points.size() != configs.size()) {
                throw new IllegalArgumentException("one config per point");
            }
        }
    }

    /**
     * The plan of a sweep of the scenario in {@code file} (with {@code overrides} applied first).
     * Each point's config is made by the loader from {@link Point#overrides}, so a bad value is
     * reported like any config error, naming --vary as its source.
     *
     * @param samples points of a Latin hypercube (unused by the full factorial)
     */
    public static Plan plan(Path file, List<String> overrides, List<Parameter> parameters, Design design, int samples) {
        ScenarioConfig base = ConfigLoader.load(file, overrides);
        for (Parameter parameter : parameters) {
            for (String value : parameter.values()) {
                if (level(value) == null) {
                    throw new ConfigException(
                            new SourceLocation("--vary", 0, 0),
                            parameter.path() + "=" + value,
                            "the sensitivity ranks a parameter from its lowest to its highest value: give numbers, or "
                                    + "'infinite' (above every number)");
                }
            }
        }
        List<Point> points =
                design == Design.FULL ? fullFactorial(parameters) : latinHypercube(parameters, samples, base.seed());
        List<ScenarioConfig> configs = new ArrayList<>();
        for (Point point : points) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(point.overrides(parameters));
            try {
                configs.add(ConfigLoader.load(file, all));
            } catch (ConfigException e) {
                // A bad value from --vary reaches the loader as an override: say where it came from.
                boolean fromVary = e.location().equals(SourceLocation.commandLine())
                        && parameters.stream().anyMatch(p -> e.keyPath().startsWith(p.path()));
                throw fromVary ? new ConfigException(new SourceLocation("--vary", 0, 0), e.keyPath(), e.detail()) : e;
            }
        }
        return new Plan(base, parameters, design, points, configs);
    }

    /**
     * The finished sweep.
     *
     * @param year      the year whose mean two-way total the sensitivity ranks
     * @param lastYear  the last year of the base scenario's span
     * @param ranking   parameters by the size of their swing, largest first
     * @param meanTotal mean two-way total in {@code year} over every point and replication, US$
     */
    public record Result(
            Plan plan,
            List<PointResult> points,
            int replications,
            int year,
            int lastYear,
            List<Sensitivity> ranking,
            double meanTotal) {
        public Result {
            points = List.copyOf(points);
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * Runs every point of the plan N times with common random numbers (the base scenario's seed).
     *
     * @param year the sensitivity year, or null for {@link Years#milestone}; a year outside the
     *             span becomes the span's last year
     */
    public static Result run(Plan plan, Integer year, int replications, Runner runner, IntConsumer progress) {
        ScenarioConfig base = plan.base();
        int sensitivityYear = Years.withinSpan(base, year == null ? Years.milestone(base) : year);
        List<PointResult> results = run(plan.points(), plan.configs(), base.seed(), replications, runner, progress);
        List<Sensitivity> ranking = sensitivity(results, plan.parameters(), sensitivityYear);
        double mean = results.stream()
                .flatMap(r -> r.outcomes().stream())
                .mapToDouble(o -> o.total(sensitivityYear))
                .average()
                .orElse(0);
        return new Result(
                plan, results, replications, sensitivityYear, base.end().getYear(), ranking, mean);
    }

    /** Runs the design; {@code configs.get(i)} is the config of point i. */
    public static List<PointResult> run(
            List<Point> design,
            List<ScenarioConfig> configs,
            long baseSeed,
            int replications,
            Runner runner,
            IntConsumer progress) {
        List<String> labels = design.stream().map(p -> "point-" + p.index()).toList();
        List<List<Outcome>> outcomes = runner.replicateEach(labels, configs, baseSeed, replications, progress);
        List<PointResult> results = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            results.add(new PointResult(design.get(i), outcomes.get(i)));
        }
        return List.copyOf(results);
    }

    /** Parameters ranked by the size of their swing, largest first. */
    public static List<Sensitivity> sensitivity(List<PointResult> results, List<Parameter> parameters, int year) {
        List<Sensitivity> ranking = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            TreeMap<Double, double[]> byValue = new TreeMap<>();
            Map<Double, String> text = new LinkedHashMap<>();
            for (PointResult r : results) {
                String value = r.point().values().get(p);
                Double key = level(value);
                if (key == null) {
                    throw new IllegalArgumentException("no order for the value '" + value + "'");
                }
                text.putIfAbsent(key, value);
                double[] sum = byValue.computeIfAbsent(key, k -> new double[2]);
                for (Outcome o : r.outcomes()) {
                    sum[0] += o.total(year);
                    sum[1]++;
                }
            }
            if (byValue.size() < 2) {
                continue;
            }
            if (byValue.size() > MAX_GROUPS && Double.isFinite(byValue.lastKey())) {
                ranking.add(fitted(parameters.get(p).path(), byValue, text));
                continue;
            }
            double low = byValue.firstKey();
            double high = byValue.lastKey();
            ranking.add(new Sensitivity(
                    parameters.get(p).path(),
                    text.get(low),
                    text.get(high),
                    byValue.get(low)[0] / byValue.get(low)[1],
                    byValue.get(high)[0] / byValue.get(high)[1]));
        }
        ranking.sort(Comparator.comparingDouble((Sensitivity s) -> -Math.abs(s.swing())));
        return ranking;
    }

    /** Above this many distinct values (a Latin hypercube), the swing comes from a fitted line. */
    static final int MAX_GROUPS = 10;

    /** Least-squares line of the mean total on the parameter; the swing is its rise over the range. */
    private static Sensitivity fitted(String path, TreeMap<Double, double[]> byValue, Map<Double, String> text) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (var entry : byValue.entrySet()) {
            double x = entry.getKey();
            double y = entry.getValue()[0] / entry.getValue()[1];
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double low = byValue.firstKey();
        double high = byValue.lastKey();
        return new Sensitivity(path, text.get(low), text.get(high), intercept + slope * low, intercept + slope * high);
    }

    /** A plain decimal number, as the loader writes and reads them (no hex, no 'f' or 'd' suffix). */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * Where a value stands among a parameter's values, for the sensitivity: a number is itself, the
     * word {@code infinite} (a price-taking origin's supply elasticity) lies above every number; any
     * other value has no order (null), and a sweep refuses it rather than rank by list position.
     */
    static Double level(String value) {
        if (value.equals("infinite")) {
            return Double.POSITIVE_INFINITY;
        }
        return NUMBER.matcher(value).matches() ? Double.valueOf(value) : null;
    }
}
