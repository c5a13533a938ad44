package org.bilatsim.config;

import java.util.List;

/**
 * A bilateral trade target.
 *
 * @param valueUsd  annual two-way trade between the pair, US$ per year
 * @param year      the year by which it should be reached, or null when none was stated
 * @param between   the two countries whose two-way trade the target counts
 */
public record Target(double valueUsd, Integer year, List<String> between) {
    public Target {
        between = List.copyOf(between);
        ConfigSchema.TARGET_VALUE.require(valueUsd);
        if (between.size() != 2) {
            throw new IllegalArgumentException("target.between must list exactly two countries");
        }
    }
}
