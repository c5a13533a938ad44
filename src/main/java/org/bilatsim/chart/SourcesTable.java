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
 * beside the results ({@code key: value  # source or ESTIMATE/ASSUMPTION note}).
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

    /** Rows listed in the report; the bundled scenarios have a few hundred. */
    static final int MAX_ROWS = 2000;

    static void html(StringBuilder h, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
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
        // direction, 21 MB of HTML): the report lists the first MAX_ROWS, the files hold them all.
        for (Row r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            h.append("<tr><td>")
                    .append(Html.escape(r.file()))
                    .append(':')
                    .append(r.line())
                    .append("</td><td>")
                    .append(Html.escape(r.key()))
                    .append("</td><td>")
                    .append(Html.escape(r.value()))
                    .append("</td><td>")
                    .append(r.mark())
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
}
