package org.bilatsim.explore;

import java.util.List;
import org.bilatsim.config.YamlNode;

/**
 * Which controls a scenario has: for each lever, its override path, label, unit, range, step, the
 * scenario's value and the source or ASSUMPTION mark of the value's line. The server and the page
 * know controls only through this interface; {@link SchemaControlCatalog} derives them from the
 * scenario's YAML tree and the declared config schema ({@code config.ConfigSchema}).
 */
public interface ControlCatalog {

    /**
     * @param document   the scenario as loaded (for comments and its time span)
     * @param tree       the tree being explored (events added or removed)
     * @param eventPaths for each item of {@code tree}'s events list, the path the page uses for it
     *                   ("events.3" for the file's fourth event, "added.0" for the first one added)
     */
    List<Group> groups(ScenarioDocument document, YamlNode.Mapping tree, List<String> eventPaths);

    /** A panel of related controls, e.g. one duty line or one dated event. */
    record Group(String section, String title, String note, String mark, String removePath, List<Control> controls) {}

    /**
     * One control.
     *
     * @param path     the override path the page sends ({@code tariffs.0.customs}, {@code events.2.rate})
     * @param kind     "number" or "month"
     * @param value    the scenario's value as written (or the loader's default when the key is absent)
     * @param min      lower end of the slider (numbers), or the first month
     * @param max      upper end of the slider (numbers), or the last month
     * @param mark     SOURCED, ESTIMATE, DERIVED, ASSUMPTION, or NONE when the line has no comment
     * @param source   the comment of the value's line (its source), may be empty
     * @param percent  whether the page shows the value as a percentage (fractions of customs value)
     * @param schemaPath the schema entry's path pattern ({@code events[duty].rate})
     * @param limitMin the loader's lower limit (the schema's range; "" if none): a typed value below it is
     *                 refused with the loader's message, whatever the slider's window
     * @param limitMax the loader's upper limit, "" if none
     */
    record Control(
            String path,
            String label,
            String unit,
            String kind,
            String value,
            String min,
            String max,
            String step,
            String mark,
            String source,
            String help,
            boolean percent,
            String schemaPath,
            String limitMin,
            String limitMax) {}

    /** The mark of a comment: what kind of number its line holds. */
    static String mark(String comment) {
        String upper = comment.toUpperCase(java.util.Locale.ROOT);
        if (comment.isBlank()) {
            return "NONE";
        }
        if (upper.contains("ASSUMPTION") || upper.contains("ASSUMED")) {
            return "ASSUMPTION";
        }
        if (upper.contains("ESTIMATE")) {
            return "ESTIMATE";
        }
        if (upper.contains("DERIVED")) {
            return "DERIVED";
        }
        return "SOURCED";
    }
}
