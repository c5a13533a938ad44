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
 * <p>The firm holds its state in two primitive fields read with no indirection when its origin
 * steps it, and nothing else: 32 bytes an agent with compressed references (heaps under 32 GB), so
 * large populations stream through memory (docs/performance.md measured the state in columns of
 * the origin 27 % slower). Its rank is its place in the origin's array; what it ships it hands to
 * the origin's books as it ships.
 */
public final class ExporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OriginSupply origin;
    /** Melitz sales weight phi^(sigma-1). */
    private final double weight;
    /** US$ per unit. */
    private final double unitCost;

    ExporterFirm(OriginSupply origin, double weight, double unitCost) {
        this.origin = origin;
        this.weight = weight;
        this.unitCost = unitCost;
    }

    /**
     * The month's entry decision: serve if the operating profit on this firm's share of the origin's
     * expected volume covers the fixed cost, given the more productive firms that already serve.
     */
    @Override
    public void step(SimState state) {
        OriginSupply o = origin;
        double share = weight / (o.servingWeight() + weight);
        if (Productivity.profit(o.fobPriceUsd(), unitCost, o.expectedVolume() * share, o.fixedCostUsdPerMonth()) >= 0) {
            o.addServing(weight);
        }
    }

    /** Profit if this firm alone served the expected volume, US$ per month. */
    double profitAt(double volume) {
        return Productivity.profit(origin.fobPriceUsd(), unitCost, volume, origin.fixedCostUsdPerMonth());
    }

    /**
     * A serving firm's shipment: its part of the origin's orders, by sales weight.
     *
     * @param originVolume  the origin's orders this month, product units
     * @param servingWeight the sales weight of all the origin's serving firms
     * @return the volume this firm ships and books, product units
     */
    double ship(double originVolume, double servingWeight) {
        return originVolume * weight / servingWeight;
    }
}
