package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.bilatsim.config.DutyLayer;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.TariffLine;

/**
 * The duty calendar, driven month by month as the government drives it, gives for every product,
 * partner and month exactly the rate of a naive reference that rescans every act each month: for
 * each layer the newest act in force (by date, then config order; a safeguard after the scheduled
 * acts of its month) governs; a partner layer no act of the partner governs is the MFN layer; a
 * partner without any act of its own in force pays MFN; utilisation is that of the newest PTA
 * concession in force on the line.
 */
class DutyHistoryPropertiesTest {
    private static final YearMonth START = YearMonth.of(2024, 1);
    private static final int MONTHS = 36;
    private static final String IMPORTER = "AZE";
    private static final List<String> PRODUCTS = List.of("rice", "textiles");
    /** P and Q may have lines and acts of their own; R never has, so it always pays MFN. */
    private static final List<String> ORIGINS = List.of("PAK", "TUR", "ROW");

    private static final List<String> PARTNERS = List.of("PAK", "TUR", TariffLine.MFN);

    /** A safeguard: an adaptive temporary duty made in month {@code month} after that month's events. */
    record Safeguard(int month, String product, String partner, DutyLayer layer, double rate, int durationMonths) {}

    /** Base tariff lines, scheduled events in config order (not sorted by date), and safeguards. */
    record Story(List<TariffLine> lines, List<PolicyEvent> events, List<Safeguard> safeguards) {}

    /** Duty rates: often round bands (so that acts coincide with what they replace), else any fraction. */
    private static Arbitrary<Double> rates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.3)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
    }

    private static Arbitrary<Integer> months() {
        return Arbitraries.integers().between(0, MONTHS - 1);
    }

    private static YearMonth month(int index) {
        return START.plusMonths(index);
    }

    private static Arbitrary<TariffLine> line(String product, String partner) {
        Arbitrary<YearMonth> until = partner.equals(TariffLine.MFN)
                ? Arbitraries.just(null)
                : Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(null)),
                        Tuple.of(2, months().map(DutyHistoryPropertiesTest::month)));
        return Combinators.combine(rates(), rates(), rates(), until)
                .as((c, r, a, u) -> new TariffLine(IMPORTER, product, partner, c, r, a, u));
    }

    /** Each (product, partner) line present or not. */
    private static Arbitrary<List<TariffLine>> lines() {
        List<Arbitrary<List<TariffLine>>> each = new ArrayList<>();
        for (String product : PRODUCTS) {
            for (String partner : PARTNERS) {
                each.add(line(product, partner).list().ofMaxSize(1));
            }
        }
        return Combinators.combine(each)
                .as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private static Arbitrary<PolicyEvent> duty() {
        return Combinators.combine(
                        months(),
                        Arbitraries.of("rice", "textiles", PolicyEvent.ALL_PRODUCTS),
                        Arbitraries.of(PARTNERS),
                        Arbitraries.of(DutyLayer.values()),
                        rates(),
                        Arbitraries.integers().between(-1, 18))
                .as((date, product, partner, layer, rate, length) -> new PolicyEvent.DutyChange(
                        month(date),
                        IMPORTER,
                        product,
                        partner,
                        layer,
                        rate,
                        length < 0 ? null : month(date).plusMonths(length)));
    }

    private static Arbitrary<PolicyEvent> pta() {
        Arbitrary<PolicyEvent.Concession> concession = Combinators.combine(
                        Arbitraries.of(PRODUCTS), Arbitraries.of("PAK", "TUR"), rates())
                .as((product, partner, rate) -> new PolicyEvent.Concession(IMPORTER, product, partner, rate));
        return Combinators.combine(
                        months(), concession.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(0.0, 0.25, 0.6, 1.0))
                .as((date, concessions, u) -> new PolicyEvent.Pta(month(date), "pta", concessions, u));
    }

    private static Arbitrary<Safeguard> safeguard() {
        return Combinators.combine(
                        months(),
                        Arbitraries.of(PRODUCTS),
                        Arbitraries.of("PAK", "TUR"),
                        Arbitraries.of(DutyLayer.values()),
                        rates(),
                        Arbitraries.integers().between(1, 12))
                .as(Safeguard::new);
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<PolicyEvent> event = Arbitraries.frequencyOf(Tuple.of(3, duty()), Tuple.of(1, pta()));
        return Combinators.combine(
                        lines(), event.list().ofMaxSize(14), safeguard().list().ofMaxSize(3))
                .as(Story::new);
    }

    @Property(tries = 1000)
    void everyRateIsTheNewestActInForcePerLayer(@ForAll("stories") Story story) {
        DutyCalendar calendar = new DutyCalendar();
        PRODUCTS.forEach(calendar::addProduct);
        story.lines().forEach(calendar::addLine);
        for (PolicyEvent e : story.events()) {
            if (e instanceof PolicyEvent.DutyChange d) {
                calendar.addEvent(d);
            } else {
                calendar.addPta((PolicyEvent.Pta) e);
            }
        }
        List<Act> acts = reference(story);
        // A market holds a handle per origin (ProductMarket): its rate must be the look-up's.
        java.util.Map<String, TariffSchedule.Line> handles = new java.util.HashMap<>();
        for (String product : PRODUCTS) {
            for (String origin : ORIGINS) {
                handles.put(product + "|" + origin, calendar.schedule().line(product, origin));
            }
        }
        for (int t = 0; t < MONTHS; t++) {
            YearMonth month = month(t);
            calendar.advanceTo(month);
            for (Safeguard s : story.safeguards()) {
                if (s.month() == t) {
                    calendar.setTemporarily(
                            s.product(),
                            s.partner(),
                            s.layer(),
                            s.rate(),
                            month,
                            month.plusMonths(s.durationMonths() - 1));
                }
            }
            for (String product : PRODUCTS) {
                for (String origin : ORIGINS) {
                    double expected = referenceRate(acts, product, origin, month);
                    TariffSchedule.Line handle = handles.get(product + "|" + origin);
                    // Every other month through the handle first, so each path meets the other's cache.
                    double viaHandle = t % 2 == 0 ? calendar.schedule().rate(handle, month) : Double.NaN;
                    double actual = calendar.schedule().rate(product, origin, month);
                    assertEquals(expected, actual, 0.0, product + " from " + origin + " in " + month);
                    if (t % 2 != 0) {
                        viaHandle = calendar.schedule().rate(handle, month);
                    }
                    assertEquals(expected, viaHandle, 0.0, "handle: " + product + " from " + origin + " in " + month);
                }
            }
        }
    }

    /**
     * One act of the reference: the layers it sets (NaN = untouched), the utilisation it sets (NaN =
     * none), its months in force ({@code from} null = from the start; {@code until} null = no end).
     */
    private record Act(
            String product, String partner, YearMonth from, YearMonth until, double[] layers, double utilization) {
        boolean inForce(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }
    }

    /** Every act of the story, oldest first: base lines, then by date, config order within a date. */
    private static List<Act> reference(Story story) {
        List<Act> acts = new ArrayList<>();
        for (TariffLine line : story.lines()) {
            acts.add(new Act(
                    line.product(),
                    line.partner(),
                    null,
                    line.until(),
                    new double[] {line.customs(), line.regulatory(), line.additional()},
                    Double.NaN));
        }
        record Dated(YearMonth date, int rank, Act act) {}
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < story.events().size(); i++) {
            PolicyEvent e = story.events().get(i);
            if (e instanceof PolicyEvent.DutyChange d) {
                for (String product : PRODUCTS) {
                    if (d.product().equals(product) || d.product().equals(PolicyEvent.ALL_PRODUCTS)) {
                        dated.add(new Dated(
                                d.date(),
                                i,
                                new Act(
                                        product,
                                        d.partner(),
                                        d.date(),
                                        d.until(),
                                        only(d.layer(), d.rate()),
                                        Double.NaN)));
                    }
                }
            } else if (e instanceof PolicyEvent.Pta p) {
                for (PolicyEvent.Concession c : p.concessions()) {
                    dated.add(new Dated(
                            p.date(),
                            i,
                            new Act(
                                    c.product(),
                                    c.partner(),
                                    p.date(),
                                    null,
                                    new double[] {c.rate(), 0, 0},
                                    p.utilization())));
                }
            }
        }
        // A safeguard is made after the scheduled acts of its month.
        for (int i = 0; i < story.safeguards().size(); i++) {
            Safeguard s = story.safeguards().get(i);
            YearMonth from = month(s.month());
            dated.add(new Dated(
                    from,
                    story.events().size() + i,
                    new Act(
                            s.product(),
                            s.partner(),
                            from,
                            from.plusMonths(s.durationMonths() - 1),
                            only(s.layer(), s.rate()),
                            Double.NaN)));
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparingInt(Dated::rank));
        dated.forEach(d -> acts.add(d.act()));
        return acts;
    }

    private static double[] only(DutyLayer layer, double rate) {
        double[] layers = {Double.NaN, Double.NaN, Double.NaN};
        layers[layer.ordinal()] = rate;
        return layers;
    }

    /** The rate by rescanning every act: per layer the newest in force; the partner's else MFN's. */
    private static double referenceRate(List<Act> acts, String product, String origin, YearMonth month) {
        double mfn = 0;
        double own = 0;
        boolean ownInForce = false;
        for (int l = 0; l < 3; l++) {
            Double mfnLayer = null;
            Double ownLayer = null;
            for (Act act : acts) {
                if (act.product().equals(product) && act.inForce(month) && !Double.isNaN(act.layers()[l])) {
                    if (act.partner().equals(TariffLine.MFN)) {
                        mfnLayer = act.layers()[l];
                    } else if (act.partner().equals(origin)) {
                        ownLayer = act.layers()[l];
                    }
                }
            }
            double m = mfnLayer == null ? 0 : mfnLayer;
            mfn += m;
            own += ownLayer == null ? m : ownLayer;
        }
        double utilization = 1;
        for (Act act : acts) {
            if (act.product().equals(product) && act.partner().equals(origin) && act.inForce(month)) {
                ownInForce = true;
                if (!Double.isNaN(act.utilization())) {
                    utilization = act.utilization();
                }
            }
        }
        if (!ownInForce) {
            return mfn;
        }
        return utilization * own + (1 - utilization) * mfn;
    }
}
