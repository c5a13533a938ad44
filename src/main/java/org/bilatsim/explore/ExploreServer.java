package org.bilatsim.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bilatsim.config.ScenarioConfig;

/**
 * The explorer's web server: the page (from the jar: HTML, script, style, and uPlot from its webjar)
 * and a JSON API over {@link Draft} (the loader) and {@link Jobs} (the model). Every value reaches
 * the model through the loader; the browser names a scenario, never a file. Requests are capped in
 * size, replications and events; the Content-Security-Policy allows no network source but the
 * server itself.
 */
public final class ExploreServer implements AutoCloseable {
    /** Largest request body: a page's state is a few kilobytes. */
    public static final long MAX_REQUEST_BYTES = 256 * 1024;
    /** Replications of a first answer on the page. */
    public static final int DEFAULT_REPLICATIONS = 100;
    /** No script, style, font or image from anywhere but this server; no frames, no forms posted away. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final long POLL_MILLIS = 10_000;

    private final ScenarioLibrary library;
    private final ControlCatalog catalog;
    private final Jobs jobs;
    private final Path outRoot;
    private final List<String> commandLine;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final AtomicBoolean reporting = new AtomicBoolean();
    private Javalin app;

    public ExploreServer(
            ScenarioLibrary library, ControlCatalog catalog, int threads, Path outRoot, List<String> commandLine) {
        this.library = library;
        this.catalog = catalog;
        this.jobs = new Jobs(threads);
        this.outRoot = outRoot;
        this.commandLine = List.copyOf(commandLine);
    }

    /** Starts on {@code host}:{@code port} (0: a free port) and returns the port. */
    public int start(String host, int port) {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/explore";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Content-Security-Policy", CSP, "Cache-Control", "no-cache");
            });
            cfg.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            cfg.routes.get("/api/scenarios", this::scenarios);
            cfg.routes.post("/api/scenario", this::scenario);
            cfg.routes.post("/api/run", this::run);
            cfg.routes.get("/api/jobs/{id}", this::poll);
            cfg.routes.delete("/api/jobs/{id}", this::cancel);
            cfg.routes.post("/api/download", this::download);
            cfg.routes.post("/api/report", this::report);
            cfg.routes.exception(Draft.BadRequest.class, (e, ctx) -> problem(ctx, 400, "", e.getMessage()));
            cfg.routes.exception(
                    Draft.LoadFailed.class,
                    (e, ctx) ->
                            problem(ctx, 400, e.problem().path(), e.problem().message()));
            cfg.routes.exception(Jobs.Busy.class, (e, ctx) -> problem(ctx, 503, "", e.getMessage()));
            cfg.routes.exception(Jobs.Superseded.class, (e, ctx) -> problem(ctx, 409, "", e.getMessage()));
            cfg.routes.exception(IOException.class, (e, ctx) -> problem(ctx, 400, "", "unreadable request"));
        });
        app.start(host, port);
        return app.port();
    }

    Jobs jobs() {
        return jobs;
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        jobs.close();
    }

    private void scenarios(Context ctx) {
        send(
                ctx,
                200,
                Map.of(
                        "scenarios",
                        library.ids(),
                        "replications",
                        DEFAULT_REPLICATIONS,
                        "maxReplications",
                        Jobs.MAX_REPLICATIONS,
                        "maxAddedEvents",
                        Draft.MAX_ADDED_EVENTS));
    }

    /** The controls and levers of a scenario as edited; the values are checked by the loader. */
    private void scenario(Context ctx) throws IOException {
        Parsed p = parse(ctx);
        Draft draft = Draft.of(p.document, p.request, catalog);
        ScenarioConfig config = draft.load();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.document.id());
        out.put("name", config.name());
        out.put("description", config.description());
        out.put("start", config.start().toString());
        out.put("end", config.end().toString());
        out.put("seed", config.seed());
        out.put("targetUsd", config.target().valueUsd());
        out.put("pair", config.target().between());
        out.put("groups", draft.groups());
        out.put("levers", EventTemplates.levers(p.document.baseline()));
        out.put("sectionNotes", SchemaControlCatalog.SECTION_NOTES);
        out.put("firstDate", EventTemplates.firstDate(config));
        out.put("downloadName", p.document.downloadName());
        send(ctx, 200, out);
    }

    private void run(Context ctx) throws IOException {
        Parsed p = parse(ctx);
        // The page stops polling its previous computation when it sends a change, good or bad: the
        // workers turn to this one while the change is loaded, not after.
        jobs.cancelLatest(p.session, p.seq);
        ScenarioConfig config = Draft.of(p.document, p.request, catalog).load();
        Jobs.Job job = jobs.submit(p.session, p.seq, p.document, config, p.replications);
        send(ctx, 202, Map.of("job", job.id()));
    }

    private void poll(Context ctx) throws InterruptedException {
        Jobs.Job job = jobs.get(ctx.pathParam("id"));
        if (job == null) {
            problem(ctx, 404, "", "no such computation (it may have been replaced by a newer one)");
            return;
        }
        int seen = 0;
        String param = ctx.queryParam("seen");
        if (param != null) {
            try {
                seen = Integer.parseInt(param);
            } catch (NumberFormatException e) {
                throw new Draft.BadRequest("seen must be a whole number");
            }
        }
        job.await(seen, POLL_MILLIS);
        send(ctx, 200, job.snapshot());
    }

    private void cancel(Context ctx) {
        Jobs.Job job = jobs.get(ctx.pathParam("id"));
        if (job != null) {
            job.cancel();
        }
        ctx.status(204);
    }

    private void download(Context ctx) throws IOException {
        Parsed p = parse(ctx);
        Draft draft = Draft.of(p.document, p.request, catalog);
        draft.load();
        ctx.header("Content-Disposition", "attachment; filename=\"" + p.document.downloadName() + "\"");
        ctx.contentType("application/yaml; charset=utf-8");
        ctx.result(draft.download());
    }

    private void report(Context ctx) throws IOException {
        Parsed p = parse(ctx);
        Draft draft = Draft.of(p.document, p.request, catalog);
        ScenarioConfig config = draft.load();
        if (p.replications < 1 || p.replications > Jobs.MAX_REPLICATIONS) {
            throw new Draft.BadRequest("replications must be a whole number from 1 to " + Jobs.MAX_REPLICATIONS);
        }
        if (!reporting.compareAndSet(false, true)) {
            problem(ctx, 503, "", "a full report is being written; wait for it to finish");
            return;
        }
        try {
            List<String> line = new ArrayList<>(commandLine);
            line.add(
                    "(full report of " + p.document.id() + ", " + draft.values().size() + " values changed)");
            Path folder = ModelAdapter.fullReport(
                    config, draft.download(), p.document.downloadName(), outRoot, p.replications, jobs.threads(), line);
            send(
                    ctx,
                    200,
                    Map.of(
                            "folder",
                            folder.toAbsolutePath().toString(),
                            "report",
                            folder.resolve("report.html").toAbsolutePath().toString()));
        } finally {
            reporting.set(false);
        }
    }

    /** A request body: the scenario's name, the page's edits, replications and the page's session. */
    /** {@code seq}: the page's number of the change (higher is newer), or -1 when the client sends none. */
    private record Parsed(
            ScenarioDocument document, Draft.Request request, int replications, String session, long seq) {}

    private Parsed parse(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        if (body == null || !body.isObject()) {
            throw new Draft.BadRequest("the request must be a JSON object");
        }
        String id = body.path("scenario").asText("");
        ScenarioDocument document = library.document(id);
        if (document == null) {
            throw new Draft.BadRequest("no scenario named '" + (id.length() > 80 ? id.substring(0, 80) : id) + "'");
        }
        List<Integer> removed = new ArrayList<>();
        body.path("removed").forEach(n -> removed.add(n.asInt(-1)));
        List<Draft.Added> added = new ArrayList<>();
        body.path("added")
                .forEach(n -> added.add(new Draft.Added(
                        n.path("type").asText(""),
                        n.path("target").asInt(-1),
                        n.path("date").asText(""))));
        if (removed.size() > 1000 || added.size() > Draft.MAX_ADDED_EVENTS) {
            throw new Draft.BadRequest("at most " + Draft.MAX_ADDED_EVENTS + " events can be added to a scenario");
        }
        Map<String, String> values = new LinkedHashMap<>();
        body.path("values")
                .properties()
                .forEach(e -> values.put(e.getKey(), e.getValue().asText("")));
        int replications = body.path("replications").asInt(DEFAULT_REPLICATIONS);
        String session = body.path("session").asText("");
        if (session.length() > 64) {
            session = session.substring(0, 64);
        }
        long seq = body.path("seq").asLong(-1);
        return new Parsed(document, new Draft.Request(id, removed, added, values), replications, session, seq);
    }

    private void problem(Context ctx, int status, String path, String message) {
        send(ctx, status, Map.of("problem", Map.of("path", path, "message", message)));
    }

    private void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
