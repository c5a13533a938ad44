package org.bilatsim.engine;

import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;

/** Small scenarios for tests: one rice market in Azerbaijan supplied by Pakistan and the rest of the world. */
public final class Scenarios {
    private Scenarios() {}

    /** Parameters of the one-market test scenario. */
    public record Rice(
            double sigma,
            double em,
            String partnerEx,
            double adjustment,
            double fixedCost,
            double awareness,
            double shockSd,
            double t0,
            double t1,
            String eventDate,
            String end,
            String exporters) {
        public Rice(
                double sigma,
                double em,
                String partnerEx,
                double adjustment,
                double fixedCost,
                double awareness,
                double shockSd,
                double t0,
                double t1,
                String eventDate,
                String end) {
            this(sigma, em, partnerEx, adjustment, fixedCost, awareness, shockSd, t0, t1, eventDate, end, null);
        }

        public static Rice frictionless(double sigma, double em) {
            return new Rice(sigma, em, "infinite", 0.3, 0, 1.0, 0, 0.15, 0.0, "2025-01", "2029-12");
        }

        /** The same market with Pakistan's exporters given as a YAML flow mapping, e.g. {count: 200, activeExporters: 30}. */
        public Rice withExporters(String flowMapping) {
            return new Rice(
                    sigma,
                    em,
                    partnerEx,
                    adjustment,
                    fixedCost,
                    awareness,
                    shockSd,
                    t0,
                    t1,
                    eventDate,
                    end,
                    flowMapping);
        }

        public Rice withSupplyElasticity(String ex) {
            return new Rice(sigma, em, ex, adjustment, fixedCost, awareness, shockSd, t0, t1, eventDate, end);
        }

        public Rice withDuties(double before, double after) {
            return new Rice(
                    sigma, em, partnerEx, adjustment, fixedCost, awareness, shockSd, before, after, eventDate, end);
        }

        public Rice withShock(double sd) {
            return new Rice(sigma, em, partnerEx, adjustment, fixedCost, awareness, sd, t0, t1, eventDate, end);
        }

        public Rice withFrictions(double adjustmentPerMonth, double fixedCostUsd, double partnerAwareness) {
            return new Rice(
                    sigma,
                    em,
                    partnerEx,
                    adjustmentPerMonth,
                    fixedCostUsd,
                    partnerAwareness,
                    shockSd,
                    t0,
                    t1,
                    eventDate,
                    end);
        }

        public String yaml() {
            return String.format(
                    Locale.ROOT,
                    """
                    scenario:
                      name: test-rice
                    time:
                      start: 2024-01
                      end: %s
                    seed: 7
                    countries:
                      - {iso3: PAK, name: Pakistan}
                      - {iso3: AZE, name: Azerbaijan, vatRate: 0.18}
                      - {iso3: ROW, name: Rest of the world}
                    products:
                      rice:
                        name: Rice
                        unit: tonnes
                        importer: AZE
                        substitutionElasticity: %s
                        importDemandElasticity: %s
                        importers:
                          count: 50
                          sizeDispersion: 1.0
                          adjustmentPerMonth: %s
                          importerShockSd: %s
                          marketShockSd: %s
                          marketShockPersistence: 0.5
                        sources:
                          PAK:
                            baseValueUsd: 1800000
                            basePriceUsd: 801
                            tradeCost: 1.1
                            exportSupplyElasticity: %s
                            awareness: %s
                            exporters: %s
                          ROW:
                            baseValueUsd: 48800000
                            basePriceUsd: 912
                            tradeCost: 1.1
                            exporters: {count: 1}
                    tariffs:
                      - {importer: AZE, product: rice, partner: MFN, customs: 0.15}
                      - {importer: AZE, product: rice, partner: PAK, customs: %s}
                    events:
                      - {type: duty, date: %s, importer: AZE, product: rice, partner: PAK, layer: customs, rate: %s}
                    target: {valueUsd: 2000000000, between: [PAK, AZE]}
                    """,
                    end,
                    sigma,
                    em,
                    adjustment,
                    shockSd,
                    shockSd,
                    partnerEx,
                    awareness,
                    exporters != null
                            ? exporters
                            : "{count: 60, paretoShape: 4, costShare: 0.9, fixedCostUsdPerMonth: " + fixedCost + "}",
                    t0,
                    eventDate,
                    t1);
        }

        public ScenarioConfig config() {
            return ConfigLoader.parse("test-rice.yaml", yaml(), List.of());
        }
    }
}
