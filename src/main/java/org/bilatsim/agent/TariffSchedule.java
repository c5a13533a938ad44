package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bilatsim.config.DutyLayer;
import org.bilatsim.config.TariffLine;

/**
 * The duty layers one importing country applies, by product and partner, with partner-specific
 * lines (preferences) that may expire. Lookup: a partner's own line while it is in force, else the
 * MFN line, else zero.
 */
public final class TariffSchedule {
    private static final int LAYERS = DutyLayer.values().length;

    /**
     * One line: the layers, the last month of a preference (null = no expiry), and a version that
     * counts the changes made to it.
     */
    private record Line(double[] layers, YearMonth until, int version, double utilization) {
        Line(double[] layers, YearMonth until, int version) {
            this(layers, until, version, 1.0);
        }

        boolean inForce(YearMonth month) {
            return until == null || !month.isAfter(until);
        }

        double total() {
            double sum = 0;
            for (double layer : layers) {
                sum += layer;
            }
            return sum;
        }
    }

    /**
     * What a temporary change replaced, to undo it: the whole previous line ({@code null} = there was
     * none), the layer it set and that layer's previous rate, and the version the change produced.
     */
    record Saved(String product, String partner, Object line, DutyLayer layer, double previousRate, int version) {
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    void add(TariffLine line) {
        double[] layers = new double[LAYERS];
        for (DutyLayer layer : DutyLayer.values()) {
            layers[layer.ordinal()] = line.rate(layer);
        }
        lines.put(key(line.product(), line.partner()), new Line(layers, line.until(), 0));
    }

    /** The total duty rate (fraction) on {@code product} from {@code origin} in {@code month}. */
    public double rate(String product, String origin, YearMonth month) {
        Line own = lines.get(key(product, origin));
        Line mfn = lines.get(key(product, TariffLine.MFN));
        double mfnRate = mfn == null ? 0 : mfn.total();
        if (own != null && own.inForce(month)) {
            // Only the utilised share of imports claims a preference; the rest pays MFN.
            return own.utilization() * own.total() + (1 - own.utilization()) * mfnRate;
        }
        return mfnRate;
    }

    /**
     * A PTA preference from {@code month} on: every layer of the partner's line set so that the
     * preferential rate is {@code rate}, claimed by {@code utilization} of imports; no expiry.
     */
    void setPreference(String product, String partner, double rate, double utilization) {
        String key = key(product, partner);
        Line previous = lines.get(key);
        double[] layers = new double[LAYERS];
        layers[DutyLayer.CUSTOMS.ordinal()] = rate;
        lines.put(key, new Line(layers, null, previous == null ? 1 : previous.version() + 1, utilization));
    }

    /**
     * Sets one layer from {@code month} on. A partner line that is absent or has lapsed starts as a
     * copy of the MFN line; the newest act governs, so the line's expiry becomes {@code until}.
     *
     * @return the line's previous state, for {@link #restore}
     */
    Saved set(String product, String partner, DutyLayer layer, double rate, YearMonth month, YearMonth until) {
        String key = key(product, partner);
        Line previous = lines.get(key);
        double[] layers;
        if (previous != null && previous.inForce(month)) {
            layers = previous.layers().clone();
        } else {
            Line mfn = lines.get(key(product, TariffLine.MFN));
            layers = mfn == null || partner.equals(TariffLine.MFN) ? new double[LAYERS] : mfn.layers().clone();
        }
        double previousRate = layers[layer.ordinal()];
        layers[layer.ordinal()] = rate;
        int version = previous == null ? 1 : previous.version() + 1;
        double utilization = previous != null && previous.inForce(month) ? previous.utilization() : 1.0;
        lines.put(key, new Line(layers, partner.equals(TariffLine.MFN) ? null : until, version, utilization));
        return new Saved(product, partner, previous, layer, previousRate, version);
    }

    /**
     * Undoes a temporary change. If nothing touched the line since, the line returns exactly as it
     * was (or disappears if the change created it); otherwise only the changed layer gets its
     * previous rate back, so a later permanent change to another layer survives.
     */
    void restore(Saved saved) {
        String key = key(saved.product(), saved.partner());
        Line current = lines.get(key);
        if (current != null && current.version() == saved.version()) {
            if (saved.line() == null) {
                lines.remove(key);
            } else {
                lines.put(key, (Line) saved.line());
            }
        } else if (current != null) {
            double[] layers = current.layers().clone();
            layers[saved.layer().ordinal()] = saved.previousRate();
            lines.put(key, new Line(layers, current.until(), current.version() + 1, current.utilization()));
        }
    }

    private static String key(String product, String partner) {
        return product + "|" + partner;
    }
}
