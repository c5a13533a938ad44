package org.bilatsim.experiment;

import java.util.Locale;

/**
 * A synthetic scenario of any size, for scaling benchmarks: K rice-like product markets in
 * Azerbaijan, each supplied by Pakistan (with the exporter firms) and an aggregate rest of the world,
 * with the importers split evenly across markets. The numbers are the default scenario's rice market.
 */
public final class SyntheticScenario {
    private SyntheticScenario() {}

    /**
     * @param exporters total exporter agents (split across products)
     * @param importers total importer agents (split across products)
     * @param products  number of product markets
     * @param years     simulated years from 2024
     */
    public static String yaml(long exporters, long importers, int products, int years) {
        if (products < 1 || exporters < products || importers < products || years < 1) {
            throw new IllegalArgumentException("need at least one exporter, importer and year per product");
        }
        StringBuilder y = new StringBuilder();
        y.append(String.format(
                Locale.ROOT, """
                # Synthetic scaling scenario: %d exporters, %d importers, %d products (bilatsim generate).
                # Each market copies the default scenario's rice market (configs/pak-aze/baseline.yaml).
                scenario:
                  name: synthetic-%d-%d-%d
                  description: Synthetic scenario for scaling benchmarks.
                time:
                  start: 2024-01
                  end: %d-12
                seed: 1
                countries:
                  - {iso3: PAK, name: Pakistan}
                  - {iso3: AZE, name: Azerbaijan, vatRate: 0.18}
                  - {iso3: ROW, name: Rest of the world}
                products:
                """, exporters, importers, products, exporters, importers, products, 2024 + years - 1));
        for (int p = 0; p < products; p++) {
            long e = exporters / products + (p < exporters % products ? 1 : 0);
            long i = importers / products + (p < importers % products ? 1 : 0);
            y.append(String.format(Locale.ROOT, """
                      good-%d:
                        name: Good %d
                        unit: tonnes
                        importer: AZE
                        substitutionElasticity: 4.4
                        importDemandElasticity: -1.0
                        demandGrowthPerYear: 0.05
                        importers: {count: %d, sizeDispersion: 1.0, adjustmentPerMonth: 0.2, importerShockSd: 0.1, marketShockSd: 0.04, marketShockPersistence: 0.8}
                        sources:
                          PAK:
                            baseValueUsd: 1800000
                            basePriceUsd: 801
                            tradeCost: 1.1
                            exporters: {count: %d, paretoShape: 4.0, costShare: 0.9, fixedCostUsdPerMonth: 500}
                          ROW:
                            baseValueUsd: 48800000
                            basePriceUsd: 912
                            tradeCost: 1.1
                            exporters: {count: 1}
                    """, p, p, i, Math.max(1, e - 1)));
        }
        y.append("tariffs:\n");
        for (int p = 0; p < products; p++) {
            y.append(String.format(
                    Locale.ROOT, "  - {importer: AZE, product: good-%d, partner: MFN, customs: 0.15}%n", p));
        }
        y.append("target: {valueUsd: 2000000000, between: [PAK, AZE]}\n");
        return y.toString();
    }
}
