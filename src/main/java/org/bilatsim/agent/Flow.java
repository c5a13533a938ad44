package org.bilatsim.agent;

/**
 * A month's flow outside the product markets (a contract delivery, tourism spending, a project's
 * exports or equipment imports).
 *
 * @param product            key used as the product in output
 * @param unit               unit of {@code volume}
 * @param valueUsd           value, US$
 * @param volume             quantity in {@code unit}
 * @param countsTowardTarget whether it counts in two-way trade for the target
 */
public record Flow(
        String exporter,
        String importer,
        String product,
        String unit,
        double valueUsd,
        double volume,
        boolean countsTowardTarget) {}
