package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The target across replications: per year, the probability that annual two-way trade has reached
 * the target in that year or before, and the distribution of the total.
 */
public final class TargetAnalysis {
    private TargetAnalysis() {}

    /**
     * @param probabilityReached share of replications whose total reached the target in a year up to
     *                           and including this one (non-decreasing by construction)
     * @param total              mean and the {@link Quantiles#BANDS} quantiles of the two-way total, US$
     */
    public record Year(int year, double probabilityReached, double[] total, double targetUsd, double[] allFlowsTotal) {
        public Year {
            total = total.clone();
            allFlowsTotal = allFlowsTotal.clone();
        }

        @Override
        public double[] total() {
            return total.clone();
        }

        /** Mean and quantiles of two-way trade of every kind of flow (goods, services, G2G), US$. */
        @Override
        public double[] allFlowsTotal() {
            return allFlowsTotal.clone();
        }

        public double medianTotal() {
            return total[3];
        }

        public double medianGap() {
            return targetUsd - medianTotal();
        }
    }

    public static List<Year> of(List<Outcome> outcomes) {
        TreeSet<Integer> years = new TreeSet<>();
        outcomes.forEach(o -> o.totals().forEach(t -> years.add(t.year())));
        double target = outcomes.get(0).spec().config().target().valueUsd();
        List<Year> result = new ArrayList<>();
        for (int year : years) {
            double[] totals = new double[outcomes.size()];
            double[] allFlows = new double[outcomes.size()];
            int reached = 0;
            for (int r = 0; r < outcomes.size(); r++) {
                totals[r] = outcomes.get(r).total(year);
                allFlows[r] = outcomes.get(r).allFlowsTotal(year);
                Integer first = outcomes.get(r).firstYearReached();
                if (first != null && first <= year) {
                    reached++;
                }
            }
            result.add(new Year(
                    year,
                    (double) reached / outcomes.size(),
                    Quantiles.summary(totals),
                    target,
                    Quantiles.summary(allFlows)));
        }
        return List.copyOf(result);
    }
}
