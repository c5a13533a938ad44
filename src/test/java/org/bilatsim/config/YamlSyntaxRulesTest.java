package org.bilatsim.config;

import static org.bilatsim.config.ValidScenario.FILE;
import static org.bilatsim.config.ValidScenario.TEXT;
import static org.bilatsim.config.ValidScenario.assertRejected;
import static org.bilatsim.config.ValidScenario.parse;
import static org.bilatsim.config.ValidScenario.rejection;
import static org.bilatsim.config.ValidScenario.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the YAML reader refuses before any key is looked at: empty documents, duplicate keys,
 * anchors and aliases, explicit tags, several documents, deep nesting and syntax errors; and how
 * plain values are typed (quoted numbers, booleans, lists where one value is expected).
 */
class YamlSyntaxRulesTest {

    private static final String EMPTY =
            "the file is empty: a scenario needs at least the keys scenario, time, countries and products";

    private static void assertMessageStartsWith(String expectedStart, ConfigException e) {
        assertTrue(
                e.getMessage().startsWith(expectedStart),
                () -> "expected a message starting with\n  " + expectedStart + "\nbut it was\n  " + e.getMessage());
    }

    // --- empty and multiple documents

    @Test
    void anEmptyTextIsRejected() {
        assertEquals(FILE + ":1:1: " + EMPTY, rejection("").getMessage());
    }

    @Test
    void aTextOfOnlyCommentsAndBlankLinesIsRejectedAsEmpty() {
        assertEquals(
                FILE + ":1:1: " + EMPTY,
                rejection("# nothing here yet\n\n   \n").getMessage());
    }

    @Test
    void aSecondYamlDocumentIsRejected() {
        ConfigException e = rejection(TEXT + "---\nseed: 3\n");
        assertEquals(113, e.location().line(), "the first line of the second document: " + e.getMessage());
        assertTrue(
                e.getMessage().endsWith(": a second YAML document follows the first; one scenario per file"),
                e.getMessage());
    }

    // --- duplicate keys

    @Test
    void aDuplicateKeyIsRejectedAtItsSecondOccurrence() {
        ConfigException e = rejection(replace("unit: tonnes", "unit: tonnes\n    unit: kg"));
        assertEquals(20, e.location().line(), e.getMessage());
        assertMessageStartsWith(FILE + ":20:", e);
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("duplicate"), e.getMessage());
        assertTrue(e.getMessage().contains("'unit'") || e.getMessage().contains("unit:"), e.getMessage());
    }

    @Test
    void aDuplicateTopLevelKeyIsRejected() {
        ConfigException e = rejection(replace("seed: 42", "seed: 42\nseed: 43"));
        assertEquals(8, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("duplicate"), e.getMessage());
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
    }

    @Test
    void aDuplicateKeyMessageNamesTheKeyAndTheLineOfItsFirstOccurrence() {
        String text = replace("unit: tonnes", "unit: tonnes\n    unit: kg");
        ConfigException e = rejection(text);
        assertEquals(FILE + ":20:5: unit: duplicate key (first given at line 19); give each key once", e.getMessage());
    }

    // --- anchors, aliases, tags

    @Test
    void anAnchorIsRejected() {
        ConfigException e = rejection(replace("  rice:\n", "  rice: &r\n"));
        assertEquals(
                FILE + ":17:9: YAML anchors (&r) and aliases are not allowed in a scenario; write each value out",
                e.getMessage());
    }

    @Test
    void theBillionLaughsBombIsRejectedAtItsFirstAnchorWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("lol").append(i).append(": &lol").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*lol").append(i - 1);
            }
            bomb.append("]\n");
        }
        ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejection(bomb.toString()));
        assertEquals(
                FILE + ":1:7: YAML anchors (&lol0) and aliases are not allowed in a scenario; write each value out",
                e.getMessage());
    }

    @Test
    void anAliasToAnAnchoredValueIsRejected() {
        String text = replace("  rice:\n", "  rice: &r\n").replace("  urea:\n    name: Urea", "  urea:\n    name: *r");
        assertTrue(rejection(text).getMessage().contains("anchors"));
    }

    @Test
    void anAliasWithoutAnAnchorIsRejected() {
        ConfigException e = rejection(replace("name: test-scenario", "name: *evil"));
        assertEquals(2, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void aFloatTagIsRejected() {
        assertEquals(
                FILE + ":21:29: explicit YAML type tags (tag:yaml.org,2002:float) are not allowed; write plain values",
                rejection(replace("substitutionElasticity: 4.4", "substitutionElasticity: !!float 4.4"))
                        .getMessage());
    }

    @Test
    void aStringTagIsRejected() {
        assertEquals(
                FILE + ":2:9: explicit YAML type tags (tag:yaml.org,2002:str) are not allowed; write plain values",
                rejection(replace("name: test-scenario", "name: !!str test-scenario"))
                        .getMessage());
    }

    @Test
    void aCustomTagOnAMappingIsRejected() {
        assertEquals(
                FILE + ":17:9: explicit YAML type tags (product) are not allowed; write plain values",
                rejection(replace("  rice:\n", "  rice: !product\n")).getMessage());
    }

    @Test
    void aMergeKeyIsRejectedAsAnUnknownKey() {
        assertRejected(
                replace("name: Rice", "name: Rice\n    <<: {unit: kg}"), 19, "products.rice.<<", "unknown key '<<'");
    }

    // --- nesting and syntax

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsRejected() {
        String deep = "[".repeat(40) + "x" + "]".repeat(40);
        ConfigException e = rejection(replace(
                "  description: two products, three countries",
                "  description: two products, three countries\n  deep: " + deep));
        assertTrue(e.getMessage().startsWith(FILE + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting") && e.getMessage().contains("32"), e.getMessage());
    }

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsReportedWhereItHappens() {
        String deep = "[".repeat(40) + "x" + "]".repeat(40);
        ConfigException e = rejection(replace(
                "  description: two products, three countries",
                "  description: two products, three countries\n  deep: " + deep));
        assertEquals(4, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("nesting deeper than 32 levels"), e.getMessage());
    }

    @Test
    void anUnclosedFlowListIsRejectedAsInvalidYaml() {
        ConfigException e =
                rejection(replace("  description: two products, three countries", "  description: [unclosed"));
        assertMessageStartsWith(FILE + ":4:5: not valid YAML: ", e);
    }

    @Test
    void aBadlyIndentedLineIsRejectedAsInvalidYaml() {
        ConfigException e = rejection(replace("    name: Rice", "     name: Rice"));
        assertMessageStartsWith(FILE + ":19:5: not valid YAML: ", e);
    }

    @Test
    void anUnquotedWildcardIsRejectedAsInvalidYaml() {
        ConfigException e = rejection(replace("product: \"*\"", "product: *"));
        assertMessageStartsWith(FILE + ":98:", e);
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aTabUsedForIndentationIsRejected() {
        ConfigException e = rejection(replace("    name: Rice", "\tname: Rice"));
        assertTrue(e.getMessage().startsWith(FILE + ":") && e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aTabUsedForIndentationIsReportedOnItsLineAndNamed() {
        ConfigException e = rejection(replace("    name: Rice", "\tname: Rice"));
        assertEquals(18, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("TAB") || e.getMessage().contains("tab"), e.getMessage());
    }

    @Test
    void aComplexKeyIsRejectedAsInvalidYaml() {
        ConfigException e = rejection(replace(
                "  description: two products, three countries",
                "  description: two products, three countries\n  ? [a, b]\n  : c"));
        assertTrue(
                e.getMessage().startsWith(FILE + ":4:") && e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    // --- how plain values are typed

    @Test
    void aQuotedNumberIsRejectedWithAHintToRemoveTheQuotes() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: \"4.4\""),
                21,
                "products.rice.substitutionElasticity = '4.4'",
                "must be a number, found a string (remove the quotes)");
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: '4.4'"),
                21,
                "products.rice.substitutionElasticity = '4.4'",
                "must be a number, found a string (remove the quotes)");
    }

    @Test
    void aNumberWithADecimalCommaIsRejected() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 4,4"),
                21,
                "products.rice.substitutionElasticity = '4,4'",
                "must be a number");
    }

    @Test
    void aBooleanWhereANumberIsExpectedIsRejected() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: true"),
                21,
                "products.rice.substitutionElasticity = 'true'",
                "must be a number");
    }

    @Test
    void aListWhereOneValueIsExpectedIsRejected() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: [4.4]"),
                21,
                "products.rice.substitutionElasticity",
                "expected a single value, found a list");
    }

    @Test
    void anInfiniteNumberIsRejectedWhereOnlyFiniteOnesAreAllowed() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 1e400"),
                21,
                "products.rice.substitutionElasticity = '1e400'",
                "must be a finite number");
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: .inf"),
                21,
                "products.rice.substitutionElasticity = '.inf'",
                "must be a number");
    }

    @Test
    void notANumberIsRejected() {
        assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: .nan"),
                21,
                "products.rice.substitutionElasticity = '.nan'",
                "must be a number");
    }

    @Test
    void anUnquotedNaNIsRejectedWithoutTalkingAboutQuotes() {
        ConfigException e = assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: NaN"),
                21,
                "products.rice.substitutionElasticity = 'NaN'",
                "must be a");
        assertTrue(!e.getMessage().contains("quotes"), e.getMessage());
        ConfigException d = assertRejected(
                replace("substitutionElasticity: 4.4", "substitutionElasticity: 4.4d"),
                21,
                "products.rice.substitutionElasticity = '4.4d'",
                "must be a number");
        assertTrue(!d.getMessage().contains("quotes"), d.getMessage());
    }

    @Test
    void underscoresInNumbersAreAccepted() {
        assertEquals(
                44.0,
                parse(replace("substitutionElasticity: 4.4", "substitutionElasticity: 4_4"))
                        .product("rice")
                        .orElseThrow()
                        .substitutionElasticity());
    }

    @Test
    void aQuotedTextValueIsAccepted() {
        assertEquals(
                "test-scenario",
                parse(replace("name: test-scenario", "name: \"test-scenario\"")).name());
    }

    @Test
    void theReaderSplitsLinesAsTheLineBreakPatternDoes() {
        java.util.Random random = new java.util.Random(19);
        char[] alphabet = {'a', ' ', '"', '\r', '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '\t'};
        for (int trial = 0; trial < 5000; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = text.toString();
            org.junit.jupiter.api.Assertions.assertArrayEquals(t.split("\\R", -1), YamlTreeReader.lines(t), t);
        }
    }
}
