package org.bilatsim.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated span of a run (from its resolved config) and the years the report names. Charts of
 * a run draw their time axis over this span; no chart or table names a year that is not taken from
 * here.
 *
 * <p>The report's headline years are, in order and each once: the base year (the first simulated
 * year); the target year if one is stated and lies inside the span, else the middle year of the span
 * (rounded up: 2030 for 2024–2035); and the last simulated year.
 *
 * @param start the first simulated month
 * @param end the last simulated month
 * @param targetYear the stated target year, or null
 */
public record RunSpan(YearMonth start, YearMonth end, Integer targetYear) {
    public RunSpan {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "a run spans from a start month to an end month not before it: " + start + " to " + end);
        }
    }

    /** The base year: the first simulated year. */
    public int firstYear() {
        return start.getYear();
    }

    public int lastYear() {
        return end.getYear();
    }

    public boolean contains(int year) {
        return year >= firstYear() && year <= lastYear();
    }

    /** The month index ({@code year × 12 + month − 1}) of the first simulated month. */
    public int firstMonthIndex() {
        return ChartStyle.monthIndex(start);
    }

    public int lastMonthIndex() {
        return ChartStyle.monthIndex(end);
    }

    /** The base year, the target (or middle) year, and the last year (see the class comment). */
    public List<Integer> headlineYears() {
        List<Integer> years = new ArrayList<>();
        years.add(firstYear());
        int middle = targetYear != null && contains(targetYear)
                ? targetYear
                : firstYear() + (lastYear() - firstYear() + 1) / 2;
        if (!years.contains(middle)) {
            years.add(middle);
        }
        if (!years.contains(lastYear())) {
            years.add(lastYear());
        }
        return List.copyOf(years);
    }
}
