package org.bilatsim.experiment;

import java.util.List;
import org.bilatsim.config.ScenarioConfig;

/**
 * The years a summary shows when the user names none, derived from the run's span and target. The
 * milestone year is the target's year when the scenario states one within its span, otherwise the
 * middle year of the span, rounded up (2030 for 2024-2035): a medium-term year beside the horizon.
 * The headline years are the milestone and the span's last year.
 */
public final class Years {
    /** How the default is chosen, for --help texts. */
    public static final String RULE = "the target's year when the scenario states one within its span, otherwise "
            + "the middle year of the span rounded up (2030 for 2024-2035)";

    private Years() {}

    public static int milestone(ScenarioConfig config) {
        int first = config.start().getYear();
        int last = config.end().getYear();
        Integer target = config.target().year();
        if (target != null && target >= first && target <= last) {
            return target;
        }
        return first + (last - first + 1) / 2;
    }

    /** The milestone and the last year of the span (one year when they coincide). */
    public static List<Integer> headline(ScenarioConfig config) {
        int milestone = milestone(config);
        int last = config.end().getYear();
        return milestone == last ? List.of(last) : List.of(milestone, last);
    }

    /** {@code year} when the span covers it, else the span's last year. */
    public static int withinSpan(ScenarioConfig config, int year) {
        return year >= config.start().getYear() && year <= config.end().getYear()
                ? year
                : config.end().getYear();
    }
}
