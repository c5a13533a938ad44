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
    /**
     * Margin of the log-space pre-test, in log units: a firm is passed over only if the logarithm of
     * its key is below the logarithm of the floor by more than this. The rounding of the two sides
     * (a logarithm, an exponential, a product, a quotient and a few sums of numbers below 10^3) is
     * below 10^-12, so a firm passed over has a key below the floor as the exact arithmetic computes
     * it, and the serving set and every sum are those of keys computed for every firm.
     */
    private static final double LOG_MARGIN = 1e-6;

    private final double[] permanentWeight;
    /** log of the permanent weight: the log key is {@code log w_0 + (sigmaF-1) z - log T}. */
    private final double[] logPermanentWeight;

    private final double[] logShock;
    /** Current sales weights; valid for the month's candidates (and so for every serving firm). */
    private final double[] weight;

    private final boolean[] serving;
    /** The month's candidates (key at least the floor), in firm order: index, key, incumbent. */
    private final int[] candidate;

    private final double[] candidateKey;
    private final boolean[] candidateIncumbent;
    private int candidates;
    /** The firms serving this month, in firm order (the first {@code servingCount} slots). */
    private final int[] servingFirms;

    private int servingCount;
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
        this.logPermanentWeight = new double[n];
        this.logShock = new double[n];
        this.weight = new double[n];
        this.serving = new boolean[n];
        this.candidate = new int[n];
        this.candidateKey = new double[n];
        this.candidateIncumbent = new boolean[n];
        this.servingFirms = new int[n];
        this.scratch = new double[2][n];
        this.persistence = persistence;
        this.sd = sd;
        this.exponent = sigmaF - 1;
        this.normal = ZigguratSampler.NormalizedGaussian.of(random::nextLong);
        double stationary = Productivity.stationaryShockSd(persistence, sd);
        for (int i = 0; i < n; i++) {
            logShock[i] = stationary * normal.sample();
            weight[i] = currentWeight(i);
            logPermanentWeight[i] = Math.log(permanentWeight[i]);
        }
    }

    /** Firm i's sales weight at its current shock, {@code w_0 e^((sigmaF-1) z)}: one expression everywhere. */
    private double currentWeight(int i) {
        return permanentWeight[i] * Math.exp(exponent * logShock[i]);
    }

    /**
     * One month: every firm's log productivity takes one AR(1) step, then the month's serving set for
     * the origin's expected revenue and the revenues a firm needs to stay and to enter (US$ per
     * month), as {@link #decide}. The two are one pass over the firms: a firm whose key is certainly
     * below the floor of the walk (in log space, without its exponential) is passed over, and only
     * the few firms near or above the cut get their sales weight and key. The draws, the weights of
     * the firms that matter, the serving set and its sums are exactly those of drawing every firm and
     * then deciding over all of them; the exponential of some 99.8 % of firms is never needed.
     *
     * @return the number of serving firms
     */
    int advanceAndDecide(double revenueUsd, double stayUsd, double entryUsd) {
        double rho = persistence;
        double s = sd;
        double k = exponent;
        ZigguratSampler.NormalizedGaussian e = normal;
        double floor = firstFloor();
        double logCutIn = logPreTest(floor, stayUsd);
        double logCutOut = logPreTest(floor, entryUsd);
        double[] z = logShock;
        double[] logW0 = logPermanentWeight;
        boolean[] was = serving;
        int m = 0;
        for (int i = 0; i < z.length; i++) {
            double next = Productivity.nextLogShock(z[i], rho, s, e.sample());
            z[i] = next;
            boolean incumbent = was[i];
            if (!(logW0[i] + k * next < (incumbent ? logCutIn : logCutOut))) {
                m = consider(i, incumbent, incumbent ? stayUsd : entryUsd, floor, m);
            }
        }
        candidates = m;
        settle(revenueUsd, stayUsd, entryUsd, floor);
        return servingCount;
    }

    /**
     * The month's serving set, given the origin's expected revenue and the revenues a firm needs to
     * stay and to enter (US$ per month), at the firms' current shocks (set-up).
     *
     * @return the number of serving firms
     */
    int decide(double revenueUsd, double stayUsd, double entryUsd) {
        double floor = firstFloor();
        collect(stayUsd, entryUsd, floor);
        settle(revenueUsd, stayUsd, entryUsd, floor);
        return servingCount;
    }

    /**
     * The first floor of the walk: half last month's cut (the cut moves little from month to month;
     * the result does not depend on the guess, see {@link Productivity#servingSet}).
     */
    private double firstFloor() {
        return Double.isNaN(lastCut) || lastCut <= 0 || Double.isInfinite(lastCut)
                ? Double.NEGATIVE_INFINITY
                : lastCut / 2;
    }

    /**
     * The log-space bound below which a firm needing {@code thresholdUsd} is certainly no candidate:
     * its key {@code w / T} is then below the floor. Negative infinity (every firm is tried) unless
     * floor and threshold are positive and finite.
     */
    private static double logPreTest(double floor, double thresholdUsd) {
        boolean usable = floor > 0 && !Double.isInfinite(floor) && thresholdUsd > 0 && !Double.isInfinite(thresholdUsd);
        return usable ? Math.log(floor) + Math.log(thresholdUsd) - LOG_MARGIN : Double.NEGATIVE_INFINITY;
    }

    /** Computes firm i's weight and key and keeps it as candidate m if its key is at least the floor. */
    private int consider(int i, boolean incumbent, double thresholdUsd, double floor, int m) {
        double w = currentWeight(i);
        weight[i] = w;
        double key = w / thresholdUsd;
        if (key >= floor) {
            candidate[m] = i;
            candidateKey[m] = key;
            candidateIncumbent[m] = incumbent;
            return m + 1;
        }
        return m;
    }

    /** The candidates for a floor, from every firm's current shock (no draws). */
    private void collect(double stayUsd, double entryUsd, double floor) {
        double logCutIn = logPreTest(floor, stayUsd);
        double logCutOut = logPreTest(floor, entryUsd);
        double k = exponent;
        int m = 0;
        for (int i = 0; i < logShock.length; i++) {
            boolean incumbent = serving[i];
            if (!(logPermanentWeight[i] + k * logShock[i] < (incumbent ? logCutIn : logCutOut))) {
                m = consider(i, incumbent, incumbent ? stayUsd : entryUsd, floor, m);
            }
        }
        candidates = m;
    }

    /**
     * Walks the candidates (lowering the floor, and collecting again, while none fails, by the rule
     * of {@link Productivity#servingSet}), then sets the serving firms and their sums.
     */
    private void settle(double revenueUsd, double stayUsd, double entryUsd, double startFloor) {
        double floor = startFloor;
        double cut;
        while (true) {
            // A firm that needs no revenue (no fixed cost) always serves: its key is infinite. The
            // firms not collected add nothing (their keys are finite), so this is the sum over all.
            double always = 0;
            for (int c = 0; c < candidates; c++) {
                always += Double.isInfinite(candidateKey[c]) ? weight[candidate[c]] : 0;
            }
            cut = Productivity.firstFailingKey(
                    candidateKey,
                    candidateIncumbent,
                    candidates,
                    revenueUsd,
                    stayUsd,
                    entryUsd,
                    always,
                    floor,
                    scratch[0],
                    scratch[1]);
            if (!Double.isNaN(cut) || floor == Double.NEGATIVE_INFINITY) {
                break;
            }
            floor = Productivity.lowerFloor(floor);
            collect(stayUsd, entryUsd, floor);
        }
        if (Double.isNaN(cut)) {
            cut = Double.NEGATIVE_INFINITY;
        }
        lastCut = cut;
        // Last month's serving firms were the incumbents of the collection above; now this month's.
        for (int j = 0; j < servingCount; j++) {
            serving[servingFirms[j]] = false;
        }
        double w = 0;
        int started = 0;
        int count = 0;
        for (int c = 0; c < candidates; c++) {
            // Every firm not collected has a key below the floor, and the cut is at least the floor.
            if (candidateKey[c] > cut) {
                int i = candidate[c];
                serving[i] = true;
                servingFirms[count++] = i;
                w += weight[i];
                started += candidateIncumbent[c] ? 0 : 1;
            }
        }
        servingCount = count;
        servingWeight = w;
        entrants = started;
    }

    /** Forgets who served (set-up: the base period's firms all decide as outsiders). */
    void clearServing() {
        Arrays.fill(serving, false);
        servingCount = 0;
    }

    /** The serving firms' shipments, by current sales weight: the volume booked, product units. */
    double ship(double volume, double servingWeight) {
        double booked = 0;
        for (int j = 0; j < servingCount; j++) {
            booked += volume * weight[servingFirms[j]] / servingWeight;
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
        double[] sorted = new double[permanentWeight.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = currentWeight(i);
        }
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
        return currentWeight(j);
    }

    /** Whether firm j serves this month. */
    boolean serving(int j) {
        return serving[j];
    }
}
