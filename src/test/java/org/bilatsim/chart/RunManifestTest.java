package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the charts read from manifest.json: target, names, and the policy timeline. */
class RunManifestTest {
    private static RunManifest parse(String configBody) throws IOException {
        String json = "{\"bilatsim\":\"0.1.0\",\"scenario\":\"s\",\"replications\":3,\"config\":{" + configBody + "}}";
        return RunManifest.of(new ObjectMapper().readTree(json));
    }

    private static final String BASE = "\"name\":\"s\",\"description\":\"Why?\","
            + "\"countries\":[{\"iso3\":\"PAK\",\"name\":\"Pakistan\"},{\"iso3\":\"ROW\",\"name\":\"Rest of the world (offtakers)\"}],"
            + "\"products\":[{\"key\":\"rice\",\"name\":\"Rice\",\"importer\":\"AZE\",\"unit\":\"tonnes\"}],"
            + "\"target\":{\"valueUsd\":2.0E9,\"year\":2030,\"between\":[\"PAK\",\"AZE\"]}";

    @Test
    void readsTheTargetNamesAndReplications() throws IOException {
        RunManifest m = parse(BASE);
        assertEquals(new RunManifest.Target(2e9, 2030, "PAK", "AZE"), m.target());
        assertEquals(3, m.replications());
        assertEquals("Why?", m.description());
        assertEquals("Rice", m.productName("rice"));
        assertEquals("jute", m.productName("jute"), "unknown keys show as themselves");
        assertEquals("Rest of the world", m.countryShortName("ROW"));
        assertEquals("AZE", m.countryName("AZE"));
        assertEquals("Pakistan–AZE", m.pairName());
    }

    @Test
    void aTargetWithoutAPairIsRefused() {
        assertThrows(IOException.class, () -> parse("\"target\":{\"valueUsd\":1}"));
    }

    @Test
    void thePolicyTimelineHasEventsTheirEndsAndLapsingPreferencesInDateOrder() throws IOException {
        RunManifest m = parse(BASE + ",\"tariffs\":[{\"importer\":\"AZE\",\"product\":\"rice\",\"partner\":\"PAK\","
                + "\"customs\":0.0,\"until\":\"2027-12\"}],\"events\":["
                + "{\"type\":\"PolicyEvent$Pta\",\"date\":\"2025-07\",\"name\":\"PTA - concessions\","
                + "\"concessions\":[{\"importer\":\"AZE\",\"product\":\"textiles\",\"partner\":\"PAK\",\"rate\":0.05}]},"
                + "{\"type\":\"duty\",\"date\":\"2024-03-15\",\"importer\":\"AZE\",\"product\":\"rice\",\"partner\":\"PAK\","
                + "\"layer\":\"CUSTOMS\",\"rate\":0.05,\"until\":\"2024-12\",\"note\":\"a note\"},"
                + "{\"type\":\"tradeCost\",\"date\":\"2026-01\",\"exporter\":\"PAK\",\"importer\":\"AZE\",\"product\":\"*\","
                + "\"factor\":0.97}]");
        List<RunManifest.PolicyChange> c = m.policyChanges();
        assertEquals(
                List.of(
                        YearMonth.of(2024, 3),
                        YearMonth.of(2025, 1),
                        YearMonth.of(2025, 7),
                        YearMonth.of(2026, 1),
                        YearMonth.of(2028, 1)),
                c.stream().map(RunManifest.PolicyChange::month).toList());
        assertEquals("AZE duty on rice from PAK: 5%", c.get(0).label());
        assertEquals("AZE duty on rice from PAK reverts", c.get(1).label());
        assertEquals("customs", c.get(0).details().get("layer"));
        assertEquals("a note", c.get(0).note());
        assertEquals("end of duty", c.get(1).type());
        assertEquals("pta", c.get(2).type(), "a serialized class name is shown as the config's type");
        assertEquals("PTA - concessions", c.get(2).label());
        assertTrue(c.get(2).appliesTo("textiles"));
        assertFalse(c.get(2).appliesTo("rice"), "a PTA applies to the products of its concessions");
        assertEquals("trade cost PAK→AZE ×0.97", c.get(3).label());
        assertTrue(c.get(3).appliesTo("rice"));
        assertEquals("AZE rice preference for PAK lapses", c.get(4).label());
    }
}
