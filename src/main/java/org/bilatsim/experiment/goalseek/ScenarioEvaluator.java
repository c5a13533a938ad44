package org.bilatsim.experiment.goalseek;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.LeverFile;
import org.bilatsim.config.LeverPath;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Metric;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Runner;

/**
 * The {@link Evaluator} of a scenario: a point of lever values becomes {@code --set}-style overrides
 * of the scenario file, read by the real loader (so every value is checked as {@code run} checks it),
 * and its replications run through the experiment {@link Runner}, the one {@code run} and
 * {@code compare} use (so a distributed runner distributes a search too). Never a copy of the model.
 *
 * <p>The statistic of a replication is the largest annual two-way total of the years up to the target
 * year: it reaches the target exactly when the replication has reached it by then, the definition of
 * "probability reached" everywhere in bilatsim. Runs end with the target year when the scenario's
 * span allows (the model is causal: later months cannot change earlier ones; the loader refuses the
 * shortened span when an event or delivery is dated after it, and the full span is run then).
 *
 * <p>The cost of a point is the present value, at the discount rate, to the scenario's first year, of
 * (a) the duty revenue forgone — the tariff_revenue metric of every government, summed over the
 * years up to the target year, of the scenario as it is minus that with the levers moved, replication
 * by replication on the same seeds, then averaged — for levers whose cost counts it, and (b) each
 * lever's own cost per unit of change, once or per year.
 */
public final class ScenarioEvaluator implements Evaluator {
    /** A lever of the search: its path on the scenario and its cost (null: not costed). */
    public record Lever(LeverPath path, LeverFile.Cost cost) {}

    private final Path file;
    private final List<String> overrides;
    private final List<Lever> levers;
    private final int targetYear;
    private final double discountRate;
    private final Runner runner;
    private final Consumer<String> log;
    private final boolean revenueCounts;
    private final Map<SeedPlan, double[][]> baselineRevenue = new HashMap<>();
    private final ScenarioConfig base;
    private final String truncation;
    private int evaluations;

    /**
     * @param overrides the user's own {@code --set} overrides, applied before the levers'
     * @param log       told one line per evaluated point (for a progress report)
     */
    public ScenarioEvaluator(
            Path file,
            List<String> overrides,
            List<Lever> levers,
            int targetYear,
            double discountRate,
            Runner runner,
            Consumer<String> log) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
        this.levers = List.copyOf(levers);
        this.targetYear = targetYear;
        this.discountRate = discountRate;
        this.runner = runner;
        this.log = log;
        this.revenueCounts =
                levers.stream().anyMatch(l -> l.cost() != null && l.cost().tariffRevenue());
        this.base = ConfigLoader.load(file, overrides);
        if (targetYear < base.start().getYear() || targetYear > base.end().getYear()) {
            throw new ConfigException(
                    new org.bilatsim.config.SourceLocation("--target-year", 0, 0),
                    Integer.toString(targetYear),
                    "must be a year the scenario simulates, " + base.start().getYear() + " to "
                            + base.end().getYear());
        }
        String shortened = "time.end=" + targetYear + "-12";
        String kept = null;
        if (base.end().isAfter(java.time.YearMonth.of(targetYear, 12))) {
            try {
                List<String> trial = new ArrayList<>(overrides);
                trial.add(shortened);
                ConfigLoader.load(file, trial);
                kept = shortened;
            } catch (ConfigException datedLater) {
                kept = null;
            }
        }
        this.truncation = kept;
    }

    /** The scenario as it is (with the user's overrides). */
    public ScenarioConfig base() {
        return base;
    }

    /** The target, US$/year. */
    public double targetUsd() {
        return base.target().valueUsd();
    }

    /** Whether runs end with the target year (false: the scenario dates something later). */
    public boolean truncated() {
        return truncation != null;
    }

    /** Points evaluated so far (each of n replications). */
    public int evaluations() {
        return evaluations;
    }

    /** The config of a point: the user's overrides, then one per lever, through the real loader. */
    public ScenarioConfig config(double[] point) {
        return ConfigLoader.load(file, overridesFor(point));
    }

    /** The overrides that give a point, in lever order (what {@code --set} would be given). */
    public List<String> leverOverrides(double[] point) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            all.add(levers.get(i).path().override(point[i]));
        }
        return all;
    }

    private List<String> overridesFor(double[] point) {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(leverOverrides(point));
        if (truncation != null) {
            all.add(truncation);
        }
        return all;
    }

    @Override
    public Evaluation evaluate(double[] point, SeedPlan seeds) {
        ScenarioConfig config = config(point);
        List<Outcome> outcomes = run(config, seeds);
        int n = outcomes.size();
        double[] statistics = new double[n];
        double[][] revenue = new double[n][];
        for (int r = 0; r < n; r++) {
            statistics[r] = reachedStatistic(outcomes.get(r).totals());
            revenue[r] = revenueByYear(outcomes.get(r));
        }
        double cost = unitCosts(point);
        if (revenueCounts) {
            double[][] baseline = baselineRevenue.computeIfAbsent(seeds, this::baselineRevenue);
            double forgone = 0;
            for (int r = 0; r < n; r++) {
                forgone += discounted(baseline[r]) - discounted(revenue[r]);
            }
            cost += forgone / n;
        }
        evaluations++;
        Evaluation e = new Evaluation(point, statistics, cost, config.target().valueUsd());
        log.accept(String.format(
                java.util.Locale.ROOT,
                "evaluation %d: %s -> P = %.3f (median US$%.1fM by %d)",
                evaluations,
                String.join(" ", leverOverrides(point)),
                e.probability(0.95).estimate(),
                e.medianStatistic() / 1e6,
                targetYear));
        return e;
    }

    /** The duty revenue forgone by a point on a seed plan (PV, mean over replications), US$. */
    public double revenueForgone(double[] point, SeedPlan seeds) {
        List<Outcome> outcomes = run(config(point), seeds);
        double[][] baseline = baselineRevenue.computeIfAbsent(seeds, this::baselineRevenue);
        double forgone = 0;
        for (int r = 0; r < outcomes.size(); r++) {
            forgone += discounted(baseline[r]) - discounted(revenueByYear(outcomes.get(r)));
        }
        return forgone / outcomes.size();
    }

    private double[][] baselineRevenue(SeedPlan seeds) {
        List<String> all = new ArrayList<>(overrides);
        if (truncation != null) {
            all.add(truncation);
        }
        List<Outcome> outcomes = run(ConfigLoader.load(file, all), seeds);
        double[][] revenue = new double[outcomes.size()][];
        for (int r = 0; r < revenue.length; r++) {
            revenue[r] = revenueByYear(outcomes.get(r));
        }
        return revenue;
    }

    private List<Outcome> run(ScenarioConfig config, SeedPlan seeds) {
        return runner.replicateEach(
                        List.of(config.name()), List.of(config), seeds.baseSeed(), seeds.replications(), done -> {})
                .get(0);
    }

    /** The largest annual two-way total of the years up to the target year, US$/year. */
    double reachedStatistic(List<BilateralTotals.Year> totals) {
        double best = Double.NEGATIVE_INFINITY;
        for (BilateralTotals.Year y : totals) {
            if (y.year() <= targetYear) {
                best = Math.max(best, y.total());
            }
        }
        return best;
    }

    /** Duty revenue of every government by year, from the first simulated year to the target year. */
    private double[] revenueByYear(Outcome outcome) {
        int first = base.start().getYear();
        double[] byYear = new double[targetYear - first + 1];
        List<AnnualAggregator.Row> keys = outcome.keys();
        for (int i = 0; i < keys.size(); i++) {
            AnnualAggregator.Row row = keys.get(i);
            if (row.metric() == Metric.TARIFF_REVENUE && row.year() >= first && row.year() <= targetYear) {
                byYear[row.year() - first] += outcome.value(i);
            }
        }
        return byYear;
    }

    private double discounted(double[] byYear) {
        double pv = 0;
        for (int i = 0; i < byYear.length; i++) {
            pv += byYear[i] / Math.pow(1 + discountRate, i);
        }
        return pv;
    }

    /** The levers' own costs per unit of change, PV to the first simulated year, US$. */
    private double unitCosts(double[] point) {
        int first = base.start().getYear();
        double total = 0;
        for (int i = 0; i < levers.size(); i++) {
            LeverFile.Cost cost = levers.get(i).cost();
            if (cost == null) {
                continue;
            }
            double change = Math.abs(point[i] - levers.get(i).path().current());
            int from = cost.fromYear() == null ? first : cost.fromYear();
            if (from <= targetYear) {
                total += change * cost.usdPerUnit() / Math.pow(1 + discountRate, Math.max(0, from - first));
                for (int y = Math.max(from, first); y <= targetYear; y++) {
                    total += change * cost.usdPerUnitPerYear() / Math.pow(1 + discountRate, y - first);
                }
            }
        }
        return total;
    }
}
