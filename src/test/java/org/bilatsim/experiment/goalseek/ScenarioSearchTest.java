package org.bilatsim.experiment.goalseek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bilatsim.cli.Main;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.LeverFile;
import org.bilatsim.config.LeverPath;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The searches on real scenarios: lever paths, levers files, the shortened span, the commands. */
class ScenarioSearchTest {
    private static final Path PUSH = Path.of("configs/pak-aze/two-billion-push.yaml");
    private static final Path BASELINE = Path.of("configs/pak-aze/baseline.yaml");

    @Test
    void leverPathsMapToTheirSchemaEntriesAndValues() {
        LeverPath duty = LeverPath.resolve(PUSH, List.of(), "events.4.rate");
        assertEquals("events[duty].rate", duty.entry().path());
        assertEquals(0, duty.current(), 0);
        LeverPath seats = LeverPath.resolve(PUSH, List.of(), "events.3.seatsPerWeekChange");
        assertEquals("events[flights].seatsPerWeekChange", seats.entry().path());
        assertEquals(1080, seats.current(), 0);
        LeverPath concession = LeverPath.resolve(PUSH, List.of(), "events.1.concessions.1.rate");
        assertEquals("events[pta].concessions[].rate", concession.entry().path());
        LeverPath cost = LeverPath.resolve(BASELINE, List.of(), "products.rice.sources.PAK.tradeCost");
        assertEquals("products.*.sources.*.tradeCost", cost.entry().path());
        LeverPath growth = LeverPath.resolve(
                BASELINE, List.of("products.rice.demandGrowthPerYear=0.07"), "products.rice.demandGrowthPerYear");
        assertEquals(0.07, growth.current(), 0, "after --set");
        LeverPath date = LeverPath.resolve(PUSH, List.of(), "events.5.date");
        assertTrue(date.integer());
        assertEquals("2026-05", date.format(date.current()));
        assertEquals("events.5.date=2027-01", date.override(date.current() + 8));
        assertEquals(
                "tariffs.0.customs=0.05",
                LeverPath.resolve(BASELINE, List.of(), "tariffs.0.customs").override(0.05));
    }

    @Test
    void badLeversAreConfigErrorsInTheLoadersWords() {
        ConfigException unknown = assertThrows(
                ConfigException.class, () -> LeverPath.resolve(PUSH, List.of(), "events.3.seatsPerWeekChnge"));
        assertTrue(unknown.getMessage().contains("did you mean 'seatsPerWeekChange'"), unknown.getMessage());
        ConfigException text =
                assertThrows(ConfigException.class, () -> LeverPath.resolve(PUSH, List.of(), "events.3.route"));
        assertTrue(text.getMessage().contains("not a number or month"), text.getMessage());
        ConfigException outside =
                assertThrows(ConfigException.class, () -> LeverPath.resolve(PUSH, List.of(), "events.40.rate"));
        assertTrue(outside.getMessage().contains("outside the list"), outside.getMessage());
        LeverPath duty = LeverPath.resolve(PUSH, List.of(), "events.4.rate");
        ConfigException bound = assertThrows(
                ConfigException.class,
                () -> ScenarioLevers.range(
                        duty, null, 1.5, null, new org.bilatsim.config.SourceLocation("--range", 0, 0)));
        assertTrue(bound.getMessage().contains("must be >= 0 and <= 1"), bound.getMessage());
    }

    @Test
    void aLeversFileIsReadStrictly(@TempDir Path dir) throws IOException {
        Path good = Path.of("levers/two-billion-push.yaml");
        LeverFile file = LeverFile.load(good);
        assertTrue(file.levers().size() >= 6, "at least six levers of the push");
        assertEquals(0.05, file.discountRate(), 0);
        for (LeverFile.Entry e : file.levers()) {
            ScenarioLevers.range(
                    LeverPath.resolve(PUSH, List.of(), e.path()),
                    e.lower(),
                    e.upper(),
                    e.lowerLocation(),
                    e.upperLocation());
        }
        List<String[]> bad = List.of(
                new String[] {"levers:\n  - {path: events.3.seatsPerWeekChange, cost: 5}\n", "a cost needs its unit"},
                new String[] {"levers:\n  - {path: events.3.seatsPerWeekChange, cost: {usdPerUnit: 5}}\n", "source"},
                new String[] {
                    "levers:\n  - {path: events.3.seatsPerWeekChange, cost: {usdPerUnt: 5, source: x}}\n",
                    "did you mean 'usdPerUnit'"
                },
                new String[] {
                    "levers:\n  - {path: a, cost: {tariffRevenue: true}}\n  - {path: a, cost: {tariffRevenue: true}}\n",
                    "listed twice"
                });
        for (String[] b : bad) {
            Path f = dir.resolve("bad.yaml");
            Files.writeString(f, b[0]);
            ConfigException e = assertThrows(ConfigException.class, () -> LeverFile.load(f));
            assertTrue(e.getMessage().startsWith(f + ":") && e.getMessage().contains(b[1]), e.getMessage());
        }
        Path outOfRange = dir.resolve("range.yaml");
        Files.writeString(
                outOfRange,
                "levers:\n  - {path: events.1.utilization, lower: 0.6, upper: 1.4, cost: {tariffRevenue: true}}\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new String[] {
                    "goalseek",
                    PUSH.toString(),
                    "--levers",
                    outOfRange.toString(),
                    "--target-year",
                    "2030",
                    "--out",
                    dir.resolve("out").toString()
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(
                err.toString().contains(outOfRange + ":2:") && err.toString().contains("upper bound = 1.4"),
                err.toString());
        assertTrue(
                !Files.exists(dir.resolve("out"))
                        || Files.list(dir.resolve("out")).findAny().isEmpty(),
                "nothing is written");
    }

    @Test
    void endingRunsWithTheTargetYearLeavesTheYearsUpToItUnchanged() {
        ScenarioConfig full = ConfigLoader.load(BASELINE, List.of());
        ScenarioConfig shortened = ConfigLoader.load(BASELINE, List.of("time.end=2030-12"));
        Runner runner = Runner.local(2);
        List<Outcome> a =
                runner.replicateEach(List.of("a"), List.of(full), 1, 2, d -> {}).get(0);
        List<Outcome> b = runner.replicateEach(List.of("b"), List.of(shortened), 1, 2, d -> {})
                .get(0);
        for (int r = 0; r < 2; r++) {
            for (int year = 2024; year <= 2030; year++) {
                assertEquals(a.get(r).total(year), b.get(r).total(year), 0, "replication " + r + ", " + year);
            }
        }
        ScenarioEvaluator evaluator = new ScenarioEvaluator(BASELINE, List.of(), List.of(), 2030, 0, runner, l -> {});
        assertTrue(evaluator.truncated());
    }

    @Test
    void discoverWritesDiscoveryCsvAndPrimBoxes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("exact.yaml");
        // Target at the imports of a 5 % duty: the samples with a duty below about 5 % reach it.
        ScenarioConfig probe = ConfigLoader.parse("probe.yaml", ExactCesGoalSeekTest.yaml(2e9), List.of());
        double target = org.bilatsim.economics.ExactCes.compare(
                        org.bilatsim.experiment.AnalyticComparison.market(
                                probe, probe.products().get(0)),
                        new double[] {0.15, 0.15},
                        new double[] {0.05, 0.15})
                .after()
                .values()[0];
        Files.writeString(file, ExactCesGoalSeekTest.yaml(target));
        Path levers = dir.resolve("levers.yaml");
        Files.writeString(
                levers, "levers:\n  - {path: events.0.rate, lower: 0, upper: 0.15, cost: {tariffRevenue: true}}\n");
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.execute(
                new String[] {
                    "discover",
                    file.toString(),
                    "--samples",
                    "40",
                    "--levers",
                    levers.toString(),
                    "--vary",
                    "products.rice.importDemandElasticity=-2,-0.5",
                    "--target-year",
                    "2031",
                    "-n",
                    "1",
                    "-q",
                    "--out",
                    out.toString()
                },
                new PrintWriter(stdout, true),
                new PrintWriter(stderr, true));
        assertEquals(0, code, stderr.toString());
        Path folder = Files.list(out.resolve("discover-exact-ces-goalseek"))
                .findFirst()
                .orElseThrow();
        List<String> rows = Files.readAllLines(folder.resolve("discovery.csv"));
        assertEquals(41, rows.size());
        assertTrue(rows.get(0).startsWith("sample,products.rice.importDemandElasticity,events.0.rate,"));
        assertTrue(Files.exists(folder.resolve("prim-boxes.csv")));
        assertTrue(Files.exists(folder.resolve("charts/prim-box-1.png")));
        assertTrue(
                stdout.toString().contains("PRIM's first box (")
                        && stdout.toString().contains("events.0.rate from 0"),
                stdout.toString());
    }

    @Test
    void theSameEvaluationAtOneAndTwoThreads() {
        LeverPath seats = LeverPath.resolve(PUSH, List.of(), "events.3.seatsPerWeekChange");
        double[] point = {2000};
        Evaluation[] byThreads = new Evaluation[2];
        for (int t = 1; t <= 2; t++) {
            ScenarioEvaluator e = new ScenarioEvaluator(
                    PUSH,
                    List.of(),
                    List.of(new ScenarioEvaluator.Lever(seats, new LeverFile.Cost(false, 0, 2600, 2026, "ASSUMPTION"))),
                    2030,
                    0.05,
                    Runner.local(t),
                    l -> {});
            byThreads[t - 1] = e.evaluate(point, new SeedPlan(1, 3));
        }
        assertArrayEquals(byThreads[0].statistics(), byThreads[1].statistics(), 0);
        assertEquals(byThreads[0].costUsd(), byThreads[1].costUsd(), 0);
        // 920 seats a week more from 2026 to 2030 at US$2,600 a year each, discounted at 5 % to 2024.
        double pv = 0;
        for (int y = 2026; y <= 2030; y++) {
            pv += 920 * 2600 / Math.pow(1.05, y - 2024);
        }
        assertEquals(pv, byThreads[0].costUsd(), 1e-6 * pv);
    }
}
