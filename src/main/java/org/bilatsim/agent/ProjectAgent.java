package org.bilatsim.agent;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.config.Project;
import sim.engine.SimState;

/**
 * An investment project. Each month: capital spending (spread evenly over the construction
 * months) of which the configured shares are imported; debt tranches disbursed in proportion to
 * capex, charged interest on the balance, interest-only during the grace period from the first
 * disbursement, then repaid in equal monthly principal instalments until the tenor; output from the
 * first production month, ramping up linearly to capacity, capped before the infrastructure is
 * ready, stopped during security incidents; exports at stochastic world prices (geometric Brownian
 * motion with zero drift: {@code ln p' = ln p + s z / sqrt(12) - s^2 / 24}, mean-preserving).
 */
public final class ProjectAgent implements FlowAgent {
    private static final long serialVersionUID = 1L;

    /**
     * One commodity of the project in a month (the engine records its metrics from it).
     *
     * @param exporter the project's country
     * @param importer where the commodity is exported to
     * @param output   the month's output, in {@code unit}
     * @param priceUsd the world price, US$ per {@code unit}
     */
    public record CommodityMonth(
            String exporter, String importer, String commodity, String unit, double output, double priceUsd) {}

    /**
     * The project's month (the engine records its metrics from it).
     *
     * @param debtServiceUsd     interest and principal paid in the month
     * @param debtOutstandingUsd debt outstanding at the end of the month
     * @param disrupted          whether a security incident stopped the project this month
     */
    public record Month(
            String country,
            String project,
            double capexUsd,
            double debtServiceUsd,
            double debtOutstandingUsd,
            double jobs,
            boolean disrupted,
            List<CommodityMonth> commodities) {}

    private final Project project;
    private final Clock clock;
    /** Security incidents and commodity prices. */
    private final ec.util.MersenneTwisterFast random;

    private final int capexMonths;
    private final double[] balance;
    private final double[] disbursed;
    private final YearMonth[] firstDisbursement;
    private final double[] price;
    private int disruptedMonthsLeft;
    private List<Flow> flows = List.of();
    private Month month;

    ProjectAgent(Project project, Clock clock, ec.util.MersenneTwisterFast random) {
        this.project = project;
        this.clock = clock;
        this.random = random;
        this.capexMonths = (int) ChronoUnit.MONTHS.between(project.constructionStart(), project.capexEnd()) + 1;
        int n = project.tranches().size();
        this.balance = new double[n];
        this.disbursed = new double[n];
        this.firstDisbursement = new YearMonth[n];
        this.price = project.commodities().stream()
                .mapToDouble(Project.Commodity::priceUsd)
                .toArray();
    }

    @Override
    public void step(SimState state) {
        YearMonth month = clock.month();
        List<Flow> monthFlows = new ArrayList<>();
        List<CommodityMonth> commodityMonths = new ArrayList<>();
        String country = project.country();
        String name = project.name();

        boolean building = !month.isBefore(project.constructionStart()) && !month.isAfter(project.capexEnd());
        double capex = building ? project.capexUsd() / capexMonths : 0;
        for (Project.ImportShare share : project.importedCapex()) {
            if (capex > 0 && share.share() > 0) {
                double value = capex * share.share();
                monthFlows.add(new Flow(
                        share.exporter(),
                        country,
                        name + "-equipment",
                        "USD",
                        value,
                        value,
                        share.countsTowardTarget()));
            }
        }

        double interest = 0;
        double principal = 0;
        for (int k = 0; k < balance.length; k++) {
            Project.Tranche tranche = project.tranches().get(k);
            interest += balance[k] * tranche.rate() / 12;
            if (firstDisbursement[k] != null) {
                long since = ChronoUnit.MONTHS.between(firstDisbursement[k], month);
                long graceMonths = Math.round(tranche.graceYears() * 12);
                long tenorMonths = Math.round(tranche.tenorYears() * 12);
                if (since >= graceMonths && since < tenorMonths) {
                    double instalment = Math.min(balance[k], disbursed[k] / (tenorMonths - graceMonths));
                    balance[k] -= instalment;
                    principal += instalment;
                }
            }
            if (capex > 0 && project.capexUsd() > 0) {
                double draw =
                        Math.min(tranche.amountUsd() - disbursed[k], tranche.amountUsd() * capex / project.capexUsd());
                if (draw > 0) {
                    disbursed[k] += draw;
                    balance[k] += draw;
                    if (firstDisbursement[k] == null) {
                        firstDisbursement[k] = month;
                    }
                }
            }
        }
        double outstanding = 0;
        for (double b : balance) {
            outstanding += b;
        }

        // Every month draws one uniform for security and one normal per commodity, whatever happens,
        // so that the stream does not depend on the project's state.
        boolean incident = random.nextDouble() < project.security().incidentProbabilityPerMonth();
        boolean disrupted;
        if (disruptedMonthsLeft > 0) {
            disrupted = true;
            disruptedMonthsLeft--;
        } else if (incident && project.security().disruptionMonths() > 0) {
            disrupted = true;
            disruptedMonthsLeft = project.security().disruptionMonths() - 1;
        } else {
            disrupted = false;
        }

        double utilisation = 0;
        if (!month.isBefore(project.firstProduction())) {
            long since = ChronoUnit.MONTHS.between(project.firstProduction(), month);
            utilisation = project.rampUpMonths() == 0 ? 1 : Math.min(1, (since + 1) / (double) project.rampUpMonths());
            if (project.infrastructure() != null
                    && month.isBefore(project.infrastructure().readyDate())) {
                utilisation = Math.min(utilisation, project.infrastructure().capacityShareBeforeReady());
            }
        }
        boolean producing = utilisation > 0 && !disrupted;
        for (int c = 0; c < price.length; c++) {
            Project.Commodity commodity = project.commodities().get(c);
            double s = commodity.priceVolatility();
            price[c] *= Math.exp(s / Math.sqrt(12) * random.nextGaussian() - s * s / 24);
            double volume = producing ? commodity.capacityPerYear() / 12 * utilisation : 0;
            double value = volume * price[c];
            if (volume > 0) {
                monthFlows.add(new Flow(
                        country,
                        commodity.exportTo(),
                        commodity.name(),
                        commodity.unit(),
                        value,
                        volume,
                        commodity.countsTowardTarget()));
            }
            commodityMonths.add(new CommodityMonth(
                    country, commodity.exportTo(), commodity.name(), commodity.unit(), volume, price[c]));
        }
        double jobs = (building ? project.constructionJobs() : 0) + (utilisation > 0 ? project.operationJobs() : 0);
        flows = monthFlows;
        this.month = new Month(
                country, name, capex, interest + principal, outstanding, jobs, disrupted, List.copyOf(commodityMonths));
    }

    @Override
    public List<Flow> flows() {
        return flows;
    }

    /** The month just stepped (null before the first step). */
    public Month month() {
        return month;
    }
}
