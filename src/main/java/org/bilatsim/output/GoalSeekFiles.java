package org.bilatsim.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.chart.ChartFiles;
import org.bilatsim.chart.GoalSeekCharts;
import org.bilatsim.chart.Html;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.goalseek.CheapestMix;
import org.bilatsim.experiment.goalseek.Discovery;
import org.bilatsim.experiment.goalseek.Evaluation;
import org.bilatsim.experiment.goalseek.GoalSeek;
import org.bilatsim.experiment.goalseek.LeverRange;
import org.bilatsim.experiment.goalseek.Prim;
import org.bilatsim.experiment.goalseek.ProbabilityInterval;

/**
 * The folders of the "what would it take?" answers, each {@code <root>/<command>-<scenario>/<run-id>/}
 * with its CSV files, charts (PNG and SVG), a report.html whose first paragraph is the answer in one
 * sentence, and manifest.json.
 */
public final class GoalSeekFiles {
    /** The columns of an evaluated point (after the lever values). */
    static final String[] POINT = {
        "successes",
        "replications",
        "probability",
        "probability_low",
        "probability_high",
        "median_total_usd",
        "cost_usd"
    };

    private GoalSeekFiles() {}

    /**
     * What every answer folder records about the search besides its result.
     *
     * @param target   US$/year
     * @param sentence the answer in one sentence
     * @param details  name/value pairs for the report's table and the manifest
     */
    public record Context(
            ScenarioConfig config,
            double target,
            int year,
            double probability,
            double confidence,
            String sentence,
            Map<String, Object> details,
            boolean charts,
            Provenance provenance) {}

    /** The folder of a one-lever goal seek: goalseek.csv (the probability curve), chart, report. */
    public static Path goalSeek(
            Path root, GoalSeek.Result result, String unit, DoubleFunction<String> format, Context context)
            throws IOException {
        return RunFolder.write(
                        root,
                        "goalseek-" + context.config().name(),
                        context.provenance().started(),
                        folder -> {
                            List<Evaluation> curve = result.curve();
                            try (CSVPrinter out = Csv.open(
                                    folder.file("goalseek.csv"),
                                    header(List.of(result.lever().name())))) {
                                for (Evaluation e : curve) {
                                    out.printRecord(
                                            record(List.of(format.apply(e.point()[0])), e, context.confidence()));
                                }
                            }
                            List<String> charts = new ArrayList<>();
                            if (context.charts()) {
                                int n = curve.size();
                                double[] x = new double[n];
                                double[] p = new double[n];
                                double[] lo = new double[n];
                                double[] hi = new double[n];
                                for (int i = 0; i < n; i++) {
                                    ProbabilityInterval pi = curve.get(i).probability(context.confidence());
                                    x[i] = curve.get(i).point()[0];
                                    p[i] = pi.estimate();
                                    lo[i] = pi.lower();
                                    hi[i] = pi.upper();
                                }
                                double answer = result.status() == GoalSeek.Status.NOT_WITHIN_RANGE
                                        ? Double.NaN
                                        : result.requiredValue();
                                ChartFiles.write(
                                        GoalSeekCharts.probabilityCurve(
                                                result.lever().name(),
                                                unit,
                                                x,
                                                p,
                                                lo,
                                                hi,
                                                context.probability(),
                                                answer,
                                                goal(context)),
                                        folder.file("charts"),
                                        "probability-vs-lever");
                                charts.add("probability-vs-lever");
                            }
                            finish(folder, "goalseek", context, charts);
                            return null;
                        })
                .folder();
    }

    /** The folder of a cheapest-mix search: evaluations.csv, frontier.csv, chosen-mix.csv, chart, report. */
    public static Path cheapestMix(
            Path root, CheapestMix.Result result, List<DoubleFunction<String>> formats, Context context)
            throws IOException {
        return RunFolder.write(
                        root,
                        "goalseek-" + context.config().name(),
                        context.provenance().started(),
                        folder -> {
                            List<String> names = result.levers().stream()
                                    .map(LeverRange::name)
                                    .toList();
                            try (CSVPrinter out = Csv.open(folder.file("evaluations.csv"), header(names))) {
                                for (Evaluation e : result.archive()) {
                                    out.printRecord(record(values(e, formats), e, context.confidence()));
                                }
                            }
                            List<String> frontierHeader = new ArrayList<>(List.of("budget_usd"));
                            frontierHeader.addAll(List.of(header(names)));
                            try (CSVPrinter out =
                                    Csv.open(folder.file("frontier.csv"), frontierHeader.toArray(String[]::new))) {
                                for (CheapestMix.FrontierPoint f : result.frontier()) {
                                    if (f.mix() == null) {
                                        continue;
                                    }
                                    List<Object> r = new ArrayList<>(List.of(Csv.n(f.budgetUsd())));
                                    r.addAll(record(values(f.mix(), formats), f.mix(), context.confidence()));
                                    out.printRecord(r);
                                }
                            }
                            try (CSVPrinter out = Csv.open(
                                    folder.file("chosen-mix.csv"), "lever", "current", "lower", "upper", "chosen")) {
                                for (int i = 0; i < names.size(); i++) {
                                    LeverRange l = result.levers().get(i);
                                    out.printRecord(
                                            l.name(),
                                            formats.get(i).apply(l.current()),
                                            formats.get(i).apply(l.lower()),
                                            formats.get(i).apply(l.upper()),
                                            formats.get(i).apply(result.best().point()[i]));
                                }
                            }
                            try (CSVPrinter out = Csv.open(
                                    folder.file("chosen-mix-probability.csv"),
                                    "seeds",
                                    "successes",
                                    "replications",
                                    "probability",
                                    "probability_low",
                                    "probability_high",
                                    "cost_usd")) {
                                for (var row : List.of(
                                        Map.entry("search", result.best()), Map.entry("fresh", result.fresh()))) {
                                    ProbabilityInterval p = row.getValue().probability(context.confidence());
                                    out.printRecord(
                                            row.getKey(),
                                            p.successes(),
                                            p.trials(),
                                            Csv.n(p.estimate()),
                                            Csv.n(p.lower()),
                                            Csv.n(p.upper()),
                                            Csv.n(row.getValue().costUsd()));
                                }
                            }
                            List<String> charts = new ArrayList<>();
                            if (context.charts()) {
                                int n = result.archive().size();
                                double[] cost = new double[n];
                                double[] p = new double[n];
                                for (int i = 0; i < n; i++) {
                                    cost[i] = result.archive().get(i).costUsd();
                                    p[i] = result.archive()
                                            .get(i)
                                            .probability(context.confidence())
                                            .estimate();
                                }
                                List<Evaluation> front = result.nonDominated();
                                double[] fc = front.stream()
                                        .mapToDouble(Evaluation::costUsd)
                                        .toArray();
                                double[] fp = front.stream()
                                        .mapToDouble(e -> e.probability(context.confidence())
                                                .estimate())
                                        .toArray();
                                boolean found = result.status() == CheapestMix.Status.FOUND;
                                ChartFiles.write(
                                        GoalSeekCharts.frontier(
                                                cost,
                                                p,
                                                fc,
                                                fp,
                                                found ? result.best().costUsd() : Double.NaN,
                                                found
                                                        ? result.best()
                                                                .probability(context.confidence())
                                                                .estimate()
                                                        : Double.NaN,
                                                context.probability(),
                                                goal(context)),
                                        folder.file("charts"),
                                        "frontier");
                                charts.add("frontier");
                                double[] median = result.archive().stream()
                                        .mapToDouble(Evaluation::medianStatistic)
                                        .toArray();
                                List<CheapestMix.FrontierPoint> budgets = result.frontier().stream()
                                        .filter(b -> b.mix() != null)
                                        .toList();
                                ChartFiles.write(
                                        GoalSeekCharts.frontierTrade(
                                                cost,
                                                median,
                                                budgets.stream()
                                                        .mapToDouble(
                                                                b -> b.mix().costUsd())
                                                        .toArray(),
                                                budgets.stream()
                                                        .mapToDouble(
                                                                b -> b.mix().medianStatistic())
                                                        .toArray(),
                                                context.target(),
                                                goal(context)),
                                        folder.file("charts"),
                                        "frontier-trade");
                                charts.add("frontier-trade");
                            }
                            finish(folder, "goalseek", context, charts);
                            return null;
                        })
                .folder();
    }

    /** The folder of a discovery: discovery.csv, prim-trajectory.csv, prim-boxes.csv, charts, report. */
    public static Path discovery(
            Path root, Discovery.Result result, List<DoubleFunction<String>> formats, Context context)
            throws IOException {
        return RunFolder.write(
                        root,
                        "discover-" + context.config().name(),
                        context.provenance().started(),
                        folder -> {
                            List<String> names = result.dimensions().stream()
                                    .map(Discovery.Dimension::name)
                                    .toList();
                            List<String> head = new ArrayList<>(List.of("sample"));
                            head.addAll(List.of(header(names)));
                            head.add("reached");
                            try (CSVPrinter out = Csv.open(folder.file("discovery.csv"), head.toArray(String[]::new))) {
                                for (Discovery.Sample s : result.samples()) {
                                    List<Object> r = new ArrayList<>(List.of(s.index()));
                                    r.addAll(record(
                                            values(s.evaluation(), formats), s.evaluation(), context.confidence()));
                                    r.add(s.reached());
                                    out.printRecord(r);
                                }
                            }
                            Prim.Result prim = result.prim();
                            List<String> trajectoryHeader = new ArrayList<>(List.of(
                                    "box",
                                    "step",
                                    "selected",
                                    "pasted",
                                    "points",
                                    "cases",
                                    "coverage",
                                    "density",
                                    "mass",
                                    "restricted_dimensions"));
                            for (String name : names) {
                                trajectoryHeader.add(name + "_lower");
                                trajectoryHeader.add(name + "_upper");
                            }
                            try (CSVPrinter out = Csv.open(
                                    folder.file("prim-trajectory.csv"), trajectoryHeader.toArray(String[]::new))) {
                                for (int b = 0; b < prim.boxes().size(); b++) {
                                    Prim.Box box = prim.boxes().get(b);
                                    for (int s = 0; s < box.trajectory().size(); s++) {
                                        Prim.Step step = box.trajectory().get(s);
                                        List<Object> r = new ArrayList<>(List.of(
                                                b + 1,
                                                s,
                                                s == box.selected(),
                                                step.pasted(),
                                                step.points(),
                                                step.cases(),
                                                Csv.n(step.coverage()),
                                                Csv.n(step.density()),
                                                Csv.n(step.mass()),
                                                step.restricted()));
                                        for (int j = 0; j < names.size(); j++) {
                                            r.add(Csv.n(step.lower()[j]));
                                            r.add(Csv.n(step.upper()[j]));
                                        }
                                        out.printRecord(r);
                                    }
                                }
                            }
                            try (CSVPrinter out = Csv.open(
                                    folder.file("prim-boxes.csv"),
                                    "box",
                                    "meets_threshold",
                                    "coverage",
                                    "density",
                                    "mass",
                                    "dimension",
                                    "restricted",
                                    "lower",
                                    "upper",
                                    "sampled_lower",
                                    "sampled_upper")) {
                                for (int b = 0; b < prim.boxes().size(); b++) {
                                    Prim.Box box = prim.boxes().get(b);
                                    Prim.Step step = box.box();
                                    for (int j = 0; j < names.size(); j++) {
                                        boolean restricted = step.lower()[j] != prim.initialLower()[j]
                                                || step.upper()[j] != prim.initialUpper()[j];
                                        out.printRecord(
                                                b + 1,
                                                box.meetsThreshold(),
                                                Csv.n(step.coverage()),
                                                Csv.n(step.density()),
                                                Csv.n(step.mass()),
                                                names.get(j),
                                                restricted,
                                                Csv.n(step.lower()[j]),
                                                Csv.n(step.upper()[j]),
                                                Csv.n(prim.initialLower()[j]),
                                                Csv.n(prim.initialUpper()[j]));
                                    }
                                }
                            }
                            List<String> charts = new ArrayList<>();
                            if (context.charts()) {
                                for (int b = 0; b < prim.boxes().size(); b++) {
                                    Prim.Box box = prim.boxes().get(b);
                                    double[] coverage = box.trajectory().stream()
                                            .mapToDouble(Prim.Step::coverage)
                                            .toArray();
                                    double[] density = box.trajectory().stream()
                                            .mapToDouble(Prim.Step::density)
                                            .toArray();
                                    ChartFiles.write(
                                            GoalSeekCharts.primTrajectory(
                                                    coverage,
                                                    density,
                                                    box.selected(),
                                                    "Scenario discovery, box " + (b + 1)
                                                            + ": coverage against density"),
                                            folder.file("charts"),
                                            "prim-trajectory-" + (b + 1));
                                    charts.add("prim-trajectory-" + (b + 1));
                                    Prim.Step s = box.box();
                                    ChartFiles.write(
                                            GoalSeekCharts.primBox(
                                                    names,
                                                    prim.initialLower(),
                                                    prim.initialUpper(),
                                                    s.lower(),
                                                    s.upper(),
                                                    "Scenario discovery, box " + (b + 1)
                                                            + ": where the target is reached",
                                                    String.format(
                                                            java.util.Locale.ROOT,
                                                            "coverage %.2f, density %.2f, mass %.2f%s",
                                                            s.coverage(),
                                                            s.density(),
                                                            s.mass(),
                                                            box.meetsThreshold()
                                                                    ? ""
                                                                    : " (below the density threshold)")),
                                            folder.file("charts"),
                                            "prim-box-" + (b + 1));
                                    charts.add("prim-box-" + (b + 1));
                                }
                            }
                            finish(folder, "discover", context, charts);
                            return null;
                        })
                .folder();
    }

    private static String[] header(List<String> leverNames) {
        List<String> h = new ArrayList<>(leverNames);
        h.addAll(List.of(POINT));
        return h.toArray(String[]::new);
    }

    private static List<String> values(Evaluation e, List<DoubleFunction<String>> formats) {
        List<String> v = new ArrayList<>();
        double[] point = e.point();
        for (int i = 0; i < point.length; i++) {
            v.add(formats.get(i).apply(point[i]));
        }
        return v;
    }

    private static List<Object> record(List<String> leverValues, Evaluation e, double confidence) {
        ProbabilityInterval p = e.probability(confidence);
        List<Object> r = new ArrayList<>(leverValues);
        r.addAll(List.of(
                p.successes(),
                p.trials(),
                Csv.n(p.estimate()),
                Csv.n(p.lower()),
                Csv.n(p.upper()),
                Csv.n(e.medianStatistic()),
                Csv.n(e.costUsd())));
        return r;
    }

    private static String goal(Context c) {
        return String.format(
                java.util.Locale.ROOT,
                "Target: US$%,.0f two-way trade by %d, with P at least %s",
                c.target(),
                c.year(),
                c.probability());
    }

    private static void finish(RunFolder folder, String command, Context context, List<String> charts)
            throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(command + ": " + context.config().name()))
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}")
                .append("p.answer{font-size:1.25em;border-left:4px solid #0072B2;padding-left:.8em}")
                .append("td,th{padding:2px 10px;text-align:left;vertical-align:top}img{max-width:100%}")
                .append("</style></head><body>\n<h1>What would it take? ")
                .append(Html.escape(context.config().name()))
                .append("</h1>\n<p class=\"answer\">")
                .append(Html.escape(context.sentence()))
                .append("</p>\n<table>\n");
        for (Map.Entry<String, Object> e : context.details().entrySet()) {
            html.append("<tr><th>")
                    .append(Html.escape(e.getKey()))
                    .append("</th><td>")
                    .append(Html.escape(String.valueOf(e.getValue())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (String chart : charts) {
            html.append("<p><img src=\"charts/")
                    .append(chart)
                    .append(".png\" alt=\"")
                    .append(chart)
                    .append("\"></p>\n");
        }
        html.append("</body></html>\n");
        Files.writeString(folder.file("report.html"), html, StandardCharsets.UTF_8);
        Files.writeString(folder.file("answer.txt"), context.sentence() + "\n", StandardCharsets.UTF_8);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("command", command);
        extra.put("answer", context.sentence());
        extra.putAll(context.details());
        context.provenance().writeManifest(folder, context.config(), extra);
    }
}
