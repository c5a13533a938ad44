package org.bilatsim.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A bilateral trade target.
 *
 * @param valueUsd  annual two-way trade between the pair, US$ per year
 * @param year      the year by which it should be reached, or null when none was stated
 * @param between   the two countries whose two-way trade the target counts
 * @param counts    the kinds of flow the target counts (customs goods by default: the observed totals
 *                  that set the target are customs data); every kind is still reported as all flows
 */
public record Target(double valueUsd, Integer year, List<String> between, Set<FlowKind> counts) {
    /** The kinds a target counts when its config does not say: customs goods. */
    public static final Set<FlowKind> DEFAULT_COUNTS = Set.of(FlowKind.GOODS);

    public Target {
        between = List.copyOf(between);
        counts = counts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(counts));
        ConfigSchema.TARGET_VALUE.require(valueUsd);
        if (between.size() != 2) {
            throw new IllegalArgumentException("target.between must list exactly two countries");
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("target.counts must name at least one kind of flow");
        }
    }

    /** A target of customs goods trade. */
    public Target(double valueUsd, Integer year, List<String> between) {
        this(valueUsd, year, between, DEFAULT_COUNTS);
    }

    /** Whether a flow of this kind counts toward the target. */
    public boolean counts(FlowKind kind) {
        return counts.contains(kind);
    }
}
