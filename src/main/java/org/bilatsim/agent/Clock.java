package org.bilatsim.agent;

import java.time.YearMonth;

/**
 * The simulated calendar, as agents see it: the engine's model implements it once, so that no agent
 * turns MASON's step count into a month itself. During the month's step {@link #monthIndex()} is the
 * number of months already simulated (0 in the start month).
 */
public interface Clock extends java.io.Serializable {
    /** The first simulated month. */
    YearMonth firstMonth();

    /** Months since {@link #firstMonth()}: 0 in the first month. */
    int monthIndex();

    /** The month being simulated. */
    default YearMonth month() {
        return firstMonth().plusMonths(monthIndex());
    }

    /**
     * A clock stopped at the start month, for a world that is built (e.g. to check that a scenario
     * calibrates) but never stepped.
     */
    static Clock stoppedAt(YearMonth start) {
        return new Clock() {
            private static final long serialVersionUID = 1L;

            @Override
            public YearMonth firstMonth() {
                return start;
            }

            @Override
            public int monthIndex() {
                return 0;
            }
        };
    }
}
