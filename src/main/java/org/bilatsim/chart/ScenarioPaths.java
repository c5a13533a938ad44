package org.bilatsim.chart;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One scenario's annual two-way trade totals (US$) across replications, for the scenario comparison
 * charts.
 *
 * @param name the scenario name (also its colour key)
 * @param totalsByYearAcrossReplications year → one total per replication, in replication order (use
 *     the same order in every scenario so that differences from the baseline pair replications)
 */
public record ScenarioPaths(String name, Map<Integer, double[]> totalsByYearAcrossReplications) {
    public ScenarioPaths {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        SortedMap<Integer, double[]> copy = new TreeMap<>();
        totalsByYearAcrossReplications.forEach((year, values) -> copy.put(year, values.clone()));
        totalsByYearAcrossReplications = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The median and bands by year. */
    public SortedMap<Integer, Band> bands() {
        return ChartData.bands(totalsByYearAcrossReplications);
    }

    /** The number of replications (the length of the first year's array). */
    public int replications() {
        return totalsByYearAcrossReplications.values().stream()
                .findFirst()
                .map(v -> v.length)
                .orElse(0);
    }
}
