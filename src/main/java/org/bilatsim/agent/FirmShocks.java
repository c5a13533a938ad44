package org.bilatsim.agent;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bilatsim.economics.Productivity;

/**
 * The exporters of one origin whose productivities move: each firm's log productivity is its
 * permanent draw plus an idiosyncratic AR(1) shock, {@code z' = rho z + sd e} (Das, Roberts and Tybout
 * 2007, whose exporters' profitability follows an AR(1) process). The shocks reorder the firms, so
 * the serving set is no longer a prefix of the permanent ranking: each firm carries its own state,
 * whether it served last month and its current sales weight, and the month's serving set is the
 * sequential rule of {@link Productivity#servingSet} (stay while operating profit covers the fixed
 * cost; enter when it covers the fixed cost plus the annualised sunk cost).
 *
 * <p>The state is held as arrays, one slot per firm in the origin's rank order (structure of arrays),
 * rather than in the {@link ExporterFirm} objects: a month reads every firm's shock, weight and state
 * in one pass, and the firms without shocks keep their 24 bytes. The shocks come from the origin's own
 * stream ("productivity-shocks", product/origin), so they change no other population's draws. At
 * set-up each firm's shock is drawn from the stationary distribution {@code N(0, sd^2/(1-rho^2))}, so
 * the spread of productivities, and with it the mean sales weight, is the same every month.
 */
final class FirmShocks {
    private final double[] permanentWeight;
    private final double[] logShock;
    private final double[] weight;
    private final boolean[] serving;
    private final boolean[] incumbent;
    private final double[][] scratch;
    private final double persistence;
    private final double sd;
    /** sigmaF - 1: the sales weight is {@code (phi e^z)^(sigmaF-1)}. */
    private final double exponent;

    /**
     * Standard normal innovations by the ziggurat method (Marsaglia and Tsang 2000, McFarland's 2016
     * refinement as in commons-rng-sampling, here through commons-statistics-distribution) from the
     * origin's stream: one 64-bit draw per normal in most cases, where MASON's polar Box-Muller draws
     * four 32-bit words and a logarithm and a square root per pair; the normal draw was the largest
     * cost of a shocked firm's month (docs/performance.md).
     */
    private final ZigguratSampler.NormalizedGaussian normal;

    private double servingWeight;
    private int entrants;
    /** Last month's cut of the keys (see {@link Productivity#servingSet}); NaN before the first month. */
    private double lastCut = Double.NaN;

    /**
     * @param permanentWeights the firms' permanent sales weights phi^(sigmaF-1), in rank order
     * @param sigmaF           the within-origin elasticity
     * @param persistence      monthly AR(1) coefficient rho, in [0, 1)
     * @param sd               s.d. of the monthly innovation of log productivity, above 0
     * @param random           the origin's own stream of productivity shocks
     */
    FirmShocks(double[] permanentWeights, double sigmaF, double persistence, double sd, MersenneTwisterFast random) {
        int n = permanentWeights.length;
        this.permanentWeight = permanentWeights;
        this.logShock = new double[n];
        this.weight = new double[n];
        this.serving = new boolean[n];
        this.incumbent = new boolean[n];
        this.scratch = new double[3][n];
        this.persistence = persistence;
        this.sd = sd;
        this.exponent = sigmaF - 1;
        this.normal = ZigguratSampler.NormalizedGaussian.of(random::nextLong);
        double stationary = Productivity.stationaryShockSd(persistence, sd);
        for (int i = 0; i < n; i++) {
            logShock[i] = stationary * normal.sample();
            weight[i] = permanentWeight[i] * Math.exp(exponent * logShock[i]);
        }
    }

    /** The month's shocks: every firm's log productivity takes one AR(1) step. */
    void advance() {
        double rho = persistence;
        double s = sd;
        double k = exponent;
        ZigguratSampler.NormalizedGaussian e = normal;
        for (int i = 0; i < weight.length; i++) {
            double z = Productivity.nextLogShock(logShock[i], rho, s, e.sample());
            logShock[i] = z;
            weight[i] = permanentWeight[i] * Math.exp(k * z);
        }
    }

    /**
     * The month's serving set, given the origin's expected revenue and the revenues a firm needs to
     * stay and to enter (US$ per month).
     *
     * @return the number of serving firms
     */
    int decide(double revenueUsd, double stayUsd, double entryUsd) {
        System.arraycopy(serving, 0, incumbent, 0, serving.length);
        // Sort only the firms whose key is at least half last month's cut: the cut moves little from
        // month to month, and the result does not depend on the guess.
        double floor = Double.isNaN(lastCut) || lastCut <= 0 || Double.isInfinite(lastCut) ? Double.NaN : lastCut / 2;
        lastCut = Productivity.servingSet(weight, incumbent, revenueUsd, stayUsd, entryUsd, floor, serving, scratch);
        double w = 0;
        int started = 0;
        int count = 0;
        for (int i = 0; i < weight.length; i++) {
            if (serving[i]) {
                w += weight[i];
                started += incumbent[i] ? 0 : 1;
                count++;
            }
        }
        servingWeight = w;
        entrants = started;
        return count;
    }

    /** Forgets who served (set-up: the base period's firms all decide as outsiders). */
    void clearServing() {
        Arrays.fill(serving, false);
    }

    /** The serving firms' shipments, by current sales weight: the volume booked, product units. */
    double ship(double volume, double servingWeight) {
        double booked = 0;
        for (int i = 0; i < weight.length; i++) {
            if (serving[i]) {
                booked += volume * weight[i] / servingWeight;
            }
        }
        return booked;
    }

    double servingWeight() {
        return servingWeight;
    }

    int entrants() {
        return entrants;
    }

    /** The current sales weights, largest first (a copy). */
    double[] weightsDescending() {
        double[] sorted = weight.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }

    /** Firm j's current sales weight. */
    double weight(int j) {
        return weight[j];
    }

    /** Whether firm j serves this month. */
    boolean serving(int j) {
        return serving[j];
    }
}
