package org.bilatsim.config;

/**
 * A numeric interval with a sentence for messages.
 *
 * @param meaning the hint shown in parentheses after "must be ...", e.g. {@code CIF/FOB ratio}
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen, String meaning) {
    public static Range closed(double min, double max, String meaning) {
        return new Range(min, false, max, false, meaning);
    }

    public static Range open(double min, double max, String meaning) {
        return new Range(min, true, max, true, meaning);
    }

    public static Range leftOpen(double min, double max, String meaning) {
        return new Range(min, true, max, false, meaning);
    }

    /** Whether the value lies in the interval. */
    public boolean contains(double value) {
        boolean low = minOpen ? value > min : value >= min;
        boolean high = maxOpen ? value < max : value <= max;
        return low && high;
    }

    void check(MapReader reader, String key, YamlNode.Scalar scalar, double value) {
        if (!contains(value)) {
            throw reader.error(key, scalar, "must be " + describe() + (meaning.isEmpty() ? "" : " (" + meaning + ")"));
        }
    }

    /** "> 1 and <= 50". */
    public String describe() {
        String lower = (minOpen ? "> " : ">= ") + MapReader.format(min);
        String upper = (maxOpen ? "< " : "<= ") + MapReader.format(max);
        return lower + " and " + upper;
    }
}
