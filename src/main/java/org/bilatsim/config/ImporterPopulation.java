package org.bilatsim.config;

/**
 * The importing firms of one product market.
 *
 * @param count                   number of importer agents
 * @param sizeDispersion          standard deviation of log firm size (lognormal sizes; 0 = equal sizes)
 * @param adjustmentPerMonth      fraction of the gap to desired purchases closed each month (1 = no
 *                                inertia; importers do not switch suppliers overnight)
 * @param importerShockSd         standard deviation of each importer's monthly log demand shock
 * @param marketShockSd           standard deviation of the innovation of the market-wide AR(1) log
 *                                demand shock
 * @param marketShockPersistence  AR(1) coefficient of the market-wide log demand shock, in [0, 1)
 */
public record ImporterPopulation(
        int count,
        double sizeDispersion,
        double adjustmentPerMonth,
        double importerShockSd,
        double marketShockSd,
        double marketShockPersistence) {
    public ImporterPopulation {
        // The loader's rules (ConfigSchema), so that a population built elsewhere obeys them too.
        ConfigSchema.IMPORTER_COUNT.require(count);
        ConfigSchema.SIZE_DISPERSION.require(sizeDispersion);
        ConfigSchema.ADJUSTMENT.require(adjustmentPerMonth);
        ConfigSchema.IMPORTER_SHOCK.require(importerShockSd);
        ConfigSchema.MARKET_SHOCK.require(marketShockSd);
        ConfigSchema.MARKET_PERSISTENCE.require(marketShockPersistence);
    }
}
