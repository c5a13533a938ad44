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
 * <p>The firm holds its sales weight and its origin: 24 bytes an agent with compressed references
 * (heaps under 32 GB), so that a month streams as few bytes per agent as the decision needs. Its
 * unit cost is kept by its origin in rank order ({@link OriginSupply#unitCostOf}) and read only in a
 * month when the firm's revenue could cover its fixed cost: with a positive fixed cost, the few most
 * productive firms (docs/performance.md, item 9, measured the gain). Its rank is its place in the
 * origin's array; what it ships it hands to the origin's books as it ships.
 */
public final class ExporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OriginSupply origin;
    /** Melitz sales weight phi^(sigma-1). */
    private final double weight;

    ExporterFirm(OriginSupply origin, double weight) {
        this.origin = origin;
        this.weight = weight;
    }

    /**
     * The month's entry decision: serve if the operating profit on this firm's share of the origin's
     * expected volume covers the fixed cost, given the more productive firms that already serve.
     *
     * <p>Profit {@code (price - unitCost) * quantity - fixedCost} is at most {@code price * quantity
     * - fixedCost}, computed in floating point too: the unit cost is never negative, the quantity
     * never negative, and rounding is monotone. A firm whose revenue falls short of the fixed cost
     * therefore declines, exactly as the full computation would decide, without its unit cost being
     * read; only the others compute the profit in full.
     */
    @Override
    public void step(SimState state) {
        OriginSupply o = origin;
        double share = weight / (o.servingWeight() + weight);
        double price = o.fobPriceUsd();
        double quantity = o.expectedVolume() * share;
        double fixedCost = o.fixedCostUsdPerMonth();
        if (!(price * quantity - fixedCost < 0)
                && Productivity.profit(price, o.unitCostOf(this), quantity, fixedCost) >= 0) {
            o.addServing(weight);
        }
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
