package org.bilatsim.config;

import java.util.List;
import java.util.Objects;

/**
 * A product market: one importing country buying one product from several origins.
 *
 * @param key                     the product's key in the config (used in output)
 * @param name                    display name, with its HS code where known
 * @param unit                    unit of volume (e.g. tonnes)
 * @param importer                ISO3 of the importing country
 * @param substitutionElasticity  Armington elasticity sigma (> 1) between origins
 * @param importDemandElasticity  elasticity Em (< 0) of the import composite with respect to its CES
 *                                price index
 * @param demandGrowthPerYear     trend growth of the import demand level, fraction per year
 * @param importers               the importing firms
 * @param sources                 the supplying origins, in config order
 */
public record Product(
        String key,
        String name,
        String unit,
        String importer,
        double substitutionElasticity,
        double importDemandElasticity,
        double demandGrowthPerYear,
        ImporterPopulation importers,
        List<Source> sources) {
    public Product {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(importers, "importers");
        sources = List.copyOf(sources);
        // The loader's rules (ConfigSchema), so that a product built elsewhere obeys them too.
        ConfigSchema.SUBSTITUTION_ELASTICITY.require(substitutionElasticity);
        ConfigSchema.IMPORT_DEMAND_ELASTICITY.require(importDemandElasticity);
        ConfigSchema.DEMAND_GROWTH.require(demandGrowthPerYear);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("products." + key + ".sources needs at least one origin");
        }
    }

    /** Index of the origin in {@link #sources()}, or -1. */
    public int sourceIndex(String exporter) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).exporter().equals(exporter)) {
                return i;
            }
        }
        return -1;
    }
}
