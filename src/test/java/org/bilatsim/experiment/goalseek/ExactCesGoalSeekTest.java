package org.bilatsim.experiment.goalseek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.bilatsim.cli.Main;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.LeverPath;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.economics.ExactCes;
import org.bilatsim.experiment.AnalyticComparison;
import org.bilatsim.experiment.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-market scenario whose required duty cut is known exactly: frictionless (every importer knows
 * every origin, no shocks, price-taking origins), so the agents' long run is the exact CES/Armington
 * equilibrium ({@link ExactCes}); the target is the partner's imports at a 5 % duty, so the duty that
 * reaches it is 5 %, a cut of 10 points from 15 %. The goal seek, through the real loader and runner,
 * must find that cut within 1 %.
 */
class ExactCesGoalSeekTest {
    private static final double SIGMA = 4.4;
    private static final double EM = -1.2;

    static String yaml(double targetUsd) {
        return String.format(Locale.ROOT, """
                scenario:
                  name: exact-ces-goalseek
                time:
                  start: 2024-01
                  end: 2031-12
                seed: 3
                countries:
                  - {iso3: PAK, name: Pakistan}
                  - {iso3: AZE, name: Azerbaijan, vatRate: 0.18}
                  - {iso3: ROW, name: Rest of the world}
                products:
                  rice:
                    name: Rice
                    unit: tonnes
                    importer: AZE
                    substitutionElasticity: %s
                    importDemandElasticity: %s
                    importers: {count: 40, sizeDispersion: 1.0, adjustmentPerMonth: 0.3}
                    sources:
                      PAK:
                        baseValueUsd: 1800000
                        basePriceUsd: 801
                        tradeCost: 1.1
                        exporters: {count: 50, paretoShape: 4, costShare: 0.9}
                      ROW:
                        baseValueUsd: 48800000
                        basePriceUsd: 912
                        tradeCost: 1.1
                        exporters: {count: 1}
                tariffs:
                  - {importer: AZE, product: rice, partner: MFN, customs: 0.15}
                events:
                  - {type: duty, date: 2025-01, importer: AZE, product: rice, partner: PAK, layer: customs, rate: 0.15}
                target: {valueUsd: %s, between: [PAK, AZE]}
                """, SIGMA, EM, targetUsd);
    }

    /** The partner's imports at duty t in the exact equilibrium, US$/year. */
    private static double exactImports(ScenarioConfig config, double t) {
        ExactCes.Market market =
                AnalyticComparison.market(config, config.products().get(0));
        return ExactCes.compare(market, new double[] {0.15, 0.15}, new double[] {t, 0.15})
                .after()
                .values()[0];
    }

    @Test
    void findsTheExactDutyCutWithinOnePercent(@TempDir Path dir) throws IOException {
        ScenarioConfig probe = ConfigLoader.parse("probe.yaml", yaml(2e9), List.of());
        double target = exactImports(probe, 0.05);
        Path file = dir.resolve("exact.yaml");
        Files.writeString(file, yaml(target));
        ScenarioConfig config = ConfigLoader.load(file, List.of());
        // The duty at which the exact equilibrium reaches the target, solved independently of the model.
        double exact = new BrentSolver(1e-12).solve(200, t -> exactImports(config, t) - target, 0, 0.15);
        assertEquals(0.05, exact, 1e-9);

        LeverPath path = LeverPath.resolve(file, List.of(), "events.0.rate");
        assertEquals("events[duty].rate", path.entry().path());
        LeverRange lever = ScenarioLevers.range(path, null, null, null, null);
        assertEquals(0, lever.lower(), 0);
        assertEquals(1, lever.upper(), 0);
        ScenarioEvaluator evaluator = new ScenarioEvaluator(
                file,
                List.of(),
                List.of(new ScenarioEvaluator.Lever(path, null)),
                2031,
                0,
                Runner.local(2),
                line -> {});
        GoalSeek.Result result = GoalSeek.seek(
                lever, new GoalSeek.Settings(0.5, 0.95, new SeedPlan(config.seed(), 4), 1e-5, 60), evaluator);
        assertEquals(GoalSeek.Status.FOUND, result.status());
        double cut = 0.15 - result.requiredValue();
        double exactCut = 0.15 - exact;
        assertEquals(exactCut, cut, 0.01 * exactCut, "required cut " + cut + " vs exact " + exactCut);
    }

    @Test
    void theCheapestMixOfOneDutyIsTheRequiredCutAndItsCostIsTheRevenueForgone(@TempDir Path dir) throws IOException {
        ScenarioConfig probe = ConfigLoader.parse("probe.yaml", yaml(2e9), List.of());
        Path file = dir.resolve("exact.yaml");
        Files.writeString(file, yaml(exactImports(probe, 0.05)));
        Path levers = dir.resolve("levers.yaml");
        Files.writeString(
                levers,
                "discount: {rate: 0.03, source: \"ASSUMPTION\"}\n"
                        + "levers:\n  - {path: events.0.rate, lower: 0, upper: 0.15, cost: {tariffRevenue: true}}\n");
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(
                new String[] {
                    "goalseek",
                    file.toString(),
                    "--levers",
                    levers.toString(),
                    "--target-year",
                    "2031",
                    "-n",
                    "2",
                    "--fresh",
                    "2",
                    "--evaluations",
                    "40",
                    "--budgets",
                    "0.5",
                    "--budget-evaluations",
                    "10",
                    "-q",
                    "--out",
                    out.toString()
                },
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        assertEquals(0, code, stderr.toString());
        assertTrue(stdout.toString().startsWith("Reaching US$"), stdout.toString());
        Path folder = Files.list(out.resolve("goalseek-exact-ces-goalseek"))
                .findFirst()
                .orElseThrow();
        List<String> chosen = Files.readAllLines(folder.resolve("chosen-mix.csv"));
        double rate = Double.parseDouble(chosen.get(1).split(",")[4]);
        assertEquals(0.10, 0.15 - rate, 0.02 * 0.10, "the cheapest cut is the required cut: " + chosen);
        // The duty revenue forgone: positive, and below the revenue of the 15 % duty on the base imports
        // over 2025-2031 (the cut keeps a 5 % duty on larger imports).
        List<String> p = Files.readAllLines(folder.resolve("chosen-mix-probability.csv"));
        double cost = Double.parseDouble(p.get(1).split(",")[6]);
        assertTrue(cost > 0 && cost < 0.15 * 1.8e6 * 7, "revenue forgone " + cost);
        assertTrue(Files.exists(folder.resolve("charts/frontier.png")));
        assertTrue(Files.exists(folder.resolve("charts/frontier-trade.png")));
    }

    @Test
    void theCommandWritesTheAnswerAndRejectsBadLevers(@TempDir Path dir) throws IOException {
        ScenarioConfig probe = ConfigLoader.parse("probe.yaml", yaml(2e9), List.of());
        Path file = dir.resolve("exact.yaml");
        Files.writeString(file, yaml(exactImports(probe, 0.05)));
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(
                new String[] {
                    "goalseek",
                    file.toString(),
                    "--lever",
                    "events.0.rate",
                    "--target-year",
                    "2031",
                    "-n",
                    "2",
                    "-q",
                    "--out",
                    out.toString()
                },
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        assertEquals(0, code, stderr.toString());
        assertTrue(stdout.toString().startsWith("Reaching US$"), stdout.toString());
        assertTrue(stdout.toString().contains("needs events.0.rate at 0.0"), stdout.toString());
        Path folder = Files.list(out.resolve("goalseek-exact-ces-goalseek"))
                .findFirst()
                .orElseThrow();
        assertTrue(Files.exists(folder.resolve("goalseek.csv")));
        assertTrue(Files.exists(folder.resolve("report.html")));
        assertTrue(Files.exists(folder.resolve("charts/probability-vs-lever.png")));
        assertTrue(Files.readString(folder.resolve("answer.txt")).startsWith("Reaching"));

        for (String[] bad : List.of(
                new String[] {"--lever", "events.0.rte"},
                new String[] {"--lever", "events.3.rate"},
                new String[] {"--lever", "events.0.partner"},
                new String[] {"--lever", "events.0.rate", "--range", "0,1.5"})) {
            StringWriter err = new StringWriter();
            String[] args = new String[6 + bad.length];
            System.arraycopy(
                    new String[] {"goalseek", file.toString(), "--target-year", "2031", "--out", out.toString()},
                    0,
                    args,
                    0,
                    6);
            System.arraycopy(bad, 0, args, 6, bad.length);
            int c = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
            assertEquals(2, c, String.join(" ", bad) + ": " + err);
            assertTrue(err.toString().startsWith("bilatsim: "), err.toString());
            assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
        }
    }
}
