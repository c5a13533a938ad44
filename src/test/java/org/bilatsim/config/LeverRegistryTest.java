package org.bilatsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilatsim.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lever record has every part ({@link Lever}'s name, binder and labels, a visitor method and
 * so a handler in the agents, keys in {@link ConfigSchema}, a JSON type id in the manifest), and the
 * registry has no entry without a record.
 */
class LeverRegistryTest {
    private static final Set<Class<?>> RECORDS = Set.of(PolicyEvent.class.getPermittedSubclasses());

    @Test
    void everyPermittedRecordHasOneRegistryEntryAndEveryEntryARecord() {
        Set<Class<?>> registered =
                Arrays.stream(Lever.values()).map(Lever::recordType).collect(Collectors.toSet());
        assertEquals(RECORDS, registered);
        assertEquals(RECORDS.size(), Lever.values().length, "one entry per record");
        for (Class<?> type : RECORDS) {
            assertSame(type, Lever.of(type).recordType());
        }
    }

    @Test
    void everyEntryHasAUniqueNameABinderAndLabels() {
        Set<String> names = new HashSet<>();
        Lever.EventFields empty = new Lever.EventFields() {
            @Override
            public String text(String key, String fallback) {
                return fallback;
            }

            @Override
            public double number(String key) {
                return 0;
            }

            @Override
            public boolean isNumber(String key) {
                return false;
            }
        };
        for (Lever lever : Lever.values()) {
            assertTrue(lever.configName().matches("[a-z][A-Za-z]*"), lever.configName());
            assertTrue(names.add(lever.configName()), "twice: " + lever.configName());
            assertSame(lever, Lever.byConfigName(lever.configName()));
            assertNotNull(lever.binder(), lever + " has no binder");
            assertFalse(lever.label(empty, p -> p).isBlank(), lever + " has no label");
            assertFalse(lever.endLabel(empty, p -> p).isBlank(), lever + " has no end label");
        }
        assertEquals(Lever.configNames(), ConfigSchema.typedLists().get("events"));
    }

    @Test
    void theVisitorHasOneMethodPerRecordAndTheAgentsHandlerImplementsIt() throws ClassNotFoundException {
        Set<Class<?>> visited = Arrays.stream(PolicyEvent.Visitor.class.getDeclaredMethods())
                .map(m -> m.getParameterTypes()[0])
                .collect(Collectors.toSet());
        assertEquals(RECORDS, visited);
        for (Method m : PolicyEvent.Visitor.class.getDeclaredMethods()) {
            assertEquals(
                    Lever.of(m.getParameterTypes()[0]).configName(),
                    m.getName(),
                    "visitor methods are named by the config name");
        }
        // Implementing the interface makes the compiler demand a handler method for every lever.
        Class<?> handler = Class.forName("org.bilatsim.agent.LeverHandler");
        assertTrue(List.of(handler.getInterfaces()).contains(PolicyEvent.Visitor.class));
    }

    @Test
    void everyLeverHasItsKeysInTheSchemaWithTypeAndDate() {
        for (Lever lever : Lever.values()) {
            String section = "events[" + lever.configName() + "]";
            ConfigSchema.Entry type = ConfigSchema.entry(section + ".type");
            assertEquals(List.of(lever.configName()), type.values());
            assertTrue(ConfigSchema.entry(section + ".date").required());
            assertTrue(ConfigSchema.section(section).required().size() >= 2);
        }
    }

    /**
     * Events (YAML list items) of levers that {@link ValidLevers} does not use, bound in its context;
     * a new lever adds one here (ValidLevers' line numbers are asserted by the rule tests).
     */
    private static final List<String> EXTRA_EVENTS = List.of();

    @Test
    void theManifestNamesEachEventByItsLeversConfigName(@TempDir Path dir) throws Exception {
        String text = ValidLevers.TEXT.replaceFirst("\nevents:\n", "\nevents:\n" + String.join("", EXTRA_EVENTS));
        ScenarioConfig config = ConfigLoader.parse("levers.yaml", text, List.of());
        Set<Lever> seen = config.events().stream().map(PolicyEvent::lever).collect(Collectors.toSet());
        assertEquals(Set.of(Lever.values()), seen, "every lever has an event in the test scenario (EXTRA_EVENTS)");
        Path file = dir.resolve("manifest.json");
        Manifest.write(file, config, List.of(), Instant.EPOCH, Instant.EPOCH, Map.of());
        JsonNode events = new ObjectMapper()
                .readTree(Files.readString(file))
                .path("config")
                .path("events");
        assertEquals(config.events().size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(
                    config.events().get(i).type(), events.get(i).path("type").asText());
            assertFalse(events.get(i).has("lever"), "the registry entry is not serialized");
        }
    }
}
