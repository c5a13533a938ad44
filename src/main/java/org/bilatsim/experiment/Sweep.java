package org.bilatsim.experiment;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.SourceLocation;
import org.bilatsim.engine.Seeds;

/**
 * A sweep over config values. The design — full factorial or Latin hypercube — is a list of points,
 * each a list of {@code path=value} overrides; every point runs N replications with common random
 * numbers. The sensitivity summary ranks parameters by the swing of the mean two-way total in one
 * year between the parameter's lowest and highest value (averaged over the other parameters).
 */
public final class Sweep {
    private Sweep() {
    }

    /** One varied parameter and the values given for it. */
    public record Parameter(String path, List<String> values) {
        /** Parses {@code path=v1,v2,...}. */
        public static Parameter parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new ConfigException(new SourceLocation("--vary", 0, 0), text,
                        "write --vary path.to.key=v1,v2,... e.g. --vary products.rice.substitutionElasticity=2,4.4,8");
            }
            List<String> values = List.of(text.substring(eq + 1).split(","));
            if (values.stream().anyMatch(String::isBlank)) {
                throw new ConfigException(new SourceLocation("--vary", 0, 0), text, "a value is empty");
            }
            return new Parameter(text.substring(0, eq).strip(), values.stream().map(String::strip).toList());
        }

        double[] numbers() {
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                try {
                    numbers[i] = Double.parseDouble(values.get(i));
                } catch (NumberFormatException e) {
                    throw new ConfigException(new SourceLocation("--vary", 0, 0), path + "=" + values.get(i),
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
    }

    /** One parameter's effect on the mean total in the sensitivity year. */
    public record Sensitivity(String parameter, String lowValue, String highValue, double totalAtLow,
            double totalAtHigh) {
        public double swing() {
            return totalAtHigh - totalAtLow;
        }
    }

    /**
     * Runs the design; {@code configs.get(i)} is the config of point i (made by the loader from
     * {@link Point#overrides}, so a bad value is reported like any config error).
     */
    public static List<PointResult> run(List<Point> design, List<ScenarioConfig> configs, long baseSeed,
            int replications, int threads, IntConsumer progress) {
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            specs.addAll(Runner.replications("point-" + design.get(i).index(), configs.get(i), baseSeed, replications));
        }
        List<Outcome> outcomes = Runner.run(specs, threads, null, progress);
        List<PointResult> results = new ArrayList<>();
        for (int i = 0; i < design.size(); i++) {
            results.add(new PointResult(design.get(i), outcomes.subList(i * replications, (i + 1) * replications)));
        }
        return results;
    }

    /** Parameters ranked by the size of their swing, largest first. */
    public static List<Sensitivity> sensitivity(List<PointResult> results, List<Parameter> parameters, int year) {
        List<Sensitivity> ranking = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            TreeMap<Double, double[]> byValue = new TreeMap<>();
            Map<Double, String> text = new LinkedHashMap<>();
            for (PointResult r : results) {
                String value = r.point().values().get(p);
                double key = numeric(value, byValue.size());
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
            if (byValue.size() > MAX_GROUPS) {
                ranking.add(fitted(parameters.get(p).path(), byValue, text));
                continue;
            }
            double low = byValue.firstKey();
            double high = byValue.lastKey();
            ranking.add(new Sensitivity(parameters.get(p).path(), text.get(low), text.get(high),
                    byValue.get(low)[0] / byValue.get(low)[1], byValue.get(high)[0] / byValue.get(high)[1]));
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

    private static double numeric(String value, int order) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return order;
        }
    }
}
