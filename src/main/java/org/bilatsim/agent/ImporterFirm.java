package org.bilatsim.agent;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An importing firm of one product market. It buys from the origins it knows, by CES/Armington
 * demand at landed prices ({@link ProductMarket#source}), and closes only a fraction of the gap to its
 * desired purchases each month: importers do not switch suppliers overnight.
 */
public final class ImporterFirm implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ProductMarket market;
    private final double demandShare;
    private final boolean[] aware;
    private final double[] volumes;

    ImporterFirm(ProductMarket market, double demandShare, boolean[] aware) {
        this.market = market;
        this.demandShare = demandShare;
        this.aware = aware;
        this.volumes = new double[aware.length];
    }

    @Override
    public void step(SimState state) {
        double sd = market.importerShockSd();
        // Lognormal with mean 1: exp(sd z - sd^2/2).
        double shock = sd > 0 ? Math.exp(sd * market.importerShockRandom().nextGaussian() - 0.5 * sd * sd) : 1;
        market.source(this, shock);
    }

    double demandShare() {
        return demandShare;
    }

    boolean[] aware() {
        return aware;
    }

    double[] volumes() {
        return volumes;
    }

    /** Purchases from each origin in the last month, product units. */
    public double volume(int origin) {
        return volumes[origin];
    }
}
