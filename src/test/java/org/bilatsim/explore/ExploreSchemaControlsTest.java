package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bilatsim.config.ConfigSchema;
import org.bilatsim.config.Lever;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The explorer's controls and event templates come from the declared config schema. */
class ExploreSchemaControlsTest {
    static Stream<Path> bundled() throws IOException {
        return ScenarioLibrary.bundled(Path.of("configs")).stream();
    }

    static String limit(double x) {
        return Double.isFinite(x) ? SchemaControlCatalog.plain(x) : "";
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyControlHasASchemaEntryAndShowsItsRangeUnitAndDescription(Path file) {
        ScenarioDocument document = ScenarioDocument.read(file.toString(), file);
        Draft draft = Draft.of(
                document,
                new Draft.Request(file.toString(), List.of(), List.of(), Map.of()),
                new SchemaControlCatalog());
        ScenarioConfig config = document.baseline();
        int checked = 0;
        for (ControlCatalog.Group group : draft.groups()) {
            for (ControlCatalog.Control c : group.controls()) {
                ConfigSchema.Entry entry = ConfigSchema.entry(c.schemaPath());
                assertTrue(c.help().startsWith(entry.description()), c.path() + ": " + c.help());
                if (entry.type() == ConfigSchema.Type.MONTH) {
                    assertEquals("month", c.kind(), c.path());
                    assertEquals(config.start().toString(), c.limitMin(), c.path());
                    assertEquals(config.end().toString(), c.limitMax(), c.path());
                    continue;
                }
                assertTrue(entry.type().numeric(), c.path() + " is " + entry.type());
                assertEquals(limit(entry.min()), c.limitMin(), c.path());
                assertEquals(limit(entry.max()), c.limitMax(), c.path());
                assertEquals(entry.unit(), c.unit(), c.path());
                double min = Double.parseDouble(c.min());
                double max = Double.parseDouble(c.max());
                double value = Double.parseDouble(c.value().replace("_", ""));
                assertTrue(min <= value && value <= max, c.path() + " " + c.value() + " outside " + min + ".." + max);
                // A slider narrower than the loader's range says so (the loader's range stays the limit).
                boolean narrower = min > entry.min() || max < entry.max();
                assertEquals(narrower, c.help().contains("the slider spans"), c.path() + ": " + c.help());
                if (narrower) {
                    assertTrue(
                            c.help()
                                    .contains("the loader accepts "
                                            + entry.range().describe()),
                            c.help());
                }
                assertTrue(min >= entry.min() && max <= entry.max(), c.path() + " slider outside the loader's range");
                if (c.mark().equals("DEFAULT")) {
                    assertEquals(
                            SchemaControlCatalog.plain(((Number) entry.defaultValue()).doubleValue()),
                            c.value(),
                            c.path());
                }
                checked++;
            }
        }
        assertTrue(checked >= 5, "numeric controls: " + checked);
    }

    @Test
    void baseDutiesAreCalibrationInputsAndDutyPolicyIsAnEvent() {
        Path file = Path.of("configs/pak-aze/baseline.yaml");
        ScenarioDocument document = ScenarioDocument.read(file.toString(), file);
        Draft draft = Draft.of(
                document,
                new Draft.Request(file.toString(), List.of(), List.of(), Map.of()),
                new SchemaControlCatalog());
        List<String> policy = new ArrayList<>();
        for (ControlCatalog.Group g : draft.groups()) {
            for (ControlCatalog.Control c : g.controls()) {
                if (c.path().startsWith("tariffs.")) {
                    assertEquals(SchemaControlCatalog.BASE_DUTY_SECTION, g.section(), c.path());
                }
                if (c.path().startsWith("policy.")) {
                    assertEquals(SchemaControlCatalog.POLICY_SECTION, g.section());
                    assertTrue(c.schemaPath().startsWith("events[duty]."), c.schemaPath());
                    policy.add(g.title() + " / " + c.label() + " = " + c.value());
                }
            }
        }
        assertTrue(
                policy.contains("Azerbaijan's duty on Rice (HS 1006) from Pakistan / customs duty from then on = 0"),
                policy.toString());
        assertTrue(SchemaControlCatalog.SECTION_NOTES
                .get(SchemaControlCatalog.BASE_DUTY_SECTION)
                .contains("calibrates"));
        // Moving a policy control adds a duty event (the file's events and one more), not an override.
        int rice = riceFromPakistan(document.baseline());
        Draft moved = Draft.of(
                document,
                new Draft.Request(
                        file.toString(),
                        List.of(),
                        List.of(),
                        Map.of("policy." + rice + ".rate", "0.5", "policy." + rice + ".date", "2026-07")),
                new SchemaControlCatalog());
        assertTrue(moved.overrides().isEmpty(), moved.overrides().toString());
        ScenarioConfig config = moved.load();
        assertEquals(document.baseline().events().size() + 1, config.events().size());
        assertTrue(moved.download().contains("rate: 0.5"), moved.download());
        assertFalse(moved.download().contains("policy."), "no page path leaks into the YAML");
    }

    static int riceFromPakistan(ScenarioConfig config) {
        List<EventTemplates.Target> targets = EventTemplates.dutyTargets(config);
        for (int i = 0; i < targets.size(); i++) {
            Map<String, String> f = targets.get(i).fields();
            if (f.get("product").equals("rice") && f.get("partner").equals("PAK")) {
                return i;
            }
        }
        throw new AssertionError("no rice from PAK");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyEventTemplateIsALeverOfTheRegistryWithTheSchemasKeys(Path file) {
        ScenarioConfig config = ScenarioDocument.read(file.toString(), file).baseline();
        List<String> registry = Lever.configNames();
        for (EventTemplates.LeverChoice lever : EventTemplates.levers(config)) {
            assertTrue(registry.contains(lever.type()), lever.type());
            for (EventTemplates.Target target : lever.targets()) {
                var item = EventTemplates.item(lever.type(), target, EventTemplates.firstDate(config));
                String prefix = "events[" + lever.type() + "]";
                item.entries()
                        .forEach((key, node) -> ConfigSchema.entry(
                                prefix + "." + key + (node instanceof YamlNode.Sequence ? "[]" : "")));
                // Every key the schema requires of this lever is written.
                for (ConfigSchema.Entry e : ConfigSchema.entries()) {
                    if (e.required() && e.parent().equals(prefix)) {
                        assertTrue(item.entries().containsKey(e.key()), prefix + " needs " + e.key());
                    }
                }
            }
        }
    }
}
