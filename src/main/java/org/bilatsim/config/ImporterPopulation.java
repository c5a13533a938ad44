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
public record ImporterPopulation(int count, double sizeDispersion, double adjustmentPerMonth,
        double importerShockSd, double marketShockSd, double marketShockPersistence) {
    public ImporterPopulation {
        if (count < 1 || !(sizeDispersion >= 0) || !(adjustmentPerMonth > 0 && adjustmentPerMonth <= 1)
                || !(importerShockSd >= 0) || !(marketShockSd >= 0)
                || !(marketShockPersistence >= 0 && marketShockPersistence < 1)) {
            throw new IllegalArgumentException("invalid importer population");
        }
    }
}
