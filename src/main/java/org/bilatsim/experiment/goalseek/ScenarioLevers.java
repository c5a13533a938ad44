package org.bilatsim.experiment.goalseek;

import org.bilatsim.config.ConfigException;
import org.bilatsim.config.LeverPath;
import org.bilatsim.config.SourceLocation;

/** The search range of a scenario lever: the bounds asked for, checked against the schema's range. */
public final class ScenarioLevers {
    private ScenarioLevers() {}

    /**
     * The range a search may move {@code path} in: {@code lower} and {@code upper} when given (each
     * checked against the schema's declared range, with the loader's words), else the schema's range.
     * A side the schema leaves unbounded defaults to a factor of ten from the current value (current /
     * 10 and current &times; 10 for a positive value, &plusmn;10 otherwise), within what the schema allows.
     *
     * @throws ConfigException for a bound outside the schema's range, or a range that does not hold
     *     the current value (a search starts from the scenario as it is)
     */
    public static LeverRange range(
            LeverPath path, Double lower, Double upper, SourceLocation lowerAt, SourceLocation upperAt) {
        double current = path.current();
        double lo;
        double hi;
        if (lower != null) {
            path.requireAllowed(lower, lowerAt, "lower");
            lo = lower;
        } else {
            lo = path.lowest();
            if (Double.isInfinite(lo)) {
                lo = current > 0 ? current / 10 : current - 10;
            }
        }
        if (upper != null) {
            path.requireAllowed(upper, upperAt, "upper");
            hi = upper;
        } else {
            hi = path.highest();
            if (Double.isInfinite(hi)) {
                hi = current > 0 ? current * 10 : current + 10;
            }
        }
        if (!(lo < hi)) {
            throw new ConfigException(
                    upperAt,
                    path.path() + " upper bound = " + path.format(hi),
                    "must be above the lower bound " + path.format(lo));
        }
        if (current < lo) {
            throw new ConfigException(
                    lowerAt,
                    path.path() + " lower bound = " + path.format(lo),
                    "must be at most the value in the scenario, " + path.format(current)
                            + " (a search moves the lever from where the scenario has it)");
        }
        if (current > hi) {
            throw new ConfigException(
                    upperAt,
                    path.path() + " upper bound = " + path.format(hi),
                    "must be at least the value in the scenario, " + path.format(current)
                            + " (a search moves the lever from where the scenario has it)");
        }
        return new LeverRange(path.path(), current, lo, hi, path.integer());
    }
}
