package org.bilatsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
    private static final String SIGMA = "    substitutionElasticity: 4.4";
    private static final String AWARENESS = "        awareness: 0.3";

    private static String uncertain(String sigma, String awareness) {
        return ValidScenario.TEXT
                .replace(SIGMA, "    substitutionElasticity: " + sigma)
                .replace(AWARENESS, "        awareness: " + awareness);
    }

    private static ScenarioConfig load(String text, String... overrides) {
        return ConfigLoader.parse(ValidScenario.FILE, text, List.of(overrides));
    }

    private static final String LOGNORMAL = "{median: 4.4, p5: 2.5, p95: 7.5, distribution: lognormal, "
            + "source: \"ASSUMPTION: the GTAP range for grains\"}";
    private static final String PERT = "{min: 0.1, mode: 0.3, max: 0.6, distribution: pert, source: ASSUMPTION}";

    @Test
    void aDistributionLoadsAsItsMedianAndListsItsParameter() {
        ScenarioConfig config = load(uncertain(LOGNORMAL, PERT));
        assertEquals(4.4, config.product("rice").orElseThrow().substitutionElasticity(), 1e-12);
        Uncertainty u = config.uncertainty();
        assertEquals(List.of("products.rice.substitutionElasticity", "products.rice.sources.PAK.awareness"), u.names());
        assertEquals("lognormal", u.parameters().get(0).distribution().kind());
        assertEquals(
                "ASSUMPTION: the GTAP range for grains", u.parameters().get(0).source());
        assertEquals(21, u.parameters().get(0).location().line());
        assertTrue(u.drawn().isEmpty(), "the loaded scenario is the nominal one");
    }

    @Test
    void aDrawBindsTheQuantilesThroughTheLoaderAndRecordsThem() {
        ScenarioConfig config = load(uncertain(LOGNORMAL, PERT)).withSeed(99);
        ScenarioConfig drawn = config.withParameters(new double[] {0.05, 0.5});
        assertEquals(4.4 / Math.sqrt(3), drawn.product("rice").orElseThrow().substitutionElasticity(), 1e-9);
        double awareness =
                config.uncertainty().parameters().get(1).distribution().median();
        assertEquals(
                awareness, drawn.product("rice").orElseThrow().sources().get(0).awareness(), 1e-12);
        assertEquals(99, drawn.seed());
        assertEquals(
                List.of("products.rice.substitutionElasticity", "products.rice.sources.PAK.awareness"),
                List.copyOf(drawn.uncertainty().drawn().keySet()));
        assertEquals(config.uncertainty().names(), drawn.uncertainty().names(), "a draw can be drawn again");
        assertNotEquals(config, drawn);
        assertEquals(drawn, config.withParameters(new double[] {0.05, 0.5}));
    }

    @Test
    void drawsAreTruncatedAtTheTailQuantiles() {
        ScenarioConfig config = load(uncertain(LOGNORMAL, "0.3"));
        double lowest = config.uncertainty().parameters().get(0).distribution().quantile(Uncertainty.TAIL);
        assertEquals(
                lowest,
                config.withParameters(new double[] {1e-9})
                        .product("rice")
                        .orElseThrow()
                        .substitutionElasticity(),
                1e-12);
    }

    @Test
    void setReachesIntoADistribution() {
        ScenarioConfig config = load(uncertain(LOGNORMAL, "0.3"), "products.rice.substitutionElasticity.median=4.6");
        assertEquals(4.6, config.product("rice").orElseThrow().substitutionElasticity(), 1e-12);
    }

    @Test
    void setReplacesADistributionByANumber() {
        ScenarioConfig config = load(uncertain(LOGNORMAL, PERT), "products.rice.substitutionElasticity=6");
        assertEquals(6, config.product("rice").orElseThrow().substitutionElasticity(), 1e-12);
        assertEquals(
                List.of("products.rice.sources.PAK.awareness"),
                config.uncertainty().names());
    }

    @Test
    void aDistributionWhoseTailLeavesTheAllowedRangeIsRefusedAtItsLine() {
        // sigma must exceed 1; a normal with median 2 and p5 1.2 reaches below 1 at its 0.1 % quantile.
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> load(
                        uncertain("{median: 2, p5: 1.2, p95: 2.8, distribution: normal, source: ASSUMPTION}", "0.3")));
        assertTrue(e.getMessage().startsWith("scenario.yaml:21:"), e.getMessage());
        assertTrue(
                e.getMessage().contains("products.rice.substitutionElasticity: the normal's 0.1 % quantile"),
                e.getMessage());
    }

    @Test
    void aDistributionNeedsASourceKnownKeysAndAKnownKind() {
        ConfigException noSource = assertThrows(
                ConfigException.class,
                () -> load(uncertain("{median: 4.4, p5: 2.5, p95: 7.5, distribution: lognormal}", "0.3")));
        assertTrue(noSource.getMessage().contains("needs 'source'"), noSource.getMessage());
        ConfigException typo = assertThrows(
                ConfigException.class,
                () -> load(uncertain(
                        "{median: 4.4, p5: 2.5, p95: 7.5, mediam: 4, distribution: lognormal, source: x}", "0.3")));
        assertTrue(typo.getMessage().contains("did you mean 'median'?"), typo.getMessage());
        ConfigException kind = assertThrows(
                ConfigException.class,
                () -> load(uncertain("{median: 4.4, p5: 2.5, p95: 7.5, distribution: gamma, source: x}", "0.3")));
        assertTrue(
                kind.getMessage().contains("must be one of lognormal, normal, uniform, triangular, pert, choice"),
                kind.getMessage());
        ConfigException skew = assertThrows(
                ConfigException.class,
                () -> load(uncertain("{median: 7, p5: 1.5, p95: 7.5, distribution: lognormal, source: x}", "0.3")));
        assertTrue(skew.getMessage().contains("a lognormal cannot have median 7"), skew.getMessage());
    }

    @Test
    void aChoiceDrawsOneOfItsValues() {
        ScenarioConfig config = load(uncertain("4.4", "{values: [1, 0.5, 0.25], distribution: choice, source: x}"));
        assertEquals(
                0.5,
                config.product("rice").orElseThrow().sources().get(0).awareness(),
                0,
                "the median of an equal-weight choice of three is the middle one");
        assertEquals(
                0.25,
                config.withParameters(new double[] {0.9})
                        .product("rice")
                        .orElseThrow()
                        .sources()
                        .get(0)
                        .awareness(),
                0);
    }
}
