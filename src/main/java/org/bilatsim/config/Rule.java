package org.bilatsim.config;

/** Adaptive government rules: agents that react to what the simulation produces. Off unless listed. */
public sealed interface Rule permits Rule.Safeguard, Rule.Promotion {

    /**
     * A safeguard: when imports of {@code product} from {@code partner} over the last 12 months exceed
     * {@code surgeRatio} times the base year's, {@code importer} sets {@code layer} to {@code rate}
     * for {@code durationMonths}, then the previous rate returns. It can trigger again after that.
     */
    record Safeguard(
            String importer,
            String product,
            String partner,
            double surgeRatio,
            DutyLayer layer,
            double rate,
            int durationMonths)
            implements Rule {}

    /**
     * A promotion rule: every {@code everyMonths}, if two-way trade of the target's pair over the last
     * 12 months is behind the trajectory that grows geometrically from the base year to the target in
     * {@code targetYear}, hold an exhibition for {@code exporter}'s goods in {@code importer}.
     */
    record Promotion(
            String exporter,
            String importer,
            String product,
            int targetYear,
            int everyMonths,
            double fixedCostFactor,
            double discoveryProbability)
            implements Rule {}
}
