package org.bilatsim.experiment.goalseek;

/**
 * A lever a search may move: its config path, its value in the scenario and the range the search may
 * move it in.
 *
 * @param name    its config path, e.g. {@code tariffs.0.customs} or {@code events.2.rate}
 * @param current its value in the scenario
 * @param lower   lowest value allowed (the schema's declared range, or tighter)
 * @param upper   highest value allowed
 * @param integer whether only whole numbers are valid (a count of seats, of importers)
 */
public record LeverRange(String name, double current, double lower, double upper, boolean integer) {
    public LeverRange {
        if (!(lower <= current && current <= upper)) {
            throw new IllegalArgumentException(name + ": the current value " + current
                    + " is outside the search range [" + lower + ", " + upper + "]");
        }
    }

    /** The value at fraction u of the range, rounded for an integer lever. */
    public double at(double u) {
        double v = lower + Math.max(0, Math.min(1, u)) * (upper - lower);
        return (integer ? Math.round(v) : v) + 0.0;
    }

    /** The fraction of the range at which {@code value} lies (0 for an empty range). */
    public double fraction(double value) {
        return upper == lower ? 0 : (value - lower) / (upper - lower);
    }

    /** The end of the range farther from the current value: the largest change the range allows. */
    public double farEnd() {
        return upper - current >= current - lower ? upper : lower;
    }
}
