package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bilatsim.config.DutyLayer;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.TariffLine;
import org.bilatsim.economics.Prices;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government of one country: its tariff schedule on imports (with preferences, PTA packages and
 * tariff-rate quotas), the dated policy events that concern its import markets, and the duty it
 * collects. Stepped in the policy phase.
 */
public final class Government implements Steppable {
    private static final long serialVersionUID = 1L;

    private final String iso3;
    private final Clock clock;
    private final DutyCalendar duties = new DutyCalendar();
    /** What is done on a date (trade-cost changes, exhibitions), in date order. */
    private final List<Dated> events = new ArrayList<>();

    private final List<ProductMarket> markets = new ArrayList<>();
    /** Tariff-rate quotas by product|partner. */
    private final Map<String, Quota> quotas = new LinkedHashMap<>();
    /** Undo actions of temporary trade-cost changes, by the month in which the old state returns. */
    private final TreeMap<YearMonth, List<Runnable>> reverts = new TreeMap<>();

    private int nextEvent;
    private double revenueThisMonthUsd;
    private double revenueTotalUsd;

    /** A tariff-rate quota in force, and how much of this year's quota is filled (product units). */
    private static final class Quota {
        final PolicyEvent.TariffRateQuota terms;
        double filled;
        int year;
        boolean open = true;

        Quota(PolicyEvent.TariffRateQuota terms) {
            this.terms = terms;
        }

        boolean inForce(YearMonth month) {
            return !month.isBefore(terms.date()) && (terms.until() == null || !month.isAfter(terms.until()));
        }
    }

    /** An action of a lever's handler, due at the start of {@code date}. */
    private record Dated(YearMonth date, Consumer<Government> action) {}

    public Government(String iso3, Clock clock) {
        this.iso3 = iso3;
        this.clock = clock;
    }

    void addTariff(TariffLine line) {
        duties.addLine(line);
    }

    /** A duty change: the calendar sets the layer on its date and restores it after {@code until}. */
    void addDutyChange(PolicyEvent.DutyChange duty) {
        duties.addEvent(duty);
    }

    /** A PTA package: the calendar applies this country's concessions on its date. */
    void addPta(PolicyEvent.Pta pta) {
        duties.addPta(pta);
    }

    /** A tariff-rate quota on imports of its product from its partner (or MFN). */
    void addQuota(PolicyEvent.TariffRateQuota trq) {
        quotas.put(trq.product() + "|" + trq.partner(), new Quota(trq));
    }

    /** Runs {@code action} in the policy phase of {@code date}; actions are added in date order. */
    void onDate(YearMonth date, Consumer<Government> action) {
        events.add(new Dated(date, action));
    }

    void addMarket(ProductMarket market) {
        markets.add(market);
        duties.addProduct(market.product().key());
    }

    @Override
    public void step(SimState state) {
        YearMonth month = clock.month();
        revenueThisMonthUsd = 0;
        duties.advanceTo(month);
        for (Quota quota : quotas.values()) {
            if (quota.year != month.getYear()) {
                quota.year = month.getYear();
                quota.filled = 0;
            }
            quota.open = quota.filled < quota.terms.quotaVolumePerYear();
        }
        List<Runnable> due = reverts.remove(month);
        if (due != null) {
            due.forEach(Runnable::run);
        }
        while (nextEvent < events.size() && !events.get(nextEvent).date().isAfter(month)) {
            events.get(nextEvent++).action().accept(this);
        }
    }

    /**
     * Multiplies the trade cost from {@code exporter} of {@code product} (or "*") by {@code factor};
     * after {@code until} (null = never) the old cost returns.
     */
    void scaleTradeCost(String exporter, String product, double factor, YearMonth until) {
        for (ProductMarket market : marketsFor(product)) {
            OriginSupply origin = market.origin(exporter);
            if (origin != null) {
                origin.scaleTradeCost(factor);
                if (until != null) {
                    later(until.plusMonths(1), () -> origin.scaleTradeCost(1 / factor));
                }
            }
        }
    }

    /** An exhibition of {@code exporter}'s goods in this country (also used by the promotion rule). */
    void exhibition(String exporter, String product, double fixedCostFactor, double discoveryProbability) {
        for (ProductMarket market : marketsFor(product)) {
            OriginSupply origin = market.origin(exporter);
            if (origin != null) {
                origin.scaleFixedCost(fixedCostFactor);
                market.discover(origin.index(), discoveryProbability);
            }
        }
    }

    /** A duty layer set for a limited time by an adaptive rule (a safeguard). */
    void setTemporarily(
            String product, String partner, DutyLayer layer, double rate, YearMonth month, YearMonth until) {
        duties.setTemporarily(product, partner, layer, rate, month, until);
    }

    private void later(YearMonth month, Runnable undo) {
        reverts.computeIfAbsent(month, m -> new ArrayList<>()).add(undo);
    }

    private List<ProductMarket> marketsFor(String product) {
        return markets.stream()
                .filter(m -> PolicyEvent.concerns(product, m.product().key()))
                .toList();
    }

    /** The quota governing imports of {@code product} from {@code origin} this month, or null. */
    private Quota quota(String product, String origin, YearMonth month) {
        if (quotas.isEmpty()) {
            return null; // most scenarios have no quota: skip building the keys, twice per declared import
        }
        Quota own = quotas.get(product + "|" + origin);
        if (own != null && own.inForce(month)) {
            return own;
        }
        Quota mfn = quotas.get(product + "|" + TariffLine.MFN);
        return mfn != null && mfn.inForce(month) && !quotas.containsKey(product + "|" + origin) ? mfn : null;
    }

    /** The duty rate (fraction) on {@code product} from {@code origin} in {@code month}. */
    double dutyRate(String product, String origin, YearMonth month) {
        Quota quota = quota(product, origin, month);
        if (quota != null) {
            return quota.open ? quota.terms.inQuotaRate() : quota.terms.outOfQuotaRate();
        }
        return duties.schedule().rate(product, origin, month);
    }

    /** The handle of a (product, origin) line of this government's schedule, for {@link #dutyRate(TariffSchedule.Line, YearMonth)}. */
    TariffSchedule.Line dutyLine(String product, String origin) {
        return duties.schedule().line(product, origin);
    }

    /** {@link #dutyRate(String, String, YearMonth)} of a line's handle: the same rate, without its key look-ups. */
    double dutyRate(TariffSchedule.Line line, YearMonth month) {
        if (!quotas.isEmpty()) {
            return dutyRate(line.product, line.origin, month);
        }
        return duties.schedule().rate(line, month);
    }

    /** {@link #declare(String, String, YearMonth, double, double)} of a line's handle. */
    double declare(TariffSchedule.Line line, YearMonth month, double volume, double customsValueUsd) {
        if (!quotas.isEmpty()) {
            return declare(line.product, line.origin, month, volume, customsValueUsd);
        }
        double duty = Prices.dutyRevenue(duties.schedule().rate(line, month), customsValueUsd);
        revenueThisMonthUsd += duty;
        return duty;
    }

    /**
     * Customs: duty on a declared import, at this government's own rate for the product and origin;
     * the volume fills a tariff-rate quota if one applies.
     *
     * @return the duty collected, US$
     */
    double declare(String product, String origin, YearMonth month, double volume, double customsValueUsd) {
        double duty = Prices.dutyRevenue(dutyRate(product, origin, month), customsValueUsd);
        Quota quota = quota(product, origin, month);
        if (quota != null && quota.open) {
            quota.filled += volume;
        }
        revenueThisMonthUsd += duty;
        return duty;
    }

    /** Accounting phase: books the month's revenue. */
    void book() {
        revenueTotalUsd += revenueThisMonthUsd;
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

    TariffSchedule schedule() {
        return duties.schedule();
    }
}
