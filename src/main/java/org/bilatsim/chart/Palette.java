package org.bilatsim.chart;

import java.awt.Color;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Colours keyed by name, the same in every chart: fixed colours for the model's countries, the total
 * and baselines, and for any other name (scenario, product, country) a colour from a colour-blind-safe
 * palette chosen by the name's hash. When two names on one chart would share a colour, the later one
 * takes the next free colour, then darker and lighter shades ({@link #assign}; 30 distinct colours).
 */
public final class Palette {
    /** Two-way total. */
    public static final String TOTAL = "total";

    public static final Color TARGET = new Color(0xC0, 0x1C, 0x28);
    public static final Color MARKER = new Color(0x55, 0x55, 0x55);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private static final Map<String, Color> FIXED = Map.of(
            "PAK",
            new Color(0x1B, 0x78, 0x37),
            "AZE",
            new Color(0x21, 0x66, 0xAC),
            "ROW",
            new Color(0x80, 0x80, 0x80),
            TOTAL,
            new Color(0x22, 0x22, 0x22));
    private static final Color BASELINE = new Color(0x44, 0x44, 0x44);

    /** Okabe–Ito and Tableau colours that read on white (no yellow): a name's own colour is one of these. */
    static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2),
            new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7),
            new Color(0xD5, 0x5E, 0x00),
            new Color(0x56, 0xB4, 0xE9),
            new Color(0x94, 0x67, 0xBD),
            new Color(0x8C, 0x56, 0x4B),
            new Color(0x17, 0xBE, 0xCF),
            new Color(0xBC, 0xBD, 0x22));
    /** Further colours for charts with more than ten names: darker and lighter shades of the above. */
    static final List<Color> EXTRA = java.util.stream.Stream.concat(
                    COLOURS.stream().map(c -> new Color(c.getRed() * 3 / 5, c.getGreen() * 3 / 5, c.getBlue() * 3 / 5)),
                    COLOURS.stream()
                            .map(c -> new Color(
                                    255 - (255 - c.getRed()) / 2,
                                    255 - (255 - c.getGreen()) / 2,
                                    255 - (255 - c.getBlue()) / 2)))
            .toList();

    private Palette() {}

    /** The colour of a name on its own. */
    public static Color colour(String name) {
        Color fixed = FIXED.get(name);
        if (fixed != null) {
            return fixed;
        }
        if (name.endsWith("baseline")) {
            return BASELINE;
        }
        return COLOURS.get(Math.floorMod(name.hashCode(), COLOURS.size()));
    }

    /**
     * Colours for the names shown together on one chart: each name's own colour unless an earlier name
     * already has it, then the next colour of the palette not yet used.
     */
    public static Map<String, Color> assign(Collection<String> names) {
        Map<String, Color> out = new LinkedHashMap<>();
        Set<Color> used = new HashSet<>();
        for (String name : names) {
            Color c = colour(name);
            if (used.contains(c)) {
                int start = Math.max(0, COLOURS.indexOf(c));
                Color free = null;
                for (int i = 1; i <= COLOURS.size() && free == null; i++) {
                    Color candidate = COLOURS.get((start + i) % COLOURS.size());
                    if (!used.contains(candidate)) {
                        free = candidate;
                    }
                }
                for (int i = 0; i < EXTRA.size() && free == null; i++) {
                    if (!used.contains(EXTRA.get(i))) {
                        free = EXTRA.get(i);
                    }
                }
                c = free != null ? free : c;
            }
            used.add(c);
            out.put(name, c);
        }
        return out;
    }

    /** The colour with the alpha (0–255). */
    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
