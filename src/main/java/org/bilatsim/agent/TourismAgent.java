package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.List;
import org.bilatsim.config.TourismRoute;
import sim.engine.SimState;

/**
 * Visitors on one route: {@code visitors = base (seats/seats0)^e (1+g)^(t/12) / 12} a month, each
 * spending a fixed amount: a services export of the destination to the visitors' country. Flights
 * events change the seats.
 */
public final class TourismAgent implements FlowAgent {
    private static final long serialVersionUID = 1L;

    private final TourismRoute route;
    private final Clock clock;
    private final List<org.bilatsim.config.PolicyEvent.Flights> flights;
    private int nextFlights;
    private double seatsPerWeek;
    private List<Flow> flows = List.of();

    TourismAgent(TourismRoute route, Clock clock, List<org.bilatsim.config.PolicyEvent.Flights> flights) {
        this.route = route;
        this.clock = clock;
        this.flights = List.copyOf(flights);
        this.seatsPerWeek = route.baseSeatsPerWeek();
    }

    /** A flights event: seats added (or removed); capacity never falls below one seat a week. */
    void changeSeats(double change) {
        seatsPerWeek = Math.max(1, seatsPerWeek + change);
    }

    @Override
    public void step(SimState state) {
        long t = clock.monthIndex();
        YearMonth month = clock.month();
        while (nextFlights < flights.size() && !flights.get(nextFlights).date().isAfter(month)) {
            changeSeats(flights.get(nextFlights++).seatsPerWeekChange());
        }
        double visitors = route.baseVisitorsPerYear()
                / 12
                * Math.pow(seatsPerWeek / route.baseSeatsPerWeek(), route.seatElasticity())
                * Math.pow(1 + route.growthPerYear(), t / 12.0);
        double spend = visitors * route.spendPerVisitorUsd();
        flows = List.of(new Flow(
                route.destination(),
                route.visitorsFrom(),
                route.name(),
                "visitors",
                spend,
                visitors,
                route.countsTowardTarget()));
    }

    @Override
    public List<Flow> flows() {
        return flows;
    }

    public TourismRoute route() {
        return route;
    }
}
