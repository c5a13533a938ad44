package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.TEXT;
import static org.bilatsim.config.ValidScenario.assertRejectedOnCommandLine;
import static org.bilatsim.config.ValidScenario.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** {@code --set path.to.key=value} overrides, applied to the valid text before it is validated. */
class OverridesTest {

    // --- valid overrides

    @Test
    void anOverrideChangesANumber() {
        assertEquals(
                6.0,
                parse(TEXT, "products.rice.substitutionElasticity=6")
                        .product("rice")
                        .orElseThrow()
                        .substitutionElasticity());
    }

    @Test
    void anOverrideWalksIntoAListByIndex() {
        assertEquals(0.2, parse(TEXT, "tariffs.0.customs=0.2").tariffs().get(0).customs());
        assertEquals(
                "ROW", parse(TEXT, "target.between.1=ROW").target().between().get(1));
    }

    @Test
    void anOverrideReachesDeepKeys() {
        assertEquals(
                10,
                parse(TEXT, "products.rice.sources.PAK.exporters.count=10")
                        .product("rice")
                        .orElseThrow()
                        .sources()
                        .get(0)
                        .exporters()
                        .count());
    }

    @Test
    void anOverrideMayAddAnOptionalKeyTheFileLeftOut() {
        assertEquals(
                0.02,
                parse(TEXT, "products.urea.demandGrowthPerYear=0.02")
                        .product("urea")
                        .orElseThrow()
                        .demandGrowthPerYear());
    }

    @Test
    void anOverrideChangesAMonthAndAWord() {
        ScenarioConfig config = parse(TEXT, "time.end=2030-12", "scenario.name=sensitivity-1");
        assertEquals(YearMonth.of(2030, 12), config.end());
        assertEquals("sensitivity-1", config.name());
    }

    @Test
    void aLaterOverrideOfTheSameKeyWins() {
        assertEquals(9L, parse(TEXT, "seed=8", "seed=9").seed());
    }

    @Test
    void spacesAroundTheEqualsSignAreIgnored() {
        assertEquals(8L, parse(TEXT, " seed = 8 ").seed());
    }

    // --- paths the scenario does not have

    @Test
    void anUnknownIntermediateKeyIsRejectedWithADidYouMean() {
        assertRejectedOnCommandLine(
                "products.ryce.substitutionElasticity=6",
                "products.ryce.substitutionElasticity",
                "no key 'products.ryce' in the scenario (did you mean 'rice'?); keys there: rice, urea");
    }

    @Test
    void anUnknownFinalKeyIsRejectedByTheKeysAllowedThere() {
        assertRejectedOnCommandLine(
                "products.rice.sigma=6",
                "products.rice.sigma",
                "unknown key 'sigma'; allowed here: demandGrowthPerYear, importDemandElasticity, importer, importers,");
    }

    @Test
    void anUnknownTopLevelKeyIsRejected() {
        assertRejectedOnCommandLine("foo=1", "foo", "unknown key 'foo'; allowed here: ", "countries", "seed");
    }

    @Test
    void aListIndexPastTheEndIsRejected() {
        assertRejectedOnCommandLine(
                "tariffs.3.customs=0.1", "tariffs.3.customs", "index 3 is outside the list (0 to 2)");
        assertRejectedOnCommandLine("events.5.rate=0.1", "events.5.rate", "index 5 is outside the list (0 to 2)");
    }

    @Test
    void aNegativeListIndexIsRejected() {
        assertRejectedOnCommandLine(
                "tariffs.-1.customs=0.1", "tariffs.-1.customs", "index -1 is outside the list (0 to 2)");
    }

    @Test
    void aWordWhereAListIndexIsExpectedIsRejected() {
        assertRejectedOnCommandLine(
                "tariffs.first.customs=0.1",
                "tariffs.first.customs",
                "is a list: the next step must be an index from 0 to 2");
    }

    @Test
    void aWordWhereAListIndexIsExpectedNamesTheList() {
        assertRejectedOnCommandLine(
                "tariffs.first.customs=0.1",
                "tariffs.first.customs",
                "'tariffs' is a list: the next step must be an index from 0 to 2");
    }

    @Test
    void aPathThroughASingleValueIsRejected() {
        assertRejectedOnCommandLine("seed.x=5", "seed.x", "goes inside a single value");
    }

    @Test
    void anOverrideOfAWholeMappingIsRejected() {
        assertRejectedOnCommandLine(
                "products.rice=5", "products.rice", "names a mapping, not a single value; set one of its keys instead");
    }

    @Test
    void anOverrideOfAWholeListIsRejected() {
        assertRejectedOnCommandLine("target.between=PAK", "target.between", "names a list, not a single value");
    }

    // --- malformed overrides

    @Test
    void anOverrideWithoutAnEqualsSignIsRejected() {
        assertRejectedOnCommandLine(
                "products.rice.substitutionElasticity",
                "products.rice.substitutionElasticity",
                "an override is written path.to.key=value, e.g. products.rice.substitutionElasticity=6");
    }

    @Test
    void anOverrideWithoutAPathIsRejected() {
        assertRejectedOnCommandLine("=5", "=5", "an override is written path.to.key=value");
    }

    @Test
    void anOverridePathWithAnEmptyStepIsRejected() {
        assertRejectedOnCommandLine("products..rice=5", "products..rice", "the path has an empty step");
    }

    // --- overridden values are validated like values from the file

    @Test
    void anOverriddenValueOutOfRangeIsRejectedAsComingFromTheCommandLine() {
        assertRejectedOnCommandLine(
                "products.rice.substitutionElasticity=0.5",
                "products.rice.substitutionElasticity = '0.5'",
                "must be > 1 and <= 50");
    }

    @Test
    void anOverriddenDutyGivenAsAPercentIsRejected() {
        assertRejectedOnCommandLine(
                "tariffs.0.customs=15",
                "tariffs[0].customs = '15'",
                "duties and rates are fractions, not percents: for 15% write 0.15");
    }

    @Test
    void anOverriddenScenarioNameWithDotDotSlashIsRejected() {
        assertRejectedOnCommandLine(
                "scenario.name=../evil",
                "scenario.name = '../evil'",
                "must be 1 to 80 letters, digits, '.', '-' or '_'");
    }

    @Test
    void anOverriddenEndBeforeTheStartIsRejected() {
        assertRejectedOnCommandLine(
                "time.end=2023-01", "time.end = '2023-01'", "must not be before time.start 2024-01");
    }

    @Test
    void anOverriddenPairMemberNotListedIsRejected() {
        assertRejectedOnCommandLine(
                "target.between.1=IND",
                "target.between = 'IND'",
                "must be a country listed under countries (PAK, AZE, ROW)");
    }

    @Test
    void anEmptyOverrideValueOfARequiredNumberIsRejected() {
        // Issue 15: an empty --set value is refused as such (it used to become the key's default when optional).
        assertRejectedOnCommandLine(
                "products.rice.substitutionElasticity=", "products.rice.substitutionElasticity", "the value is empty");
    }

    @Test
    void theFileIsNotChangedByARejectedOverride() {
        assertTrue(ValidScenario.rejection(TEXT, "products.rice.substitutionElasticity=0.5") != null);
        assertEquals(4.4, parse(TEXT).product("rice").orElseThrow().substitutionElasticity());
    }
}
