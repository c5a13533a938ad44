package org.bilatsim.config;

/**
 * Visitors from one country to another and their spending, a services export of the destination.
 * Visitors per year = base x (seats / base seats)^seatElasticity x (1 + growth)^years.
 *
 * @param name                key of the route (flights events name it)
 * @param visitorsFrom        ISO3 of the visitors' country (the importer of the service)
 * @param destination         ISO3 of the destination (the exporter of the service)
 * @param baseVisitorsPerYear visitors in the base year
 * @param spendPerVisitorUsd  spending per visitor in the destination, US$
 * @param baseSeatsPerWeek    direct seat capacity per week in the base year
 * @param seatElasticity      elasticity of visitors with respect to seat capacity
 * @param growthPerYear       trend growth of visitors, fraction per year
 * @param countsTowardTarget  whether tourism spending counts in two-way trade for the target
 */
public record TourismRoute(
        String name,
        String visitorsFrom,
        String destination,
        double baseVisitorsPerYear,
        double spendPerVisitorUsd,
        double baseSeatsPerWeek,
        double seatElasticity,
        double growthPerYear,
        boolean countsTowardTarget) {}
