package org.bilatsim.config;

import java.util.Objects;

/**
 * An observed annual two-way trade total of the target's pair, to measure a backcast against.
 *
 * @param year     calendar year
 * @param totalUsd observed two-way trade, US$
 * @param source   where the figure comes from
 */
public record Observed(int year, double totalUsd, String source) {
    public Observed {
        Objects.requireNonNull(source, "source");
        ConfigSchema.OBSERVED_TOTAL.require(totalUsd);
    }
}
