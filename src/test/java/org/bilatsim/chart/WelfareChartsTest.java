package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The welfare chart draws changes from the reference year, replication by replication. */
class WelfareChartsTest {

    @Test
    void eachReplicationsChangeIsFromItsOwnReferenceYear() {
        SortedMap<Integer, double[]> levels = new TreeMap<>();
        levels.put(2023, new double[] {5, 5});
        levels.put(2024, new double[] {100, 200});
        levels.put(2025, new double[] {110, 190});
        levels.put(2026, new double[] {130, 260});
        SortedMap<Integer, double[]> change = WelfareCharts.changeFrom(levels, 2024, 2025);
        assertEquals(java.util.List.of(2024, 2025), java.util.List.copyOf(change.keySet()), "years in range");
        assertArrayEquals(new double[] {0, 0}, change.get(2024));
        assertArrayEquals(new double[] {10, -10}, change.get(2025));
    }
}
