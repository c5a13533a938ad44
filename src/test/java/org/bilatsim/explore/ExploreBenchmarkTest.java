package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bilatsim.experiment.Quantiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The explorer's numbers (docs/performance.md), driving the API as the page does: a control change
 * of the default scenario with 100 replications and its sourced agent counts, to the first partial
 * answer and to the complete one; 20 rapid changes; the page's files. Not a unit test (times depend
 * on the machine): it runs only when asked,
 * {@code mvn -B -o test -Dtest=ExploreBenchmarkTest -Dexplore.benchmark=true}, and prints its numbers.
 */
@EnabledIfSystemProperty(named = "explore.benchmark", matches = "true")
class ExploreBenchmarkTest {
    static final String BASELINE = "configs/pak-aze/baseline.yaml";
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    String base;

    record Timing(double acceptedMs, double firstMs, double doneMs, double cpuMs) {}

    @Test
    void controlChangesPageLoadAndRapidChanges() throws Exception {
        int threads = Integer.getInteger("explore.threads", Runtime.getRuntime().availableProcessors());
        int changes = Integer.getInteger("explore.changes", 40);
        try (ExploreServer server = new ExploreServer(
                new ScenarioLibrary(List.of(Path.of(BASELINE)), Path.of("configs")),
                new SchemaControlCatalog(),
                threads,
                Path.of("target/explore-bench"),
                List.of("bilatsim", "explore"))) {
            base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
            // The control a student moves first: Azerbaijan's duty on Pakistani rice from 2026-01 (a dated event).
            String rice = "\"policy."
                    + ExploreSchemaControlsTest.riceFromPakistan(
                            org.bilatsim.config.ConfigLoader.load(Path.of(BASELINE), List.of()))
                    + ".rate\":";
            // The baseline's 100 replications, then warm-up changes (the JIT).
            // A cold server's first answers say what a student waits for after starting it.
            List<Double> warming = new ArrayList<>();
            warming.add(change("", "warm").doneMs());
            int warmUp = Integer.getInteger("explore.warmup", 10);
            for (int i = 0; i < warmUp; i++) {
                warming.add(change(rice + "\"0." + (20 + i % 20) + "\"", "warm").doneMs());
            }
            print(
                    "cold server: the scenario as loaded (its baseline, 100 replications) %.0f ms, then the first "
                            + "change %.0f ms, the last warm-up change %.0f ms",
                    warming.get(0), warming.get(1), warming.get(warming.size() - 1));
            double loadBefore = loadAverage();
            long gcBefore = gcMillis();
            List<Timing> timings = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                timings.add(change(rice + "\"0." + (40 + i) + "\"", "bench"));
            }
            // The machine is shared: the load average says how many other runnable threads the 2 cores had.
            print("load average (1 min) before the timed changes %.1f, after %.1f", loadBefore, loadAverage());
            print("garbage collection per change: %.1f ms", (gcMillis() - gcBefore) / (double) changes);
            double[] accepted = timings.stream().mapToDouble(Timing::acceptedMs).toArray();
            double[] first = timings.stream().mapToDouble(Timing::firstMs).toArray();
            double[] done = timings.stream().mapToDouble(Timing::doneMs).toArray();
            double[] cpu = timings.stream().mapToDouble(Timing::cpuMs).toArray();
            print(
                    "control change, 100 replications, %d threads, %d changes: first partial median %.0f ms, p95 %.0f ms; "
                            + "complete median %.0f ms, p95 %.0f ms",
                    threads, changes, q(first, 0.5), q(first, 0.95), q(done, 0.5), q(done, 0.95));
            print(
                    "the change accepted (POST /api/run answered: the loader has checked the values): median %.0f ms, p95 %.0f ms",
                    q(accepted, 0.5), q(accepted, 0.95));
            // On a shared machine the wall time says more about the other guests than about the explorer;
            // the process's CPU time per change, spread over the cores, is what an idle machine would take.
            print(
                    "process CPU time per change: median %.0f ms, p95 %.0f ms (over %d cores: %.0f ms and %.0f ms)",
                    q(cpu, 0.5), q(cpu, 0.95), threads, q(cpu, 0.5) / threads, q(cpu, 0.95) / threads);

            // The same work without the explorer: 100 replications through Runner.run, as bilatsim run does.
            org.bilatsim.config.ScenarioConfig config =
                    org.bilatsim.config.ConfigLoader.load(Path.of(BASELINE), List.of("tariffs.0.customs=0.45"));
            double[] direct = new double[10];
            for (int i = 0; i < direct.length; i++) {
                long t0 = System.nanoTime();
                org.bilatsim.experiment.Runner.local(threads)
                        .run(
                                org.bilatsim.experiment.RunSpec.replications(config.name(), config, config.seed(), 100),
                                org.bilatsim.experiment.Observers.NONE,
                                n -> {});
                direct[i] = (System.nanoTime() - t0) / 1e6;
            }
            print(
                    "the same 100 replications by Runner.run directly (no server, no page; its specs bound first, "
                            + "on one thread): median %.0f ms, p95 %.0f ms",
                    q(direct, 0.5), q(direct, 0.95));
            // The model's own floor: the thread CPU time of 100 replications as the explorer runs them
            // (specs made, then ModelAdapter.run with a set-up memo that has seen these seeds), on this
            // thread; over the cores, what no server can beat. And the same without the memo.
            ModelAdapter.Layout layout = ModelAdapter.Layout.of(config);
            ModelAdapter.Specs specs = new ModelAdapter.Specs(config, config.seed(), 100);
            java.lang.management.ThreadMXBean threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
            org.bilatsim.engine.SetupMemo memo = new org.bilatsim.engine.SetupMemo(Jobs.SETUP_MEMO_BYTES);
            double[] model = new double[6];
            double[] unkept = new double[6];
            for (int i = -1; i < model.length; i++) {
                for (boolean kept : new boolean[] {true, false}) {
                    long c0 = threadBean.getCurrentThreadCpuTime();
                    for (int k = 0; k < specs.size(); k++) {
                        ModelAdapter.run(specs.get(k), layout, kept ? memo : null);
                    }
                    // Round -1 fills the memo, as the baseline's replications do.
                    if (i >= 0) {
                        (kept ? model : unkept)[i] = (threadBean.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                }
            }
            print(
                    "the model alone, 100 replications on one thread (specs and runs, thread CPU): median %.0f ms, "
                            + "p95 %.0f ms (over %d cores: %.0f ms and %.0f ms)",
                    q(model, 0.5), q(model, 0.95), threads, q(model, 0.5) / threads, q(model, 0.95) / threads);
            print(
                    "the model alone without the set-up memo (seeding and drawing every replication's set-up again): "
                            + "median %.0f ms, p95 %.0f ms",
                    q(unkept, 0.5), q(unkept, 0.95));

            // 20 rapid changes (a dragged slider): each cancels the one before; the last must arrive in time.
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            for (int round = 0; round < 5; round++) {
                String last = null;
                long lastSent = 0;
                long lastCpu = 0;
                for (int i = 0; i < 20; i++) {
                    lastSent = System.nanoTime();
                    lastCpu = cpuNanos();
                    last = start(rice + "\"0." + (60 + i) + "\"", "drag");
                    Thread.sleep(15);
                }
                JsonNode end = poll(last, null);
                assertEquals("done", end.get("state").asText());
                // The job's own time (from its start on the server) and the process CPU since it was sent:
                // with no backlog both are those of one change.
                print(
                        "20 rapid changes, round %d: the last change's complete answer %.0f ms after it was sent "
                                + "(its job %.0f ms on the server; process CPU since it was sent %.0f ms)",
                        round,
                        (System.nanoTime() - lastSent) / 1e6,
                        end.get("elapsedMs").asDouble(),
                        (cpuNanos() - lastCpu) / 1e6);
            }
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            print("heap in use before the rapid changes %.1f MB, after %.1f MB", before / 1e6, after / 1e6);

            // The page: the HTML, its script and style, uPlot, and the two API calls it makes on load.
            double[] loads = new double[20];
            for (int i = 0; i < loads.length; i++) {
                long t0 = System.nanoTime();
                for (String path : List.of(
                        "/",
                        "/explore.js",
                        "/explore.css",
                        "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                        "/webjars/uplot/1.6.30/dist/uPlot.min.css",
                        "/api/scenarios")) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                post("/api/scenario", body("", "load"));
                loads[i] = (System.nanoTime() - t0) / 1e6;
            }
            print("page files and the scenario's controls: median %.0f ms, p95 %.0f ms", q(loads, 0.5), q(loads, 0.95));
        }
    }

    private static void print(String format, Object... args) {
        System.out.println("explore benchmark: " + String.format(Locale.ROOT, format, args));
    }

    private static double q(double[] values, double p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return Quantiles.ofSorted(sorted, p);
    }

    private String body(String values, String session) {
        return "{\"scenario\":\"" + BASELINE + "\",\"values\":{" + values + "},\"replications\":100,\"session\":\""
                + session + "\"}";
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String start(String values, String session) throws Exception {
        return json.readTree(post("/api/run", body(values, session)).body())
                .get("job")
                .asText();
    }

    /** Polls as the page does; {@code first} gets the time of the first answer with numbers. */
    private JsonNode poll(String job, long[] first) throws Exception {
        int seen = 0;
        for (; ; ) {
            JsonNode snapshot = json.readTree(http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job + "?seen=" + seen))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            if (first != null && first[0] == 0 && snapshot.has("result")) {
                first[0] = System.nanoTime();
            }
            seen = snapshot.get("done").asInt();
            if (!snapshot.get("state").asText().equals("running")) {
                return snapshot;
            }
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Milliseconds all collectors have spent so far (a share of the process CPU time per change). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private Timing change(String values, String session) throws Exception {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        String job = start(values, session);
        long accepted = System.nanoTime();
        long[] first = new long[1];
        JsonNode end = poll(job, first);
        assertEquals("done", end.get("state").asText());
        return new Timing(
                (accepted - t0) / 1e6,
                (first[0] - t0) / 1e6,
                (System.nanoTime() - t0) / 1e6,
                (cpuNanos() - cpu0) / 1e6);
    }
}
