package org.bilatsim.agent;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A monopolistically competitive exporting firm of one origin in one product market (Melitz 2003).
 * It sells one variety at a constant markup over its marginal cost; its revenue is its sales weight's
 * share of the origin's revenue, and its operating profit is revenue / sigmaF
 * ({@link org.bilatsim.economics.Productivity}). Each month, in productivity order, it serves the
 * market if its expected operating profit covers the fixed cost of serving, given the origin's
 * expected revenue and the firms more productive than itself that already chose to serve. Because a
 * less productive firm has a smaller share, this sequential rule yields the equilibrium set of
 * exporters for that revenue: a prefix of the productivity ranking.
 *
 * <p>The firm holds its sales weight and its origin: 24 bytes an agent with compressed references
 * (heaps under 32 GB), so that a month streams as few bytes per agent as the decision needs (a
 * multiplication, a division and a comparison). Its rank is its place in the origin's array; what
 * it ships it hands to the origin's books as it ships.
 *
 * <p>With idiosyncratic productivity shocks (an option, off in every bundled scenario) firms reorder
 * and the prefix no longer holds: the origin's {@link FirmShocks} then carries each firm's current
 * productivity and serving state and decides for all of them at once, by the same rule.
 */
public final class ExporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final OriginSupply origin;
    /** Melitz sales weight phi^(sigmaF-1). */
    private final double weight;

    ExporterFirm(OriginSupply origin, double weight) {
        this.origin = origin;
        this.weight = weight;
    }

    /**
     * The month's entry decision: serve if the expected revenue, this firm's share of the origin's
     * expected revenue given the more productive firms that already serve, is at least sigmaF times
     * the fixed cost (operating profit revenue/sigmaF covers the fixed cost) for a firm that served
     * last month; a firm that did not must also cover the sunk cost of starting, annualised
     * (Dixit 1989; Baldwin and Krugman 1989). Between the two thresholds lies the band of inaction:
     * an incumbent stays, an outsider stays out. The serving set stays a prefix of the ranking: a
     * firm's expected revenue falls with its rank, and incumbents are the first ranks.
     */
    @Override
    public void step(SimState state) {
        OriginSupply o = origin;
        double revenue = o.expectedRevenueUsd() * weight / (o.servingWeight() + weight);
        if (revenue >= o.thresholdForNext()) {
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

    /** The firm's sales weight phi^(sigmaF-1). */
    double weight() {
        return weight;
    }
}
