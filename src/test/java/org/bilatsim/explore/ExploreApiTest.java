package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Observers;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.Quantiles;
import org.bilatsim.experiment.RunSpec;
import org.bilatsim.experiment.Runner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explorer's JSON API, driven over HTTP as the page drives it. */
class ExploreApiTest {
    static final String BASELINE = "configs/pak-aze/baseline.yaml";
    static ExploreServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new ExploreServer(
                new ScenarioLibrary(List.of(Path.of(BASELINE)), Path.of("configs")),
                new SchemaControlCatalog(),
                2,
                Path.of("target/explore-test-output"),
                List.of("bilatsim", "explore"));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode get(String path) throws Exception {
        return json.readTree(
                http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    static String request(String values, int replications, String session) {
        return "{\"scenario\":\"" + BASELINE + "\",\"values\":{" + values + "},\"replications\":" + replications
                + ",\"session\":\"" + session + "\"}";
    }

    /** Runs to the end, polling as the page does; returns the last snapshot. */
    static JsonNode runToEnd(String body) throws Exception {
        HttpResponse<String> started = post("/api/run", body);
        assertEquals(202, started.statusCode(), started.body());
        String job = json.readTree(started.body()).get("job").asText();
        int seen = 0;
        JsonNode snapshot;
        do {
            snapshot = get("/api/jobs/" + job + "?seen=" + seen);
            seen = snapshot.get("done").asInt();
        } while (snapshot.get("state").asText().equals("running"));
        return snapshot;
    }

    static double[] series(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    @Test
    void aValidChangeGivesNewNumbersThatTheDownloadedScenarioReproduces() throws Exception {
        JsonNode loaded = runToEnd(request("", 8, "valid"));
        assertEquals("done", loaded.get("state").asText());
        assertTrue(loaded.get("unchanged").asBoolean());
        JsonNode changed = runToEnd(request("\"tariffs.0.customs\":\"0.5\"", 8, "valid"));
        assertEquals("done", changed.get("state").asText());
        double[] before = series(loaded.at("/result/total/p50"));
        double[] after = series(changed.at("/result/total/p50"));
        assertNotEquals(Arrays.toString(before), Arrays.toString(after));
        // A 50% duty on rice after the exemption lapses lowers trade: the difference is negative by 2035.
        double[] difference = series(changed.at("/result/difference/p50"));
        assertTrue(difference[difference.length - 1] < 0, Arrays.toString(difference));
        // Same seeds: the page's baseline is the scenario as loaded, run by the CLI's runner.
        assertEquals(Arrays.toString(before), Arrays.toString(series(changed.at("/result/baselineTotal/p50"))));

        HttpResponse<String> download = post("/api/download", request("\"tariffs.0.customs\":\"0.5\"", 8, "valid"));
        assertEquals(200, download.statusCode());
        ScenarioConfig config = ConfigLoader.parse("downloaded.yaml", download.body(), List.of());
        assertEquals(ConfigLoader.load(Path.of(BASELINE), List.of("tariffs.0.customs=0.5")), config);
        List<Outcome> cli = Runner.local(2)
                .run(RunSpec.replications(config.name(), config, config.seed(), 8), Observers.NONE, n -> {});
        int last = after.length - 1;
        double[] totals =
                cli.stream().mapToDouble(o -> o.totals().get(last).total()).toArray();
        assertEquals(Quantiles.summary(totals)[3], after[last], 1e-6);
    }

    @Test
    void aDutyPolicyControlAddsADatedEventThatActsFromItsMonthAndTheDownloadReproducesIt() throws Exception {
        ScenarioConfig baseline = ConfigLoader.load(Path.of(BASELINE), List.of());
        int rice = ExploreSchemaControlsTest.riceFromPakistan(baseline);
        String values = "\"policy." + rice + ".rate\":\"0.5\",\"policy." + rice + ".date\":\"2026-01\"";
        JsonNode changed = runToEnd(request(values, 8, "policy"));
        assertEquals("done", changed.get("state").asText(), changed.toString());
        double[] difference = series(changed.at("/result/difference/p50"));
        JsonNode years = changed.at("/result/years");
        for (int y = 0; y < years.size(); y++) {
            int year = years.get(y).asInt();
            if (year < 2026) {
                // Common random numbers: before the duty's month the runs are the scenario's own.
                assertEquals(0.0, difference[y], 1e-6, "year " + year);
            } else {
                // A 50% duty on Pakistani rice from 2026 lowers two-way trade from then on.
                assertTrue(difference[y] < 0, "year " + year + ": " + Arrays.toString(difference));
            }
        }
        HttpResponse<String> download = post("/api/download", request(values, 8, "policy"));
        assertEquals(200, download.statusCode());
        ScenarioConfig config = ConfigLoader.parse("downloaded.yaml", download.body(), List.of());
        assertEquals(baseline.events().size() + 1, config.events().size());
        List<Outcome> cli = Runner.local(2)
                .run(RunSpec.replications(config.name(), config, config.seed(), 8), Observers.NONE, n -> {});
        double[] after = series(changed.at("/result/total/p50"));
        for (int y = 0; y < after.length; y++) {
            int year = y;
            double[] totals =
                    cli.stream().mapToDouble(o -> o.totals().get(year).total()).toArray();
            assertEquals(Quantiles.summary(totals)[3], after[y], 1e-6, "year " + years.get(y));
        }
    }

    @Test
    void aBadValueGetsTheLoadersOwnMessageNextToItsControlAndHttp400() throws Exception {
        HttpResponse<String> response = post("/api/run", request("\"tariffs.0.customs\":\"2\"", 8, "bad"));
        assertEquals(400, response.statusCode());
        JsonNode problem = json.readTree(response.body()).get("problem");
        assertEquals("tariffs.0.customs", problem.get("path").asText());
        ConfigException cli = assertThrows(
                ConfigException.class, () -> ConfigLoader.load(Path.of(BASELINE), List.of("tariffs.0.customs=2")));
        assertEquals(cli.getMessage(), problem.get("message").asText());
        assertTrue(problem.get("message").asText().contains("fractions, not percents"));
    }

    @Test
    void requestsOutsideTheControlsAreRefused() throws Exception {
        assertEquals(
                400,
                post("/api/run", request("\"products.rice.importers.count\":\"20000000\"", 8, "x"))
                        .statusCode());
        assertEquals(400, post("/api/run", request("", 5000, "x")).statusCode());
        assertEquals(400, post("/api/run", "{\"scenario\":\"/etc/passwd\"}").statusCode());
        assertEquals(400, post("/api/run", "not json").statusCode());
        assertEquals(
                400,
                post(
                                "/api/run",
                                "{\"scenario\":\"" + BASELINE
                                        + "\",\"added\":[{\"type\":\"duty\",\"target\":999,\"date\":\"2026-01\"}]}")
                        .statusCode());
    }

    @Test
    void aNewerChangeCancelsTheStaleComputationAndLeavesNoWorkBehind() throws Exception {
        HttpResponse<String> first = post("/api/run", request("\"tariffs.0.customs\":\"0.3\"", 400, "drag"));
        String stale = json.readTree(first.body()).get("job").asText();
        JsonNode latest = runToEnd(request("\"tariffs.0.customs\":\"0.31\"", 4, "drag"));
        assertEquals("done", latest.get("state").asText());
        JsonNode old = get("/api/jobs/" + stale + "?seen=400");
        assertEquals("cancelled", old.get("state").asText());
        assertTrue(old.get("done").asInt() < 400);
        Jobs.Job job = server.jobs().get(stale);
        for (int i = 0; i < 200 && !job.idle(); i++) {
            Thread.sleep(20);
        }
        assertTrue(job.idle(), "the cancelled job's workers stopped");
    }

    @Test
    void aRefusedChangeStillStopsTheComputationThePageHasLeft() throws Exception {
        HttpResponse<String> first = post("/api/run", request("\"tariffs.0.customs\":\"0.3\"", 400, "typing"));
        String left = json.readTree(first.body()).get("job").asText();
        HttpResponse<String> bad = post("/api/run", request("\"tariffs.0.customs\":\"15\"", 400, "typing"));
        assertEquals(400, bad.statusCode());
        assertEquals(
                "cancelled", get("/api/jobs/" + left + "?seen=400").get("state").asText());
        // Another page's computation is not touched.
        HttpResponse<String> other = post("/api/run", request("\"tariffs.0.customs\":\"0.3\"", 4, "another"));
        post("/api/run", request("\"tariffs.0.customs\":\"15\"", 4, "typing"));
        JsonNode done =
                get("/api/jobs/" + json.readTree(other.body()).get("job").asText() + "?seen=3");
        assertTrue(!"cancelled".equals(done.get("state").asText()), done.toString());
    }

    /** Two changes of a page may arrive in either order: the older one neither runs nor cancels the newer. */
    @Test
    void anOlderChangeThatArrivesLastIsRefusedAndLeavesTheNewerRunning() throws Exception {
        String newer = request("\"tariffs.0.customs\":\"0.3\"", 400, "race").replaceFirst("\\{", "{\"seq\":7,");
        String older = request("\"tariffs.0.customs\":\"0.2\"", 400, "race").replaceFirst("\\{", "{\"seq\":6,");
        HttpResponse<String> first = post("/api/run", newer);
        assertEquals(202, first.statusCode(), first.body());
        String job = json.readTree(first.body()).get("job").asText();
        HttpResponse<String> late = post("/api/run", older);
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(
                json.readTree(late.body())
                        .path("problem")
                        .path("message")
                        .asText()
                        .contains("change 7"),
                late.body());
        assertTrue(!"cancelled".equals(get("/api/jobs/" + job).get("state").asText()), "the newer change still runs");
        HttpResponse<String> next = post("/api/run", newer.replace("\"seq\":7", "\"seq\":8"));
        assertEquals(202, next.statusCode(), next.body());
        assertEquals(
                "cancelled", get("/api/jobs/" + job + "?seen=400").get("state").asText());
    }

    @Test
    void aFullReportWritesTheUsualRunFolderAndSaysWhere() throws Exception {
        HttpResponse<String> response = post("/api/report", request("\"tariffs.0.customs\":\"0.2\"", 2, "report"));
        assertEquals(200, response.statusCode(), response.body());
        Path folder = Path.of(json.readTree(response.body()).get("folder").asText());
        for (String file : List.of(
                "report.html", "manifest.json", "bands.csv", "target.csv", "scenario/pak-aze-baseline-explored.yaml")) {
            assertTrue(java.nio.file.Files.isRegularFile(folder.resolve(file)), file);
        }
        ScenarioConfig written =
                ConfigLoader.load(folder.resolve("scenario/pak-aze-baseline-explored.yaml"), List.of());
        assertEquals(0.2, written.tariffs().get(0).customs());
    }

    @Test
    void anAddedEventGetsControlsAndLoads() throws Exception {
        String body = "{\"scenario\":\"" + BASELINE
                + "\",\"added\":[{\"type\":\"exhibition\",\"target\":0,\"date\":\"2027-03\"}],"
                + "\"values\":{\"added.0.discoveryProbability\":\"0.4\"}}";
        HttpResponse<String> scenario = post("/api/scenario", body);
        assertEquals(200, scenario.statusCode(), scenario.body());
        assertTrue(scenario.body().contains("\"path\":\"added.0.discoveryProbability\""));
        HttpResponse<String> download = post("/api/download", body);
        ScenarioConfig config = ConfigLoader.parse("downloaded.yaml", download.body(), List.of());
        assertEquals(
                ConfigLoader.load(Path.of(BASELINE), List.of()).events().size() + 1,
                config.events().size());
        assertTrue(download.body().contains("discoveryProbability: 0.4"));
        String badDate = body.replace("2027-03", "2040-01");
        HttpResponse<String> refused = post("/api/run", badDate);
        assertEquals(400, refused.statusCode());
        assertEquals(
                "added.0.date",
                json.readTree(refused.body()).at("/problem/path").asText());
    }
}
