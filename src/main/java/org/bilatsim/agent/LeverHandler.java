package org.bilatsim.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.TourismRoute;

/**
 * How each lever ({@link org.bilatsim.config.Lever}) reaches the agents: one method per type says
 * which government (or tourism route) receives the event, what is done on its date and what on its
 * expiry. {@link World#build} passes every config event through it, in config (date) order, which is
 * the order the governments apply them in.
 */
final class LeverHandler implements PolicyEvent.Visitor<Void> {
    private final Map<String, Government> governments;
    private final List<TourismRoute> tourism;
    private final Map<String, List<PolicyEvent.Flights>> flightsByRoute = new LinkedHashMap<>();

    LeverHandler(Map<String, Government> governments, List<TourismRoute> tourism) {
        this.governments = governments;
        this.tourism = tourism;
    }

    /** The flights events of each tourism route, in date order (for its agent). */
    Map<String, List<PolicyEvent.Flights>> flightsByRoute() {
        return flightsByRoute;
    }

    /** The importer's duty calendar sets the layer on the date and restores it after {@code until}. */
    @Override
    public Void duty(PolicyEvent.DutyChange event) {
        governments.get(event.importer()).addDutyChange(event);
        return null;
    }

    /** The importer scales the origin's trade cost on the date, and back after {@code until}. */
    @Override
    public Void tradeCost(PolicyEvent.TradeCostChange event) {
        governments
                .get(event.importer())
                .onDate(
                        event.date(),
                        government -> government.scaleTradeCost(
                                event.exporter(), event.product(), event.factor(), event.until()));
        return null;
    }

    /** The host lowers the origin's fixed cost and draws discoveries on the date; nothing expires. */
    @Override
    public Void exhibition(PolicyEvent.Exhibition event) {
        governments
                .get(event.importer())
                .onDate(
                        event.date(),
                        government -> government.exhibition(
                                event.exporter(),
                                event.product(),
                                event.fixedCostFactor(),
                                event.discoveryProbability()));
        return null;
    }

    /** Every country granting a concession enters the package in its duty calendar. */
    @Override
    public Void pta(PolicyEvent.Pta event) {
        event.concessions().stream()
                .map(PolicyEvent.Concession::importer)
                .distinct()
                .forEach(importer -> governments.get(importer).addPta(event));
        return null;
    }

    /** The importer's customs track the quota from the date until {@code until}. */
    @Override
    public Void trq(PolicyEvent.TariffRateQuota event) {
        governments.get(event.importer()).addQuota(event);
        return null;
    }

    /**
     * The route's tourism agent changes its seats on the date; a trade-cost factor other than 1 is a
     * permanent trade-cost change both ways between the route's two countries.
     */
    @Override
    public Void flights(PolicyEvent.Flights event) {
        flightsByRoute.computeIfAbsent(event.route(), r -> new ArrayList<>()).add(event);
        TourismRoute route = tourism.stream()
                .filter(r -> r.name().equals(event.route()))
                .findFirst()
                .orElseThrow();
        if (event.tradeCostFactor() != 1) {
            // Air links cut the cost of goods trade both ways between the two countries.
            for (String[] pair : new String[][] {
                {route.visitorsFrom(), route.destination()}, {route.destination(), route.visitorsFrom()}
            }) {
                tradeCost(new PolicyEvent.TradeCostChange(
                        event.date(), pair[0], pair[1], PolicyEvent.ALL_PRODUCTS, event.tradeCostFactor(), null));
            }
        }
        return null;
    }
}
