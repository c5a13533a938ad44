package org.bilatsim.output;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.Lever;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.Rule;
import org.bilatsim.config.ScenarioConfig;

/** manifest.json: what produced a run folder, enough to reproduce it. */
public final class Manifest {
    /** Events carry their lever's config name as "type"; the names are registered from {@link Lever}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface EventTypes {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Rule.Safeguard.class, name = "safeguard"),
        @JsonSubTypes.Type(value = Rule.Promotion.class, name = "promotion")
    })
    private interface RuleTypes {}

    private static final ObjectMapper JSON = withLeverTypes(new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addMixIn(PolicyEvent.class, EventTypes.class)
            .addMixIn(Rule.class, RuleTypes.class));

    /** Registers each lever's record under its config name, the manifest's "type" of an event. */
    private static ObjectMapper withLeverTypes(ObjectMapper mapper) {
        mapper.registerSubtypes(Arrays.stream(Lever.values())
                .map(l -> new NamedType(l.recordType(), l.configName()))
                .toArray(NamedType[]::new));
        return mapper;
    }

    private Manifest() {}

    /** The version in the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static void write(
            Path file,
            ScenarioConfig config,
            List<String> commandLine,
            Instant started,
            Instant finished,
            Map<String, Object> extra)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("bilatsim", version());
        manifest.put("scenario", config.name());
        manifest.put("seed", config.seed());
        manifest.put("startedAt", started.toString());
        manifest.put("finishedAt", finished.toString());
        manifest.put("java", System.getProperty("java.version"));
        manifest.put("commandLine", commandLine);
        manifest.putAll(extra);
        manifest.put("config", config);
        JSON.writeValue(file.toFile(), manifest);
    }
}
