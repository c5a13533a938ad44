package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.TariffLine;

/**
 * One importer's tariff schedule moving through time: the duty events and PTA concessions of the
 * scenario are made in their month, in date order and, within a month, in config order; adaptive
 * rules such as a safeguard make theirs after them. The {@link TariffSchedule} keeps every act, so
 * an act that lapses removes only itself (see its precedence rule). Used by the {@link Government}
 * agent and, without running the model, by the analytic command to list every tariff change.
 */
public final class DutyCalendar {
    private final TariffSchedule schedule = new TariffSchedule();
    /** Duty events and PTAs not yet made, in the order they were added (config order). */
    private final List<PolicyEvent> pending = new ArrayList<>();

    private final List<String> productKeys = new ArrayList<>();
    private int next;
    private boolean sorted;

    DutyCalendar() {}

    void addLine(TariffLine line) {
        schedule.add(line);
    }

    void addEvent(PolicyEvent.DutyChange event) {
        pending.add(event);
        sorted = false;
    }

    void addProduct(String key) {
        productKeys.add(key);
    }

    void addPta(PolicyEvent.Pta pta) {
        pending.add(pta);
        sorted = false;
    }

    /**
     * Sets a layer from {@code month} to {@code until} (inclusive) as the newest act on the line,
     * after which the newest act still in force governs it again; used by adaptive rules such as a
     * safeguard.
     */
    void setTemporarily(
            String product,
            String partner,
            org.bilatsim.config.DutyLayer layer,
            double rate,
            YearMonth month,
            YearMonth until) {
        schedule.set(product, partner, layer, rate, month, until);
    }

    /** Makes every act due by {@code month} (call once per month, in order). */
    void advanceTo(YearMonth month) {
        if (!sorted) {
            // A stable sort: acts of one month keep config order, whatever the order of the months.
            pending.subList(next, pending.size()).sort(Comparator.comparing(PolicyEvent::date));
            sorted = true;
        }
        while (next < pending.size() && !pending.get(next).date().isAfter(month)) {
            PolicyEvent event = pending.get(next++);
            if (event instanceof PolicyEvent.Pta pta) {
                for (PolicyEvent.Concession c : pta.concessions()) {
                    if (productKeys.contains(c.product())) {
                        schedule.setPreference(c.product(), c.partner(), c.rate(), pta.utilization(), pta.date());
                    }
                }
            } else if (event instanceof PolicyEvent.DutyChange duty) {
                for (String product : productKeys) {
                    if (PolicyEvent.concerns(duty.product(), product)) {
                        schedule.set(product, duty.partner(), duty.layer(), duty.rate(), duty.date(), duty.until());
                    }
                }
            }
        }
    }

    TariffSchedule schedule() {
        return schedule;
    }

    /**
     * A change of the duty vector of one product market between two consecutive months.
     *
     * @param month   the first month of the new rates
     * @param before  duty rate per origin (config order) in the month before
     * @param after   duty rate per origin from {@code month}
     */
    public record Change(YearMonth month, Product product, double[] before, double[] after) {}

    /** Every tariff change in the scenario's span, by replaying its duty events and expiries. */
    public static List<Change> changes(ScenarioConfig config) {
        List<Change> changes = new ArrayList<>();
        for (Product product : config.products()) {
            DutyCalendar calendar = new DutyCalendar();
            calendar.addProduct(product.key());
            config.tariffs().stream()
                    .filter(l -> l.importer().equals(product.importer()))
                    .forEach(calendar::addLine);
            for (PolicyEvent e : config.events()) {
                if (e instanceof PolicyEvent.DutyChange d && d.importer().equals(product.importer())) {
                    calendar.addEvent(d);
                } else if (e instanceof PolicyEvent.Pta pta) {
                    calendar.addPta(pta);
                }
            }
            double[] previous = calendar.rates(product, config.start());
            for (YearMonth month = config.start(); !month.isAfter(config.end()); month = month.plusMonths(1)) {
                calendar.advanceTo(month);
                double[] current = calendar.rates(product, month);
                if (!java.util.Arrays.equals(previous, current)) {
                    changes.add(new Change(month, product, previous, current));
                }
                previous = current;
            }
        }
        return changes;
    }

    private double[] rates(Product product, YearMonth month) {
        double[] rates = new double[product.sources().size()];
        for (int s = 0; s < rates.length; s++) {
            rates[s] = schedule.rate(product.key(), product.sources().get(s).exporter(), month);
        }
        return rates;
    }
}
