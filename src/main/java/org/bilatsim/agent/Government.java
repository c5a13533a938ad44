package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.TariffLine;
import org.bilatsim.economics.Prices;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government of one country: its tariff schedule on imports, the dated policy events that
 * concern its import markets, and the duty it collects. Stepped in the policy phase.
 */
public final class Government implements Steppable {
    private static final long serialVersionUID = 1L;

    private final String iso3;
    private final MersenneTwisterFast policyRandom;
    private final YearMonth start;
    private final DutyCalendar duties = new DutyCalendar();
    /** Events other than duty changes, in date order. */
    private final List<PolicyEvent> events = new ArrayList<>();
    private final List<ProductMarket> markets = new ArrayList<>();
    /** Undo actions of temporary trade-cost changes, by the month in which the old state returns. */
    private final TreeMap<YearMonth, List<Runnable>> reverts = new TreeMap<>();
    private int nextEvent;
    private double revenueThisMonthUsd;
    private double revenueTotalUsd;

    public Government(String iso3, YearMonth start, MersenneTwisterFast policyRandom) {
        this.iso3 = iso3;
        this.start = start;
        this.policyRandom = policyRandom;
    }

    void addTariff(TariffLine line) {
        duties.addLine(line);
    }

    void addEvent(PolicyEvent event) {
        if (event instanceof PolicyEvent.DutyChange duty) {
            duties.addEvent(duty);
        } else {
            events.add(event);
        }
    }

    void addMarket(ProductMarket market) {
        markets.add(market);
        duties.addProduct(market.product().key());
    }

    @Override
    public void step(SimState state) {
        YearMonth month = start.plusMonths(state.schedule.getSteps());
        revenueThisMonthUsd = 0;
        duties.advanceTo(month);
        List<Runnable> due = reverts.remove(month);
        if (due != null) {
            due.forEach(Runnable::run);
        }
        while (nextEvent < events.size() && !events.get(nextEvent).date().isAfter(month)) {
            apply(events.get(nextEvent++), month, state);
        }
    }

    private void apply(PolicyEvent event, YearMonth month, SimState state) {
        if (event instanceof PolicyEvent.TradeCostChange cost) {
            for (ProductMarket market : marketsFor(cost.product())) {
                OriginSupply origin = market.origin(cost.exporter());
                if (origin != null) {
                    origin.scaleTradeCost(cost.factor());
                    if (cost.until() != null) {
                        later(cost.until().plusMonths(1), () -> origin.scaleTradeCost(1 / cost.factor()));
                    }
                }
            }
        } else if (event instanceof PolicyEvent.Exhibition fair) {
            for (ProductMarket market : marketsFor(fair.product())) {
                OriginSupply origin = market.origin(fair.exporter());
                if (origin != null) {
                    origin.scaleFixedCost(fair.fixedCostFactor());
                    market.discover(origin.index(), fair.discoveryProbability(), policyRandom);
                }
            }
        }
    }

    private void later(YearMonth month, Runnable undo) {
        reverts.computeIfAbsent(month, m -> new ArrayList<>()).add(undo);
    }

    private List<ProductMarket> marketsFor(String product) {
        return markets.stream()
                .filter(m -> product.equals(PolicyEvent.ALL_PRODUCTS) || m.product().key().equals(product))
                .toList();
    }

    /**
     * Customs: duty on a declared import, at this government's own rate for the product and origin.
     *
     * @return the duty collected, US$
     */
    double declare(String product, String origin, YearMonth month, double customsValueUsd) {
        double duty = Prices.dutyRevenue(duties.schedule().rate(product, origin, month), customsValueUsd);
        revenueThisMonthUsd += duty;
        return duty;
    }

    /** Accounting phase: books the month's revenue. */
    void book() {
        revenueTotalUsd += revenueThisMonthUsd;
    }

    TariffSchedule schedule() {
        return duties.schedule();
    }

    public String iso3() {
        return iso3;
    }

    public double revenueThisMonthUsd() {
        return revenueThisMonthUsd;
    }

    public double revenueTotalUsd() {
        return revenueTotalUsd;
    }
}
