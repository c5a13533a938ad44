package org.bilatsim.config;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A government-to-government contract: a scheduled, possibly lumpy flow from {@code exporter} to
 * {@code importer} outside the product markets (defence procurement, energy supply).
 *
 * @param name               key used as the product in output
 * @param kind               defence, energy or other (for reading; no behaviour depends on it)
 * @param countsTowardTarget whether its value counts in two-way trade for the target; false for
 *                           flows that customs would not record as the exporter's goods (e.g. LNG
 *                           traded by SOCAR but bought from third parties)
 * @param deliveries         one-off deliveries (date, value)
 * @param recurring          a regular flow, or null
 */
public record Contract(
        String name,
        String kind,
        String exporter,
        String importer,
        boolean countsTowardTarget,
        List<Delivery> deliveries,
        Recurring recurring) {
    public Contract {
        Objects.requireNonNull(name);
        deliveries = List.copyOf(deliveries);
    }

    /** A one-off delivery, US$. */
    public record Delivery(YearMonth date, double valueUsd) {}

    /**
     * A regular flow: {@code deliveriesPerMonth} deliveries of {@code valueUsdPerDelivery} each
     * month from {@code from} to {@code to}, each accepted by the buyer with probability
     * {@code acceptProbability} (an energy buyer may decline a cargo), the month's total capped at
     * {@code capacityUsdPerMonth} (a pipeline or terminal; infinite when not given).
     */
    public record Recurring(
            YearMonth from,
            YearMonth to,
            double valueUsdPerDelivery,
            int deliveriesPerMonth,
            double acceptProbability,
            double capacityUsdPerMonth) {}
}
