package org.bilatsim.explore;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.Lever;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.YamlNode;

/**
 * What the page asks for, made into a scenario through the loader: the document's tree with events
 * removed and added, its YAML text, and the control values as {@code --set} overrides. The page
 * names an event by its place in the file ({@code events.3}) or among the added ones
 * ({@code added.0}); here those become indices of the edited list, and a message about
 * {@code events[k]} is put back on the page's name of that event.
 */
public final class Draft {
    /** Most events a student may add to one scenario (each adds a few lines of YAML). */
    public static final int MAX_ADDED_EVENTS = 20;
    /** Most changed values in one request (a scenario has a few hundred controls). */
    public static final int MAX_VALUES = 1000;
    /** Longest value accepted from the page. */
    public static final int MAX_VALUE_LENGTH = 64;

    /** An event the page adds: a lever type, one of its targets, a month. */
    public record Added(String type, int target, String date) {}

    /** A problem, placed on the page's path of the control it concerns (or "" for the scenario). */
    public record Problem(String path, String message) {}

    /** The page's request, as received. */
    public record Request(String scenario, List<Integer> removed, List<Added> added, Map<String, String> values) {}

    private final ScenarioDocument document;
    private final YamlNode.Mapping tree;
    private final List<String> eventPaths;
    private final List<ControlCatalog.Group> groups;
    private final Map<String, String> values;
    private final List<String> overrides = new ArrayList<>();
    private final List<String> header;

    private Draft(
            ScenarioDocument document,
            YamlNode.Mapping tree,
            List<String> eventPaths,
            List<ControlCatalog.Group> groups,
            Map<String, String> values,
            List<String> header) {
        this.document = document;
        this.tree = tree;
        this.eventPaths = eventPaths;
        this.groups = groups;
        this.values = values;
        this.header = header;
    }

    /** Thrown for a request the page should not have sent (HTTP 400); the loader's problems come back as {@link Problem}s. */
    public static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** Edits the document's events and checks the values' paths; the values are not yet loaded. */
    public static Draft of(ScenarioDocument document, Request request, ControlCatalog catalog) {
        List<YamlNode> original = document.list("events");
        List<Integer> removed = request.removed() == null ? List.of() : request.removed();
        List<Added> added = request.added() == null ? List.of() : request.added();
        if (added.size() > MAX_ADDED_EVENTS) {
            throw new BadRequest("at most " + MAX_ADDED_EVENTS + " events can be added to a scenario");
        }
        for (int r : removed) {
            if (r < 0 || r >= original.size()) {
                throw new BadRequest(
                        "events." + r + " is not an event of the scenario (it has " + original.size() + ")");
            }
        }
        List<EventTemplates.LeverChoice> levers = EventTemplates.levers(document.baseline());
        List<YamlNode> events = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (removed.contains(i)) {
                header.add("removed: the file's event " + i + " (" + describe(original.get(i)) + ")");
            } else {
                events.add(original.get(i));
                paths.add("events." + i);
            }
        }
        for (int j = 0; j < added.size(); j++) {
            Added a = added.get(j);
            EventTemplates.LeverChoice lever = levers.stream()
                    .filter(l -> l.type().equals(a.type()))
                    .findFirst()
                    .orElseThrow(() -> new BadRequest("no lever type '" + shorten(a.type()) + "' in this scenario"));
            if (a.target() < 0 || a.target() >= lever.targets().size()) {
                throw new BadRequest("no target " + a.target() + " for a " + lever.label());
            }
            String date = a.date() == null ? "" : a.date();
            if (date.length() > MAX_VALUE_LENGTH) {
                throw new BadRequest("a month is written YYYY-MM");
            }
            EventTemplates.Target target = lever.targets().get(a.target());
            events.add(EventTemplates.item(a.type(), target, date));
            paths.add("added." + j);
            header.add("added: " + lever.label() + ", " + target.label() + ", from " + date);
        }
        Map<String, String> requested = request.values() == null ? Map.of() : request.values();
        policyEvents(document, requested, events, paths, header);
        YamlNode.Mapping tree = document.tree();
        if (!original.isEmpty() || !events.isEmpty()) {
            tree = tree.with("events", new YamlNode.Sequence(EventTemplates.ADDED, events), EventTemplates.ADDED);
        }
        List<ControlCatalog.Group> groups = catalog.groups(document, tree, paths);
        Set<String> known = groups.stream()
                .flatMap(g -> g.controls().stream())
                .map(ControlCatalog.Control::path)
                .collect(Collectors.toSet());
        Map<String, String> values = new LinkedHashMap<>();
        if (requested.size() > MAX_VALUES) {
            throw new BadRequest("at most " + MAX_VALUES + " values in one request");
        }
        for (var entry : requested.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new BadRequest("'" + shorten(entry.getKey()) + "' is not a control of this scenario");
            }
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (value.length() > MAX_VALUE_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
                throw new BadRequest("the value of " + entry.getKey() + " is not a number or a month");
            }
            values.put(entry.getKey(), value);
        }
        Draft draft = new Draft(document, tree, paths, groups, values, header);
        for (var entry : values.entrySet()) {
            if (!entry.getKey().startsWith(SchemaControlCatalog.POLICY + ".")) {
                draft.overrides.add(draft.loaderPath(entry.getKey()) + "=" + entry.getValue());
            }
        }
        return draft;
    }

    /**
     * The duty policy controls the page moved ({@code policy.<i>.date}, {@code policy.<i>.rate}), as
     * dated {@code duty} events on the customs layer, appended after the other events: a policy
     * change enters the scenario as an event, through the loader, and the downloaded file has it.
     * The control's value is written into the event (the loader checks it there, and its message
     * comes back on {@code policy.<i>.rate}); the other field keeps the control's shown value.
     */
    private static void policyEvents(
            ScenarioDocument document,
            Map<String, String> requested,
            List<YamlNode> events,
            List<String> paths,
            List<String> header) {
        List<EventTemplates.Target> targets = EventTemplates.dutyTargets(document.baseline());
        Map<Integer, Map<String, String>> moved = new java.util.TreeMap<>();
        for (var entry : requested.entrySet()) {
            Matcher m = POLICY_PATH.matcher(entry.getKey());
            if (m.matches()) {
                int i = Integer.parseInt(m.group(1));
                if (i >= targets.size()) {
                    throw new BadRequest("'" + shorten(entry.getKey()) + "' is not a control of this scenario");
                }
                String value = entry.getValue() == null ? "" : entry.getValue().strip();
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new BadRequest("the value of " + entry.getKey() + " is not a number or a month");
                }
                moved.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(m.group(2), value);
            }
        }
        if (moved.size() > MAX_ADDED_EVENTS) {
            throw new BadRequest("at most " + MAX_ADDED_EVENTS + " duty policies can be set at once");
        }
        String firstDate = EventTemplates.firstDate(document.baseline());
        for (var entry : moved.entrySet()) {
            EventTemplates.Target base = targets.get(entry.getKey());
            Map<String, String> fields = new LinkedHashMap<>(base.fields());
            String date = entry.getValue().getOrDefault("date", firstDate);
            fields.put("rate", entry.getValue().getOrDefault("rate", fields.get("rate")));
            events.add(EventTemplates.item(
                    Lever.DUTY.configName(), new EventTemplates.Target(base.label(), fields), date));
            paths.add(SchemaControlCatalog.POLICY + "." + entry.getKey());
            header.add("duty policy: " + base.label() + ", customs " + fields.get("rate") + " from " + date);
        }
    }

    private static final Pattern POLICY_PATH = Pattern.compile(SchemaControlCatalog.POLICY + "\\.(\\d+)\\.(date|rate)");

    public List<ControlCatalog.Group> groups() {
        return groups;
    }

    /** The {@code --set} overrides of this draft, on the loader's paths. */
    public List<String> overrides() {
        return List.copyOf(overrides);
    }

    /** The values that differ from the scenario as written, by the page's path. */
    public Map<String, String> values() {
        return values;
    }

    /** The YAML text the loader reads (without the values: they are overrides). */
    public String text() {
        return YamlWriter.write(tree, header(false), this::comment);
    }

    /**
     * Loads the draft through the loader. Throws {@link LoadFailed} with the loader's message, placed
     * on the control it concerns.
     */
    public ScenarioConfig load() {
        try {
            return ConfigLoader.parse(document.downloadName(), text(), overrides);
        } catch (ConfigException e) {
            throw new LoadFailed(new Problem(pagePath(e), e.getMessage()));
        }
    }

    /** The standalone scenario with every value written in (what "Download scenario" gives). */
    public String download() {
        YamlNode.Mapping baked = tree;
        Map<YamlNode.Scalar, String> notes = new IdentityHashMap<>();
        for (var entry : values.entrySet()) {
            if (entry.getKey().startsWith(SchemaControlCatalog.POLICY + ".")) {
                continue;
            }
            baked = (YamlNode.Mapping)
                    set(baked, List.of(loaderPath(entry.getKey()).split("\\.")), 0, entry.getValue(), notes);
        }
        return YamlWriter.write(
                baked, header(true), scalar -> notes.containsKey(scalar) ? notes.get(scalar) : comment(scalar));
    }

    /** A loader problem, for the page. */
    public static final class LoadFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        LoadFailed(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private String comment(YamlNode.Scalar scalar) {
        return scalar.location() == null ? "" : document.comment(scalar.location());
    }

    private List<String> header(boolean withValues) {
        List<String> lines = new ArrayList<>();
        lines.add("Written by bilatsim explore from " + document.id() + " (and the files it extends, merged), with");
        lines.add("each value's source comment kept. Run it with: ./bilatsim run " + document.downloadName() + " -n N");
        lines.addAll(header);
        if (withValues) {
            // A duty policy control is written as its event (and said so above), not as a changed key.
            values.forEach((path, value) -> {
                if (!path.startsWith(SchemaControlCatalog.POLICY + ".")) {
                    lines.add("changed: " + path + " = " + value);
                }
            });
        }
        return lines;
    }

    private YamlNode set(
            YamlNode node, List<String> steps, int index, String value, Map<YamlNode.Scalar, String> notes) {
        String step = steps.get(index);
        boolean last = index == steps.size() - 1;
        if (node instanceof YamlNode.Mapping m) {
            YamlNode child = m.entries().get(step);
            if (last) {
                YamlNode.Scalar scalar = new YamlNode.Scalar(EventTemplates.ADDED, value, false);
                String was = child instanceof YamlNode.Scalar s ? s.text() : null;
                String source = child instanceof YamlNode.Scalar s ? comment(s) : "";
                notes.put(
                        scalar,
                        "set in the explorer" + (was == null ? "" : " (was " + was + ")")
                                + (source.isEmpty() ? "" : "; " + source));
                return m.with(step, scalar, EventTemplates.ADDED);
            }
            return m.with(step, set(child, steps, index + 1, value, notes), EventTemplates.ADDED);
        }
        YamlNode.Sequence s = (YamlNode.Sequence) node;
        int i = Integer.parseInt(step);
        return s.with(i, set(s.items().get(i), steps, index + 1, value, notes));
    }

    /** The page's path of a control as a loader path: an event's place in the edited list. */
    String loaderPath(String pagePath) {
        String[] steps = pagePath.split("\\.", 3);
        if (steps.length >= 2 && (steps[0].equals("events") || steps[0].equals("added"))) {
            int k = eventPaths.indexOf(steps[0] + "." + steps[1]);
            return "events." + k + (steps.length == 3 ? "." + steps[2] : "");
        }
        return pagePath;
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The page's path of the key a loader message names ("events[4].rate = '2'" → "added.0.rate"). */
    String pagePath(ConfigException e) {
        String key = e.keyPath();
        int equals = key.indexOf(" = ");
        if (equals >= 0) {
            key = key.substring(0, equals);
        }
        Matcher m = INDEX.matcher(key);
        key = m.replaceAll(".$1");
        String[] steps = key.split("\\.", 3);
        if (steps.length >= 2 && steps[0].equals("events")) {
            try {
                int k = Integer.parseInt(steps[1]);
                if (k >= 0 && k < eventPaths.size()) {
                    key = eventPaths.get(k) + (steps.length == 3 ? "." + steps[2] : "");
                }
            } catch (NumberFormatException notAnIndex) {
                return key;
            }
        }
        return key;
    }

    private static String describe(YamlNode event) {
        if (event instanceof YamlNode.Mapping m) {
            return SchemaControlCatalog.text(m, "type") + " on " + SchemaControlCatalog.text(m, "date");
        }
        return "an event";
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text;
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }
}
