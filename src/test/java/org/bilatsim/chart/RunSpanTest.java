package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSpanTest {
    private static RunSpan span(String start, String end, Integer targetYear) {
        return new RunSpan(YearMonth.parse(start), YearMonth.parse(end), targetYear);
    }

    @Test
    void headlineYearsAreTheBaseYearTheTargetYearInsideTheSpanAndTheLastYear() {
        assertEquals(List.of(2024, 2030, 2035), span("2024-01", "2035-12", 2030).headlineYears());
        assertEquals(List.of(2024, 2028, 2035), span("2024-01", "2035-12", 2028).headlineYears());
    }

    @Test
    void withoutATargetYearInsideTheSpanTheMiddleYearRoundedUpStandsIn() {
        assertEquals(List.of(2024, 2030, 2035), span("2024-01", "2035-12", null).headlineYears());
        assertEquals(List.of(2020, 2028, 2035), span("2020-01", "2035-12", 2040).headlineYears());
    }

    @Test
    void aShortSpanNamesEachYearOnce() {
        assertEquals(List.of(2024), span("2024-01", "2024-12", 2024).headlineYears());
        assertEquals(List.of(2024, 2025), span("2024-01", "2025-06", null).headlineYears());
    }

    @Test
    void monthIndicesAndTheSpanItself() {
        RunSpan s = span("2024-03", "2026-02", null);
        assertEquals(2024 * 12 + 2, s.firstMonthIndex());
        assertEquals(2026 * 12 + 1, s.lastMonthIndex());
        assertThrows(IllegalArgumentException.class, () -> span("2025-01", "2024-12", null));
    }
}
