package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.TariffLine;

/**
 * One importer's tariff schedule moving through time: the duty events of the scenario take effect
 * in their month, temporary ones are undone after their {@code until} month, and preferences lapse
 * after theirs. Used by the {@link Government} agent and, without running the model, by the
 * analytic command to list every tariff change.
 */
public final class DutyCalendar {
    private final TariffSchedule schedule = new TariffSchedule();
    private final List<PolicyEvent.DutyChange> events = new ArrayList<>();
    private final List<String> productKeys = new ArrayList<>();
    private final TreeMap<YearMonth, List<TariffSchedule.Saved>> reverts = new TreeMap<>();
    private final List<PolicyEvent.Pta> ptas = new ArrayList<>();
    private int next;
    private int nextPta;

    DutyCalendar() {
    }

    void addLine(TariffLine line) {
        schedule.add(line);
    }

    void addEvent(PolicyEvent.DutyChange event) {
        events.add(event);
    }

    void addProduct(String key) {
        productKeys.add(key);
    }

    void addPta(PolicyEvent.Pta pta) {
        ptas.add(pta);
    }

    /**
     * Sets a layer until {@code until} (inclusive), after which the previous rate returns; used by
     * adaptive rules such as a safeguard.
     */
    void setTemporarily(String product, String partner, org.bilatsim.config.DutyLayer layer, double rate,
            YearMonth month, YearMonth until) {
        var saved = schedule.set(product, partner, layer, rate, month, null);
        reverts.computeIfAbsent(until.plusMonths(1), m -> new ArrayList<>()).add(saved);
    }

    /** Applies everything due in {@code month} (call once per month, in order). */
    void advanceTo(YearMonth month) {
        List<TariffSchedule.Saved> due = reverts.remove(month);
        if (due != null) {
            // Undo in reverse order so overlapping temporary changes unwind correctly.
            for (int i = due.size() - 1; i >= 0; i--) {
                schedule.restore(due.get(i));
            }
        }
        while (nextPta < ptas.size() && !ptas.get(nextPta).date().isAfter(month)) {
            PolicyEvent.Pta pta = ptas.get(nextPta++);
            for (PolicyEvent.Concession c : pta.concessions()) {
                if (productKeys.contains(c.product())) {
                    schedule.setPreference(c.product(), c.partner(), c.rate(), pta.utilization());
                }
            }
        }
        while (next < events.size() && !events.get(next).date().isAfter(month)) {
            PolicyEvent.DutyChange duty = events.get(next++);
            for (String product : productKeys) {
                if (PolicyEvent.concerns(duty.product(), product)) {
                    var saved = schedule.set(product, duty.partner(), duty.layer(), duty.rate(), month, duty.until());
                    if (duty.until() != null) {
                        reverts.computeIfAbsent(duty.until().plusMonths(1), m -> new ArrayList<>()).add(saved);
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
    public record Change(YearMonth month, Product product, double[] before, double[] after) {
    }

    /** Every tariff change in the scenario's span, by replaying its duty events and expiries. */
    public static List<Change> changes(ScenarioConfig config) {
        List<Change> changes = new ArrayList<>();
        for (Product product : config.products()) {
            DutyCalendar calendar = new DutyCalendar();
            calendar.addProduct(product.key());
            config.tariffs().stream().filter(l -> l.importer().equals(product.importer())).forEach(calendar::addLine);
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
