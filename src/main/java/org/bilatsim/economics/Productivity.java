package org.bilatsim.economics;

/**
 * Heterogeneous, monopolistically competitive exporters of one origin (Melitz 2003; Chaney 2008),
 * nested under the market's Armington demand.
 *
 * <p>Productivity phi is Pareto with minimum 1 and shape k. Within an origin the importers buy a
 * CES composite of the varieties of its serving firms, with elasticity {@code sigmaF >= sigma}. A firm
 * prices at the constant markup {@code sigmaF/(sigmaF-1)} over its marginal cost {@code w/phi}
 * (w the origin's cost level, FOB), so with {@code W = sum over serving firms of phi^(sigmaF-1)}:
 * <pre>
 *   P_o       = w * m * W^(1/(1-sigmaF))           the origin's price index (m the markup)
 *   r_i / R_o = phi_i^(sigmaF-1) / W               a firm's share of the origin's FOB revenue R_o
 *   pi_i      = r_i / sigmaF - f                   operating profit net of the fixed cost f
 * </pre>
 * (Melitz 2003, eq. 4-6; operating profit is revenue over sigmaF for CES demand with constant
 * markup.) The model normalises the price index to the base period's FOB price, {@code P_o =
 * w (W/W_0)^(1/(1-sigmaF))}, so that base flows reproduce the configured ones whatever the firms drawn.
 * More serving firms (a larger W) lower the origin's price index: the extensive margin.
 */
public final class Productivity {
    private Productivity() {}

    /**
     * The Pareto quantile: productivity for a uniform draw {@code u} in [0, 1). Non-decreasing in
     * {@code u} ({@code 1 - u} rounds monotonically and {@link Math#pow} is semi-monotonic), so the
     * quantiles of sorted draws come out sorted.
     */
    public static double paretoQuantile(double u, double shape) {
        return Math.pow(1 - u, -1 / shape);
    }

    /** A firm's sales weight {@code phi^(sigmaF-1)}: its revenue relative to other firms of its origin. */
    public static double salesWeight(double productivity, double sigmaF) {
        return Math.pow(productivity, sigmaF - 1);
    }

    /** The constant CES markup of price over marginal cost, {@code sigmaF/(sigmaF-1)}. */
    public static double markup(double sigmaF) {
        return sigmaF / (sigmaF - 1);
    }

    /** Operating profit of a firm with CES demand and constant markup: revenue / sigmaF, US$. */
    public static double operatingProfit(double revenueUsd, double sigmaF) {
        return revenueUsd / sigmaF;
    }

    /**
     * The origin's FOB price index relative to the base period, {@code w (W/W_0)^(1/(1-sigmaF))}.
     * With the base set of serving firms ({@code W == W_0}) it is the cost level w exactly.
     *
     * @param costLevel          the origin's cost level w, US$ per unit (the base FOB price in the base)
     * @param servingWeight      W, the sales weights of the serving firms
     * @param baseServingWeight  W_0, the same in the base period
     */
    public static double originPriceIndex(
            double costLevel, double servingWeight, double baseServingWeight, double sigmaF) {
        return servingWeight == baseServingWeight
                ? costLevel
                : costLevel * Math.pow(servingWeight / baseServingWeight, 1 / (1 - sigmaF));
    }

    /**
     * The fixed cost at which exactly {@code active} firms serve when the origin's revenue is
     * {@code revenueUsd}: firm n (weights sorted descending) serves while {@code R w_n / W_n / sigmaF
     * >= f}, with {@code W_n} the weight of the first n firms. The fixed cost is the geometric mean of
     * the marginal firm's operating profit and the next firm's (the middle of the interval that gives
     * exactly {@code active} firms); 0 when every firm serves.
     *
     * @param weightsDescending the firms' sales weights, largest first
     * @param active            number of serving firms, 1 to the number of firms
     * @param revenueUsd        the origin's FOB revenue, US$ per month
     * @return the fixed cost, US$ per month
     */
    public static double calibratedFixedCost(double[] weightsDescending, int active, double revenueUsd, double sigmaF) {
        int n = weightsDescending.length;
        if (active < 1 || active > n) {
            throw new IllegalArgumentException("active firms " + active + " of " + n);
        }
        if (active == n) {
            return 0;
        }
        double prefix = 0;
        for (int j = 0; j < active; j++) {
            prefix += weightsDescending[j];
        }
        double marginal = revenueUsd * weightsDescending[active - 1] / prefix / sigmaF;
        double next = revenueUsd * weightsDescending[active] / (prefix + weightsDescending[active]) / sigmaF;
        return Math.sqrt(marginal * next);
    }

    /**
     * The serving set of an origin whose firms are not in productivity order (productivity shocks
     * reorder them): the same rule as firms deciding one by one in the order of {@code w_i / T_i},
     * each given the firms before it that serve. Firm i serves if {@code R w_i / W >= T_i}, where W
     * is the sales weight of the firms that serve up to and including i and T_i is the revenue it
     * needs (the stay threshold for a firm that served last month, the higher entry threshold for one
     * that did not). With {@code key_i = w_i / T_i} the condition reads {@code R key_i >= W}; W grows
     * along the order and the keys fall, so the serving firms are the first ones in that order, and
     * without shocks (weights in rank order, one threshold) it is the prefix rule of the exporter
     * firms exactly.
     *
     * <p>Only the order of the firms near the cut matters: the firms with a key of at least {@code
     * floorKey} (a guess, e.g. half last month's cut) are sorted by key, per group (incumbents,
     * outsiders), and walked from the largest key down, adding weights. Every firm with a larger key
     * than a candidate is a candidate too, so the walk's sums are exact; if it ends without a firm
     * that fails, the cut lies below the floor, which is lowered (to a quarter, then to none) and the
     * walk redone. The result does not depend on the guess; the time is linear in the firms plus
     * {@code m log m} for the m candidates.
     *
     * @param weights     the firms' sales weights this month, phi^(sigmaF-1), any order
     * @param incumbent   whether each firm served last month
     * @param revenueUsd  the origin's expected revenue R, US$ per month
     * @param stayUsd     revenue an incumbent needs, US$ (sigmaF times the fixed cost; 0 or more)
     * @param entryUsd    revenue an outsider needs, US$ (at least {@code stayUsd})
     * @param floorKey    the smallest key sorted at first (any value; negative infinity sorts all)
     * @param serving     out: whether each firm serves this month
     * @param scratch     three arrays of at least the number of firms, overwritten
     * @return the cut: a firm serves if and only if its key exceeds it (negative infinity: all serve)
     */
    public static double servingSet(
            double[] weights,
            boolean[] incumbent,
            double revenueUsd,
            double stayUsd,
            double entryUsd,
            double floorKey,
            boolean[] serving,
            double[][] scratch) {
        int n = weights.length;
        double[] keys = scratch[0];
        // A firm that needs no revenue (no fixed cost) always serves: its key is infinite, and its
        // weight counts in W for every firm after it.
        double always = 0;
        for (int i = 0; i < n; i++) {
            double key = weights[i] / (incumbent[i] ? stayUsd : entryUsd);
            keys[i] = key;
            always += Double.isInfinite(key) ? weights[i] : 0;
        }
        double floor = Double.isNaN(floorKey) ? Double.NEGATIVE_INFINITY : floorKey;
        double cut;
        while (true) {
            cut = firstFailingKey(
                    keys, incumbent, n, revenueUsd, stayUsd, entryUsd, always, floor, scratch[1], scratch[2]);
            if (!Double.isNaN(cut) || floor == Double.NEGATIVE_INFINITY) {
                break;
            }
            floor = lowerFloor(floor);
        }
        if (Double.isNaN(cut)) {
            cut = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            serving[i] = keys[i] > cut;
        }
        return cut;
    }

    /**
     * The next floor of {@link #servingSet} when no candidate failed: a quarter of it, then none
     * (negative infinity).
     */
    public static double lowerFloor(double floor) {
        return floor > 0 && floor / 4 > Double.MIN_NORMAL ? floor / 4 : Double.NEGATIVE_INFINITY;
    }

    /**
     * One walk of {@link #servingSet}: the key of the first candidate (key at least {@code floor})
     * that fails, or NaN if none fails. The candidates may be given alone (a caller that knows the
     * other firms' keys are below the floor): the walk reads only them, largest key first.
     *
     * @param keys      the firms' keys {@code w_i / T_i} (the first n)
     * @param incumbent whether each of them served last month
     * @param always    the sales weight of the firms with an infinite key
     * @param in        scratch of at least n
     * @param out       scratch of at least n
     */
    public static double firstFailingKey(
            double[] keys,
            boolean[] incumbent,
            int n,
            double revenueUsd,
            double stayUsd,
            double entryUsd,
            double always,
            double floor,
            double[] in,
            double[] out) {
        int ni = 0;
        int no = 0;
        for (int i = 0; i < n; i++) {
            double key = keys[i];
            if (key >= floor) {
                if (incumbent[i]) {
                    in[ni++] = key;
                } else {
                    out[no++] = key;
                }
            }
        }
        java.util.Arrays.sort(in, 0, ni);
        java.util.Arrays.sort(out, 0, no);
        double cumulative = always;
        int a = ni - 1;
        int b = no - 1;
        while (a >= 0 || b >= 0) {
            boolean takeIn = b < 0 || (a >= 0 && in[a] >= out[b]);
            double key = takeIn ? in[a] : out[b];
            if (!Double.isInfinite(key)) {
                // The key times the revenue the firm needs is its weight (to rounding).
                cumulative += key * (takeIn ? stayUsd : entryUsd);
                if (!(revenueUsd * key >= cumulative)) {
                    return key;
                }
            }
            if (takeIn) {
                a--;
            } else {
                b--;
            }
        }
        return Double.NaN;
    }

    /**
     * One month of a firm's log productivity shock, AR(1): {@code z' = rho z + sd e}, with the
     * standard normal innovation e drawn by the caller.
     */
    public static double nextLogShock(double logShock, double persistence, double sd, double innovation) {
        return persistence * logShock + sd * innovation;
    }

    /** The stationary standard deviation of the AR(1) log shock, {@code sd / sqrt(1 - rho^2)}. */
    public static double stationaryShockSd(double persistence, double sd) {
        return sd / Math.sqrt(1 - persistence * persistence);
    }
}
