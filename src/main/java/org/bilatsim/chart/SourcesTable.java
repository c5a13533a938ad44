package org.bilatsim.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The assumptions and sources table of a report: every commented value in the scenario files copied
 * beside the results ({@code key: value  # source or ESTIMATE/ASSUMPTION note}), with what the run
 * changed from them (manifest {@code changes}: {@code --set} overrides and values an extending file
 * states in place of its base's) and the uncertain parameters it drew per replication (manifest
 * {@code uncertainParameters}): a changed value's row shows the file's value and the value that ran,
 * so the table never shows a file's value as the one that ran when another did.
 */
final class SourcesTable {
    /** One commented value. */
    record Row(String file, int line, String key, String value, String note) {
        String mark() {
            String upper = note.toUpperCase(Locale.ROOT);
            for (String mark : List.of("ASSUMPTION", "ESTIMATE", "DERIVED")) {
                if (upper.contains(mark)) {
                    return mark.toLowerCase(Locale.ROOT);
                }
            }
            return "sourced";
        }
    }

    /** One value the run changed from a file (a manifest {@code changes} entry). */
    record Changed(String path, String by, String was, String wasWhere, String value, String valueWhere) {
        /** The file name and line a location names ("a/b/base.yaml:12:7" gives base.yaml and 12), or null. */
        static String fileLine(String where) {
            Matcher m = WHERE.matcher(where);
            return m.matches() ? Path.of(m.group(1)).getFileName() + ":" + m.group(2) : null;
        }
    }

    /** One uncertain parameter (a manifest {@code uncertainParameters} entry). */
    record Uncertain(String path, String where, String distribution, String source) {}

    private static final Pattern WHERE = Pattern.compile("^(.+):(\\d+):\\d+$");

    private static final Pattern COMMENTED =
            Pattern.compile("^\\s*-?\\s*([A-Za-z][A-Za-z0-9_-]*):\\s*([^#]*?)\\s+#\\s*(.+)$");

    private SourcesTable() {}

    static List<Row> read(Path folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = COMMENTED.matcher(lines.get(i));
                if (m.matches()) {
                    rows.add(new Row(file.getFileName().toString(), i + 1, m.group(1), m.group(2), m.group(3)));
                }
            }
        }
        return rows;
    }

    static List<Changed> changes(com.fasterxml.jackson.databind.JsonNode manifest) {
        List<Changed> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode c : manifest.path("changes")) {
            out.add(new Changed(
                    c.path("path").asText(),
                    c.path("by").asText(),
                    c.path("was").isNull() ? null : c.path("was").asText(),
                    c.path("wasWhere").asText(""),
                    c.path("value").asText(),
                    c.path("valueWhere").asText("")));
        }
        return out;
    }

    static List<Uncertain> uncertain(com.fasterxml.jackson.databind.JsonNode manifest) {
        List<Uncertain> out = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode u : manifest.path("uncertainParameters")) {
            out.add(new Uncertain(
                    u.path("path").asText(),
                    u.path("where").asText(""),
                    u.path("distribution").asText(),
                    u.path("source").asText("")));
        }
        return out;
    }

    /** Rows listed in the report; the bundled scenarios have a few hundred. */
    static final int MAX_ROWS = 2000;

    static void html(StringBuilder h, List<Row> rows) {
        html(h, rows, List.of(), List.of(), false);
    }

    /**
     * @param fixed whether the uncertain parameters ran at their medians ({@code --fixed-parameters})
     */
    static void html(StringBuilder h, List<Row> rows, List<Changed> changes, List<Uncertain> uncertain, boolean fixed) {
        if (rows.isEmpty() && changes.isEmpty() && uncertain.isEmpty()) {
            return;
        }
        java.util.Map<String, Changed> byLine = new java.util.HashMap<>();
        for (Changed c : changes) {
            // A --set is shown on the line of the value it replaced; an extending file's value on its own line.
            String line = Changed.fileLine(c.by().equals("--set") ? c.wasWhere() : c.valueWhere());
            if (line != null) {
                byLine.put(line, c);
            }
        }
        java.util.Map<String, Uncertain> drawnAt = new java.util.HashMap<>();
        for (Uncertain u : uncertain) {
            String line = Changed.fileLine(u.where());
            if (line != null) {
                drawnAt.put(line, u);
            }
        }
        changedTable(h, changes, uncertain, fixed);
        long assumptions =
                rows.stream().filter(r -> r.mark().equals("assumption")).count();
        long estimates = rows.stream()
                .filter(r -> r.mark().equals("estimate") || r.mark().equals("derived"))
                .count();
        h.append("<section id=\"sources\">\n<h2>Assumptions and sources</h2>\n<p>")
                .append(rows.size())
                .append(" commented values in the scenario files: ")
                .append(rows.size() - assumptions - estimates)
                .append(" sourced, ")
                .append(estimates)
                .append(" estimated or derived from sources, ")
                .append(assumptions)
                .append(
                        " assumptions (no source gives them; candidates for a sweep).</p>\n<details>\n<summary>The table")
                .append("</summary>\n<table>\n<thead><tr><th>file:line</th><th>key</th><th>value</th><th>kind</th>")
                .append("<th>source or note</th></tr></thead>\n<tbody>\n");
        // A calibrated scenario has a commented value per product line (120,000 at 5,000 products per
        // direction, 21 MB of HTML): the report lists the first MAX_ROWS, the files hold them all (the
        // changed values are all in the table above).
        for (Row r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            Changed changed = byLine.get(r.file() + ":" + r.line());
            Uncertain drawn = drawnAt.get(r.file() + ":" + r.line());
            String value = r.value();
            String kind = r.mark();
            if (changed != null && changed.by().equals("--set")) {
                value = r.value() + " → " + changed.value() + " (--set)";
                kind = "changed (was " + r.mark() + ")";
            } else if (changed != null && changed.was() != null) {
                value = changed.was() + " → " + r.value() + " (extends)";
                kind = "changed: " + r.mark();
            }
            if (drawn != null && changed == null) {
                value = fixed ? r.value() + " (fixed at the median)" : r.value() + " (drawn per replication)";
            }
            h.append("<tr")
                    .append(changed != null ? " class=\"changed\"" : "")
                    .append("><td>")
                    .append(Html.escape(r.file()))
                    .append(':')
                    .append(r.line())
                    .append("</td><td>")
                    .append(Html.escape(r.key()))
                    .append("</td><td>")
                    .append(Html.escape(value))
                    .append("</td><td>")
                    .append(Html.escape(kind))
                    .append("</td><td>")
                    .append(Html.escape(r.note()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (rows.size() > MAX_ROWS) {
            h.append("<p class=\"muted\">The table shows the first ")
                    .append(MAX_ROWS)
                    .append(" of ")
                    .append(rows.size())
                    .append(" commented values; every value and its comment is in the scenario files as run, ")
                    .append("<code>scenario/</code> in this folder.</p>\n");
        }
        h.append("</details>\n</section>\n");
    }

    /** The values that ran other than as the files state them, shown open above the full table. */
    private static void changedTable(StringBuilder h, List<Changed> changes, List<Uncertain> uncertain, boolean fixed) {
        if (changes.isEmpty() && uncertain.isEmpty()) {
            return;
        }
        h.append("<section id=\"changes\">\n<h2>Changed from the files</h2>\n");
        if (!changes.isEmpty()) {
            h.append("<table>\n<thead><tr><th>key</th><th>in the file</th><th>ran with</th><th>by</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (Changed c : changes) {
                h.append("<tr class=\"changed\"><td>")
                        .append(Html.escape(c.path()))
                        .append("</td><td>")
                        .append(
                                c.was() == null
                                        ? "(not set)"
                                        : Html.escape(c.was()) + " <span class=\"muted\">" + Html.escape(c.wasWhere())
                                                + "</span>")
                        .append("</td><td>")
                        .append(Html.escape(c.value()))
                        .append(" <span class=\"muted\">")
                        .append(Html.escape(c.valueWhere()))
                        .append("</span></td><td>")
                        .append(Html.escape(c.by()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!uncertain.isEmpty()) {
            h.append("<p>")
                    .append(uncertain.size())
                    .append(
                            fixed
                                    ? " uncertain parameters ran at their medians (--fixed-parameters): the bands hold no "
                                            + "parameter uncertainty.</p>\n"
                                    : " uncertain parameters were drawn anew in every replication (Latin hypercube; each "
                                            + "replication's values are in parameters.csv).</p>\n")
                    .append("<table>\n<thead><tr><th>key</th><th>distribution</th><th>reasoning</th></tr></thead>\n")
                    .append("<tbody>\n");
            for (Uncertain u : uncertain) {
                h.append("<tr><td>")
                        .append(Html.escape(u.path()))
                        .append("</td><td>")
                        .append(Html.escape(u.distribution()))
                        .append("</td><td>")
                        .append(Html.escape(u.source()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }
}
