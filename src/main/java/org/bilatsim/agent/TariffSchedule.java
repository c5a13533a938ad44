package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.DutyLayer;
import org.bilatsim.config.TariffLine;

/**
 * The duty layers one importing country applies, by product and partner, kept as a history of acts
 * rather than as current values, so that an act that lapses removes only itself.
 *
 * <p>Precedence (the README's "Duty precedence"): for each (product, partner, layer) the newest act
 * in force in the month governs; acts are ordered by the order in which they are made, which the
 * {@link DutyCalendar} keeps as date, then config order (an adaptive rule's act comes after the
 * scheduled acts of its month). A base tariff line is the oldest act on its line, in force from
 * the start (to its {@code until} for a preference that lapses); a PTA concession sets every layer
 * of the partner's line and its utilisation; a duty act sets one layer. A layer of a partner that no
 * act of the partner's own governs is the MFN layer of that month, and a partner with no act of its
 * own in force pays MFN. The duty rate is {@code u * (sum of the partner's layers) + (1 - u) * MFN},
 * u being the utilisation of the newest PTA concession in force on the line (1 without one).
 */
public final class TariffSchedule {
    private static final int LAYERS = DutyLayer.values().length;

    /**
     * One act on one (product, partner) line.
     *
     * @param from         first month in force; null for a base line (in force from the start)
     * @param until        last month in force; null = no end
     * @param layers       rate per layer (fraction), NaN for a layer the act leaves alone
     * @param utilization  share of imports claiming the line, NaN if the act does not set it
     */
    private record Act(YearMonth from, YearMonth until, double[] layers, double utilization) {
        boolean inForce(YearMonth month) {
            return (from == null || !month.isBefore(from)) && (until == null || !month.isAfter(until));
        }
    }

    /** Product → partner (or MFN) → the line's acts, oldest first (list order is precedence order). */
    private final Map<String, Map<String, List<Act>>> acts = new LinkedHashMap<>();

    /**
     * The last rate resolved per product and origin, with the months it holds for. The rate is a
     * function of which acts of the line (the origin's and MFN's) are in force, and that set changes
     * only in a month where one of them starts or after one ends; every declared import of every
     * month asks (issue 19: walking the history each time was a tenth of a 5,000-product run), so a
     * rate is resolved once per stretch of months without a change and reused, exactly, until then
     * or until an act is recorded.
     */
    private final Map<String, Map<String, Resolved>> resolved = new HashMap<>();

    /** Counts the acts recorded; a cached rate of an older version is stale. */
    private long version;

    private static final class Resolved {
        /** First and last month index ({@link #index}) the rate holds for. */
        int from;

        int to;
        /** The {@link #version} the rate was resolved at; -1 before the first (never current). */
        long version = -1;

        double rate;
    }

    /**
     * The resolved rate of one (product, origin) line, held by a caller that asks for it every month
     * (a market, for each origin): the rate is then found without the two hash lookups of
     * {@link #rate(String, String, YearMonth)}, from the same cached rate that method uses.
     */
    public static final class Line {
        final String product;
        final String origin;
        private final Resolved resolved;

        private Line(String product, String origin, Resolved resolved) {
            this.product = product;
            this.origin = origin;
            this.resolved = resolved;
        }
    }

    /** The handle of the line of {@code product} from {@code origin}. */
    public Line line(String product, String origin) {
        return new Line(product, origin, resolvedOf(product, origin));
    }

    /** The cached rate of the line of {@code product} from {@code origin}, made on first use. */
    private Resolved resolvedOf(String product, String origin) {
        return resolved.computeIfAbsent(product, k -> new HashMap<>()).computeIfAbsent(origin, k -> new Resolved());
    }

    /** {@link #rate(String, String, YearMonth)} of a line's handle: the same rate. */
    public double rate(Line line, YearMonth month) {
        return rate(line.resolved, line.product, line.origin, month);
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    void add(TariffLine line) {
        double[] layers = new double[LAYERS];
        for (DutyLayer layer : DutyLayer.values()) {
            layers[layer.ordinal()] = line.rate(layer);
        }
        record(line.product(), line.partner(), new Act(null, line.until(), layers, Double.NaN));
    }

    /** The total duty rate (fraction) on {@code product} from {@code origin} in {@code month}. */
    public double rate(String product, String origin, YearMonth month) {
        return rate(resolvedOf(product, origin), product, origin, month);
    }

    private double rate(Resolved cached, String product, String origin, YearMonth month) {
        int m = index(month);
        if (cached.version == version && m >= cached.from && m <= cached.to) {
            return cached.rate;
        }
        Map<String, List<Act>> lines = acts.getOrDefault(product, Map.of());
        cached.rate = resolveRate(lines, origin, month);
        cached.from = m;
        cached.to = Math.min(lastUnchanged(lines.get(TariffLine.MFN), m), lastUnchanged(lines.get(origin), m));
        cached.version = version;
        return cached.rate;
    }

    /** The last month index from {@code m} on in which no act of {@code history} enters or leaves force. */
    private static int lastUnchanged(List<Act> history, int m) {
        int last = Integer.MAX_VALUE;
        if (history == null) {
            return last;
        }
        for (Act act : history) {
            if (act.from() != null && index(act.from()) > m) {
                last = Math.min(last, index(act.from()) - 1);
            }
            if (act.until() != null && index(act.until()) >= m) {
                last = Math.min(last, index(act.until()));
            }
        }
        return last;
    }

    private static double resolveRate(Map<String, List<Act>> lines, String origin, YearMonth month) {
        double[] mfn = new double[LAYERS];
        resolve(lines.get(TariffLine.MFN), month, mfn);
        double mfnRate = total(mfn);
        if (origin.equals(TariffLine.MFN)) {
            return mfnRate;
        }
        double[] own = mfn.clone();
        double utilization = resolve(lines.get(origin), month, own);
        if (Double.isNaN(utilization)) {
            return mfnRate;
        }
        // Only the utilised share of imports claims a preference; the rest pays MFN.
        return utilization * total(own) + (1 - utilization) * mfnRate;
    }

    /**
     * A PTA concession from {@code month} on: every layer of the partner's line set so that the
     * preferential rate is {@code rate}, claimed by {@code utilization} of imports; no expiry.
     */
    void setPreference(String product, String partner, double rate, double utilization, YearMonth month) {
        double[] layers = new double[LAYERS];
        layers[DutyLayer.CUSTOMS.ordinal()] = rate;
        record(product, partner, new Act(month, null, layers, utilization));
    }

    /**
     * Sets one layer from {@code month} to {@code until} inclusive (null = permanent) as the newest
     * act on the line; when it lapses the newest act still in force governs the layer again.
     */
    void set(String product, String partner, DutyLayer layer, double rate, YearMonth month, YearMonth until) {
        double[] layers = new double[LAYERS];
        Arrays.fill(layers, Double.NaN);
        layers[layer.ordinal()] = rate;
        record(product, partner, new Act(month, until, layers, Double.NaN));
    }

    private void record(String product, String partner, Act act) {
        version++;
        acts.computeIfAbsent(product, k -> new LinkedHashMap<>())
                .computeIfAbsent(partner, k -> new ArrayList<>())
                .add(act);
    }

    /**
     * Overwrites each layer of {@code layers} that an act of {@code history} in force in
     * {@code month} governs, newest act first.
     *
     * @return the utilisation governing the line: that of the newest act in force that sets one, 1
     *         if acts are in force but none sets it, NaN if no act of the line is in force
     */
    private static double resolve(List<Act> history, YearMonth month, double[] layers) {
        if (history == null) {
            return Double.NaN;
        }
        boolean[] governed = new boolean[LAYERS];
        double utilization = Double.NaN;
        boolean any = false;
        for (int i = history.size() - 1; i >= 0; i--) {
            Act act = history.get(i);
            if (!act.inForce(month)) {
                continue;
            }
            any = true;
            for (int l = 0; l < LAYERS; l++) {
                if (!governed[l] && !Double.isNaN(act.layers()[l])) {
                    layers[l] = act.layers()[l];
                    governed[l] = true;
                }
            }
            if (Double.isNaN(utilization) && !Double.isNaN(act.utilization())) {
                utilization = act.utilization();
            }
        }
        if (!any) {
            return Double.NaN;
        }
        return Double.isNaN(utilization) ? 1.0 : utilization;
    }

    /** Sum of the layers, in layer order (the order fixes the rounding, and so the output bytes). */
    private static double total(double[] layers) {
        double sum = 0;
        for (double layer : layers) {
            sum += layer;
        }
        return sum;
    }
}
