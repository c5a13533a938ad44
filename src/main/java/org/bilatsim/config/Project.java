package org.bilatsim.config;

import java.time.YearMonth;
import java.util.List;

/**
 * An investment project (a mine, a plant): capital spending, its financing, construction, production
 * and exports.
 *
 * @param name                 key of the project
 * @param country              ISO3 where it is built
 * @param constructionStart    first month of capital spending
 * @param capexEnd             last month of capital spending (spread evenly)
 * @param firstProduction      first month of output
 * @param rampUpMonths         months from first output to full capacity (linear)
 * @param capexUsd             capital expenditure, US$
 * @param importedCapex        shares of capex imported from named countries (e.g. US equipment)
 * @param tranches             debt financing
 * @param commodities          outputs
 * @param security             incidents that stop output
 * @param infrastructure       a dependency (railway) that caps output until it is ready; null = none
 * @param constructionJobs     jobs while building
 * @param operationJobs        jobs once producing
 */
public record Project(
        String name,
        String country,
        YearMonth constructionStart,
        YearMonth capexEnd,
        YearMonth firstProduction,
        int rampUpMonths,
        double capexUsd,
        List<ImportShare> importedCapex,
        List<Tranche> tranches,
        List<Commodity> commodities,
        Security security,
        Infrastructure infrastructure,
        double constructionJobs,
        double operationJobs) {
    public Project {
        importedCapex = List.copyOf(importedCapex);
        tranches = List.copyOf(tranches);
        commodities = List.copyOf(commodities);
    }

    /** A share of capex bought from a country (flows as that country's exports to the project's). */
    public record ImportShare(String exporter, double share, boolean countsTowardTarget) {}

    /**
     * A loan: disbursed in proportion to capex, interest at {@code rate} per year on the outstanding
     * balance, interest only during {@code graceYears} from the first disbursement, then equal
     * principal repayments monthly until {@code tenorYears}.
     */
    public record Tranche(String lender, double amountUsd, double rate, double tenorYears, double graceYears) {}

    /**
     * An output: full-capacity volume per year, the starting world price and its annual volatility
     * (geometric Brownian motion with zero drift, monthly steps), and where it is exported.
     */
    public record Commodity(
            String name,
            String unit,
            double capacityPerYear,
            double priceUsd,
            double priceVolatility,
            String exportTo,
            boolean countsTowardTarget) {}

    /** Security incidents: each month an incident starts with this probability and stops output. */
    public record Security(double incidentProbabilityPerMonth, int disruptionMonths) {}

    /** Until {@code readyDate}, output is capped at {@code capacityShareBeforeReady} of capacity. */
    public record Infrastructure(String name, YearMonth readyDate, double capacityShareBeforeReady) {}
}
