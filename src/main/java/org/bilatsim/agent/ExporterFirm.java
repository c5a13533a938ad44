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
 */
public final class ExporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OriginSupply origin;
    private final double productivity;
    private final double salesWeight;
    private final double unitCostUsd;
    private boolean serving;
    private double salesVolume;

    ExporterFirm(OriginSupply origin, double productivity, double salesWeight, double unitCostUsd) {
        this.origin = origin;
        this.productivity = productivity;
        this.salesWeight = salesWeight;
        this.unitCostUsd = unitCostUsd;
    }

    @Override
    public void step(SimState state) {
        serving = decide(origin.expectedVolume(), origin.servingWeight());
        if (serving) {
            origin.addServing(salesWeight);
        }
        salesVolume = 0;
    }

    /** Whether serving pays, given the expected volume of the origin and the weight already serving. */
    boolean decide(double expectedVolume, double weightAhead) {
        double share = salesWeight / (weightAhead + salesWeight);
        double profit = Productivity.profit(origin.fobPriceUsd(), unitCostUsd, expectedVolume * share,
                origin.fixedCostUsdPerMonth());
        return profit >= 0;
    }

    /** Profit if this firm alone served the expected volume, US$ per month. */
    double profitAt(double volume) {
        return Productivity.profit(origin.fobPriceUsd(), unitCostUsd, volume, origin.fixedCostUsdPerMonth());
    }

    void ship(double volume) {
        salesVolume = volume;
    }

    public boolean serving() {
        return serving;
    }

    public double salesVolume() {
        return salesVolume;
    }

    public double productivity() {
        return productivity;
    }

    double salesWeight() {
        return salesWeight;
    }

    /** Profit of the month, US$ (zero when not serving). */
    public double profitUsd() {
        return serving ? Productivity.profit(origin.fobPriceUsd(), unitCostUsd, salesVolume, origin.fixedCostUsdPerMonth())
                : 0;
    }
}
