package org.bilatsim.agent;

import org.bilatsim.economics.Productivity;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An exporting firm of one origin in one product market (Melitz-style). Each month, in productivity
 * order, it serves the market if its expected operating profit covers the fixed cost of serving,
 * given the firms more productive than itself that already chose to serve. Because a less productive
 * firm has a smaller share and a higher unit cost, this sequential rule yields exactly the
 * equilibrium set of exporters: a prefix of the productivity ranking.
 *
 * <p>The firm's state lives in its origin's columns ({@link OriginSupply}, one array per variable,
 * indexed by the firm's rank): stepping a million firms then reads memory in order instead of
 * chasing a million objects, while each firm remains the MASON agent that decides.
 */
public final class ExporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OriginSupply origin;
    private final int rank;

    ExporterFirm(OriginSupply origin, int rank) {
        this.origin = origin;
        this.rank = rank;
    }

    @Override
    public void step(SimState state) {
        OriginSupply o = origin;
        if (decide(o.expectedVolume(), o.servingWeight())) {
            o.addServing(o.salesWeight[rank]);
        }
    }

    /** Whether serving pays, given the expected volume of the origin and the weight already serving. */
    boolean decide(double expectedVolume, double weightAhead) {
        double weight = origin.salesWeight[rank];
        double share = weight / (weightAhead + weight);
        return Productivity.profit(origin.fobPriceUsd(), origin.unitCostUsd[rank], expectedVolume * share,
                origin.fixedCostUsdPerMonth()) >= 0;
    }

    /** Profit if this firm alone served the expected volume, US$ per month. */
    double profitAt(double volume) {
        return Productivity.profit(origin.fobPriceUsd(), origin.unitCostUsd[rank], volume, origin.fixedCostUsdPerMonth());
    }

    /** Ships (and books) the firm's part of the origin's volume. */
    void ship(double volume) {
        origin.salesVolume[rank] = volume;
        origin.bookExport(volume);
    }

    /** Whether the firm serves the market this month: the serving firms are the first of the ranking. */
    public boolean serving() {
        return rank < origin.servingCount();
    }

    public double salesVolume() {
        return serving() ? origin.salesVolume[rank] : 0;
    }

    double salesWeight() {
        return origin.salesWeight[rank];
    }

}
