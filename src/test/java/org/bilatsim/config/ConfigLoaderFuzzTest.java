package org.bilatsim.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the config loader and its validation (everything that does not need a World).
 *
 * <p>The rule: whatever the input, the loader either returns a scenario or throws a
 * {@link ConfigException} whose message is one line of bounded length. Any other exception (or an
 * error such as a stack overflow) is a bug. In {@code mvn verify} each test replays the inputs in
 * {@code src/test/resources/org/bilatsim/config/ConfigLoaderFuzzTestInputs/<method>/} (seeds, and
 * every crash found so far); {@code JAZZER_FUZZ=1} fuzzes (see docs/reliability.md).
 */
class ConfigLoaderFuzzTest {
    /** A message longer than this is not "one line naming the problem". */
    static final int MAX_MESSAGE = 2_000;

    /** Any bytes as a scenario file: size check, strict UTF-8, YAML, every rule. */
    @DictionaryFile(resourcePath = "scenario-yaml.dict")
    @FuzzTest(maxDuration = "10m")
    void parseBytes(byte[] input) {
        try {
            ScenarioConfig config = ConfigLoader.parse("fuzz.yaml", input, List.of());
            checkAccepted(config);
        } catch (ConfigException e) {
            checkMessage(e);
        }
    }

    /**
     * {@code --set} overrides on a valid scenario: the path and value are fuzzed, and so is the
     * number of overrides.
     */
    @DictionaryFile(resourcePath = "scenario-yaml.dict")
    @FuzzTest(maxDuration = "10m")
    void overrides(FuzzedDataProvider data) {
        List<String> overrides = new ArrayList<>();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count; i++) {
            overrides.add(data.consumeString(200));
        }
        try {
            checkAccepted(ConfigLoader.parse("fuzz.yaml", ValidScenario.TEXT, overrides));
        } catch (ConfigException e) {
            checkMessage(e);
        }
    }

    /** What a scenario the loader accepts must satisfy whatever the text was. */
    static void checkAccepted(ScenarioConfig config) {
        if (config.months() < 1 || config.countries().size() < 2) {
            throw new AssertionError("accepted an impossible scenario: " + config);
        }
        for (Product product : config.products()) {
            if (!(product.substitutionElasticity() > 1) || !(product.importDemandElasticity() < 0)) {
                throw new AssertionError("accepted elasticities out of range: " + product);
            }
            for (Source source : product.sources()) {
                if (!Double.isFinite(source.baseVolume()) || !(source.baseVolume() > 0)) {
                    throw new AssertionError("accepted a base flow with no finite volume: " + source);
                }
            }
        }
        for (TariffLine line : config.tariffs()) {
            if (!(line.totalRate() >= 0 && line.totalRate() <= 3)) {
                throw new AssertionError("accepted a duty out of range: " + line);
            }
        }
    }

    /** A rejection is one line, names the file and is not absurdly long. */
    static void checkMessage(ConfigException e) {
        String message = e.getMessage();
        if (message == null || e.location() == null || !message.startsWith(e.location() + ": ")) {
            throw new AssertionError("a message should start with the file it is about: " + message, e);
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(
                        "a message must be one line of text, found U+" + String.format("%04X", (int) c) + " in: "
                                + message,
                        e);
            }
        }
        if (message.length() > MAX_MESSAGE) {
            throw new AssertionError(
                    "a message of " + message.length() + " characters: " + message.substring(0, 200), e);
        }
        if (e.location() == null || e.keyPath() == null) {
            throw new AssertionError("a message without a location or key path: " + message, e);
        }
    }
}
