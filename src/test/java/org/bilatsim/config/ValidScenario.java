package org.bilatsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * The one valid scenario the config tests start from, and the assertions they share.
 *
 * <p>A compact two-product scenario: countries PAK, AZE and ROW; rice imported by AZE from PAK and
 * ROW; urea imported by PAK from AZE and ROW; three tariff lines, one event of each type, a target.
 * Each bad case is this text with one small textual replacement, so the line a message must point at
 * is the line number written next to the line below.
 */
final class ValidScenario {
    /** The file name the texts are parsed under; every message must start with it. */
    static final String FILE = "scenario.yaml";

    static final String TEXT = String.join(
                    "\n",
                    /*   1 */ "scenario:",
                    /*   2 */ "  name: test-scenario",
                    /*   3 */ "  description: two products, three countries",
                    /*   4 */ "time:",
                    /*   5 */ "  start: 2024-01",
                    /*   6 */ "  end: 2026-12",
                    /*   7 */ "seed: 42",
                    /*   8 */ "countries:",
                    /*   9 */ "  - iso3: PAK",
                    /*  10 */ "    name: Pakistan",
                    /*  11 */ "  - iso3: AZE",
                    /*  12 */ "    name: Azerbaijan",
                    /*  13 */ "    vatRate: 0.18",
                    /*  14 */ "  - iso3: ROW",
                    /*  15 */ "    name: Rest of the world",
                    /*  16 */ "products:",
                    /*  17 */ "  rice:",
                    /*  18 */ "    name: Rice",
                    /*  19 */ "    unit: tonnes",
                    /*  20 */ "    importer: AZE",
                    /*  21 */ "    substitutionElasticity: 4.4",
                    /*  22 */ "    importDemandElasticity: -1.0",
                    /*  23 */ "    demandGrowthPerYear: 0.05",
                    /*  24 */ "    importers:",
                    /*  25 */ "      count: 60",
                    /*  26 */ "      sizeDispersion: 1.0",
                    /*  27 */ "      adjustmentPerMonth: 0.2",
                    /*  28 */ "      importerShockSd: 0.1",
                    /*  29 */ "      marketShockSd: 0.04",
                    /*  30 */ "      marketShockPersistence: 0.8",
                    /*  31 */ "    sources:",
                    /*  32 */ "      PAK:",
                    /*  33 */ "        baseValueUsd: 1800000",
                    /*  34 */ "        basePriceUsd: 801",
                    /*  35 */ "        tradeCost: 1.1",
                    /*  36 */ "        exportSupplyElasticity: 5",
                    /*  37 */ "        awareness: 0.3",
                    /*  38 */ "        exporters:",
                    /*  39 */ "          count: 200",
                    /*  40 */ "          paretoShape: 4.0",
                    /*  41 */ "          costShare: 0.9",
                    /*  42 */ "          fixedCostUsdPerMonth: 500",
                    /*  43 */ "      ROW:",
                    /*  44 */ "        baseValueUsd: 48800000",
                    /*  45 */ "        basePriceUsd: 912",
                    /*  46 */ "        exporters:",
                    /*  47 */ "          count: 1",
                    /*  48 */ "  urea:",
                    /*  49 */ "    name: Urea",
                    /*  50 */ "    unit: USD",
                    /*  51 */ "    importer: PAK",
                    /*  52 */ "    substitutionElasticity: 2.65",
                    /*  53 */ "    importDemandElasticity: -0.8",
                    /*  54 */ "    importers:",
                    /*  55 */ "      count: 20",
                    /*  56 */ "    sources:",
                    /*  57 */ "      AZE:",
                    /*  58 */ "        baseValueUsd: 3280000",
                    /*  59 */ "        basePriceUsd: 1",
                    /*  60 */ "        exporters:",
                    /*  61 */ "          count: 3",
                    /*  62 */ "      ROW:",
                    /*  63 */ "        baseValueUsd: 200000000",
                    /*  64 */ "        basePriceUsd: 1",
                    /*  65 */ "        exportSupplyElasticity: infinite",
                    /*  66 */ "        exporters:",
                    /*  67 */ "          count: 1",
                    /*  68 */ "tariffs:",
                    /*  69 */ "  - importer: AZE",
                    /*  70 */ "    product: rice",
                    /*  71 */ "    partner: MFN",
                    /*  72 */ "    customs: 0.15",
                    /*  73 */ "  - importer: AZE",
                    /*  74 */ "    product: rice",
                    /*  75 */ "    partner: PAK",
                    /*  76 */ "    customs: 0.0",
                    /*  77 */ "    until: 2025-12",
                    /*  78 */ "  - importer: PAK",
                    /*  79 */ "    product: urea",
                    /*  80 */ "    partner: MFN",
                    /*  81 */ "    customs: 0.05",
                    /*  82 */ "    regulatory: 0.02",
                    /*  83 */ "    additional: 0.01",
                    /*  84 */ "events:",
                    /*  85 */ "  - type: duty",
                    /*  86 */ "    date: 2025-01",
                    /*  87 */ "    importer: PAK",
                    /*  88 */ "    product: urea",
                    /*  89 */ "    partner: AZE",
                    /*  90 */ "    layer: customs",
                    /*  91 */ "    rate: 0.0",
                    /*  92 */ "    until: 2025-12",
                    /*  93 */ "    note: a preferential trade agreement",
                    /*  94 */ "  - type: tradeCost",
                    /*  95 */ "    date: 2025-06",
                    /*  96 */ "    exporter: PAK",
                    /*  97 */ "    importer: AZE",
                    /*  98 */ "    product: \"*\"",
                    /*  99 */ "    factor: 0.97",
                    /* 100 */ "  - type: exhibition",
                    /* 101 */ "    date: 2026-03",
                    /* 102 */ "    exporter: PAK",
                    /* 103 */ "    importer: AZE",
                    /* 104 */ "    product: rice",
                    /* 105 */ "    fixedCostFactor: 0.8",
                    /* 106 */ "    discoveryProbability: 0.1",
                    /* 107 */ "target:",
                    /* 108 */ "  valueUsd: 2000000000",
                    /* 109 */ "  between: [PAK, AZE]",
                    /* 110 */ "  year: 2030",
                    /* 111 */ "  note: stated target")
            + "\n";

    private ValidScenario() {}

    /** The valid text with {@code old} (which must occur exactly once) replaced. */
    static String replace(String old, String replacement) {
        return replace(TEXT, old, replacement);
    }

    /**
     * The valid text with lines {@code first} to {@code last} (1-based, inclusive) replaced. An empty
     * replacement leaves one blank line, so the lines after keep their numbers when one line goes.
     */
    static String replaceLines(int first, int last, String replacement) {
        return replaceLines(TEXT, first, last, replacement);
    }

    /** The valid text with {@code old} replaced on line {@code line} (1-based), where it must occur once. */
    static String onLine(int line, String old, String replacement) {
        return onLine(TEXT, line, old, replacement);
    }

    /** The text of line {@code line} (1-based) of the valid text. */
    static String line(int line) {
        return line(TEXT, line);
    }

    static String replace(String base, String old, String replacement) {
        int first = base.indexOf(old);
        if (first < 0 || base.indexOf(old, first + 1) >= 0) {
            fail("the fixture must contain exactly once: " + old);
        }
        return base.replace(old, replacement);
    }

    static String replaceLines(String base, int first, int last, String replacement) {
        List<String> lines = List.of(base.split("\n", -1));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < first - 1; i++) {
            out.append(lines.get(i)).append('\n');
        }
        out.append(replacement).append('\n');
        for (int i = last; i < lines.size() - 1; i++) {
            out.append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    static String onLine(String base, int line, String old, String replacement) {
        String source = line(base, line);
        int first = source.indexOf(old);
        if (first < 0 || source.indexOf(old, first + 1) >= 0) {
            fail("line " + line + " of the fixture must contain exactly once: " + old + " (it is: " + source + ")");
        }
        return replaceLines(base, line, line, source.replace(old, replacement));
    }

    static String line(String base, int line) {
        return base.split("\n", -1)[line - 1];
    }

    static ScenarioConfig parse(String text, String... overrides) {
        return ConfigLoader.parse(FILE, text, List.of(overrides));
    }

    static ConfigException rejection(String text, String... overrides) {
        return assertThrows(
                ConfigException.class, () -> parse(text, overrides), "the loader should have rejected the text");
    }

    /**
     * Asserts that the loader rejects {@code text} with a message
     * {@code scenario.yaml:<line>:<column>: <subject>: ...}, where the subject is the key path,
     * followed by {@code = 'value'} when a value is at fault, the column points at that value, and
     * the rest says each of {@code allowed} (what is allowed, the alternatives, a suggestion).
     */
    static ConfigException assertRejected(String text, int line, String subject, String... allowed) {
        ConfigException e = rejection(text);
        assertMessage(e, text, line, subject, allowed);
        return e;
    }

    static void assertMessage(ConfigException e, String text, int line, String subject, String... allowed) {
        String message = e.getMessage();
        assertEquals(FILE, e.location().file(), () -> "file of: " + message);
        assertEquals(line, e.location().line(), () -> "line of: " + message);
        int column = e.location().column();
        assertTrue(column >= 1, () -> "column of: " + message);
        String prefix = FILE + ":" + line + ":" + column + ": " + subject + ": ";
        assertTrue(
                message.startsWith(prefix),
                () -> "expected a message starting with\n  " + prefix + "\nbut it was\n  " + message);
        assertSays(message, prefix, allowed);
        int at = subject.indexOf(" = '");
        if (at >= 0 && subject.endsWith("'")) {
            String value = subject.substring(at + 4, subject.length() - 1);
            String source = text.split("\n", -1)[line - 1];
            String fromColumn = source.substring(Math.min(source.length(), column - 1));
            assertTrue(
                    fromColumn.startsWith(value)
                            || fromColumn.startsWith("\"" + value)
                            || fromColumn.startsWith("'" + value),
                    () -> "column " + column + " should point at " + value + " in line " + line + ": " + source);
        }
    }

    /** Asserts that an override is rejected with {@code --set: <subject>: ...}, saying each of {@code allowed}. */
    static ConfigException assertRejectedOnCommandLine(String override, String subject, String... allowed) {
        ConfigException e = rejection(TEXT, override);
        String message = e.getMessage();
        String prefix = "--set: " + subject + ": ";
        assertEquals(SourceLocation.commandLine(), e.location(), () -> "location of: " + message);
        assertTrue(
                message.startsWith(prefix),
                () -> "expected a message starting with\n  " + prefix + "\nbut it was\n  " + message);
        assertSays(message, prefix, allowed);
        return e;
    }

    /** Each of {@code allowed} must appear in the message after its {@code prefix}. */
    private static void assertSays(String message, String prefix, String... allowed) {
        for (String words : allowed) {
            assertTrue(
                    message.substring(prefix.length()).contains(words),
                    () -> "expected the message to say\n  " + words + "\nbut it was\n  " + message);
        }
    }
}
