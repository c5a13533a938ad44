package org.bilatsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.agent.DutyCalendar;
import org.bilatsim.config.Country;
import org.bilatsim.config.Product;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.config.Source;
import org.bilatsim.economics.ExactCes;
import org.bilatsim.economics.MelitzChaney;
import org.bilatsim.economics.Smart;
import org.bilatsim.economics.Welfare;

/**
 * The analytic view of a scenario: for every tariff change, the SMART effects, the exact CES
 * comparative statics and, where the partner's exporters have an extensive margin, the continuum
 * Melitz-Chaney closed form, all computed on the base-period flows (annual, US$) of the market.
 */
public final class AnalyticComparison {
    private AnalyticComparison() {}

    /**
     * One partner's side of one tariff change. "Partner" is the origin whose duty changed; the rest
     * of the world is every other origin of the market, aggregated.
     *
     * @param month   the month the change takes effect
     * @param product the market whose duty vector changed
     */
    public record Row(
            YearMonth month,
            Product product,
            String partner,
            double t0Partner,
            double t1Partner,
            double importsPartnerUsd,
            double importsRestUsd,
            Smart.Result smart,
            ExactCes.Change exact,
            int partnerIndex,
            MelitzChaney.Result continuum,
            Smart.Result smartConsistent,
            Welfare.Accounts welfareBefore,
            Welfare.Accounts welfareAfter) {
        /** The importer's net welfare change from this market (CS change + tariff + VAT revenue changes), US$ per year. */
        public double importerWelfareChangeUsd() {
            return welfareAfter.importerNet() - welfareBefore.importerNet();
        }

        /** Change of the VAT revenue, US$ per year. */
        public double vatRevenueChangeUsd() {
            return welfareAfter.vatRevenue() - welfareBefore.vatRevenue();
        }

        /** Change of the partner's exporters' producer surplus (operating profit and supply-curve rent), US$ per year. */
        public double partnerProducerSurplusChangeUsd() {
            return welfareAfter.producerSurplus()[partnerIndex] - welfareBefore.producerSurplus()[partnerIndex];
        }

        /** Change of the other origins' producer surplus, US$ per year. */
        public double restProducerSurplusChangeUsd() {
            double change = 0;
            for (int r = 0; r < welfareAfter.producerSurplus().length; r++) {
                if (r != partnerIndex) {
                    change += welfareAfter.producerSurplus()[r] - welfareBefore.producerSurplus()[r];
                }
            }
            return change;
        }

        /** The continuum model's change of imports from the partner, US$ per year (NaN without a layer). */
        public double continuumPartnerChangeUsd() {
            return continuum == null
                    ? Double.NaN
                    : continuum.after().values()[partnerIndex]
                            - continuum.before().values()[partnerIndex];
        }

        /** The continuum model's margins for the partner, or null without a layer. */
        public MelitzChaney.Margins continuumMargins() {
            return continuum == null ? null : continuum.margins()[partnerIndex];
        }

        public double exactPartnerChangeUsd() {
            return exact.after().values()[partnerIndex] - exact.before().values()[partnerIndex];
        }

        public double exactRestChangeUsd() {
            double before = exact.before().totalValue() - exact.before().values()[partnerIndex];
            double after = exact.after().totalValue() - exact.after().values()[partnerIndex];
            return after - before;
        }

        public double exactRevenueChangeUsd() {
            return exact.after().tariffRevenue() - exact.before().tariffRevenue();
        }

        /** Relative change of the partner's customs (world) price, exact model. */
        public double exactPartnerPriceChange() {
            return exact.after().customsPrices()[partnerIndex] / exact.before().customsPrices()[partnerIndex] - 1;
        }
    }

    public static List<Row> of(ScenarioConfig config) {
        List<Row> rows = new ArrayList<>();
        for (DutyCalendar.Change change : DutyCalendar.changes(config)) {
            Product product = change.product();
            ExactCes.Market market = market(config, product);
            ExactCes.Change exact = ExactCes.compare(market, change.before(), change.after());
            Welfare.Accounts[] welfare = welfare(market, product, exact, change.before(), change.after());
            for (int s = 0; s < product.sources().size(); s++) {
                if (change.before()[s] == change.after()[s]) {
                    continue;
                }
                Source partner = product.sources().get(s);
                double rest = 0;
                double restT0 = 0;
                double restT1 = 0;
                // The rest of the world is as elastic as its least elastic origin.
                double restEx = Double.POSITIVE_INFINITY;
                for (int r = 0; r < product.sources().size(); r++) {
                    if (r != s) {
                        double value = product.sources().get(r).baseValueUsd();
                        rest += value;
                        restT0 += value * change.before()[r];
                        restT1 += value * change.after()[r];
                        restEx = Math.min(restEx, product.sources().get(r).exportSupplyElasticity());
                    }
                }
                // The rest of the world's duty is the import-weighted mean of the other origins'.
                restT0 = rest > 0 ? restT0 / rest : 0;
                restT1 = rest > 0 ? restT1 / rest : 0;
                Smart.Result smart = Smart.evaluate(
                        partner.baseValueUsd(),
                        rest,
                        change.before()[s],
                        change.after()[s],
                        restT0,
                        restT1,
                        product.importDemandElasticity(),
                        product.substitutionElasticity(),
                        partner.exportSupplyElasticity(),
                        restEx);
                Smart.Result consistent = Smart.consistent(
                        partner.baseValueUsd(),
                        rest,
                        change.before()[s],
                        change.after()[s],
                        restT0,
                        restT1,
                        product.importDemandElasticity(),
                        product.substitutionElasticity(),
                        partner.exportSupplyElasticity());
                rows.add(new Row(
                        change.month(),
                        product,
                        partner.exporter(),
                        change.before()[s],
                        change.after()[s],
                        partner.baseValueUsd(),
                        rest,
                        smart,
                        exact,
                        s,
                        continuum(market, product, change),
                        consistent,
                        welfare[0],
                        welfare[1]));
            }
        }
        return rows;
    }

    /**
     * The welfare accounts before and after a change, by the agent model's definitions. The exact CES
     * model has a fixed set of varieties, so the fixed costs of serving are the same before and after
     * and are left out: the accounts' changes are the comparable numbers.
     */
    static Welfare.Accounts[] welfare(
            ExactCes.Market market, Product product, ExactCes.Change exact, double[] t0, double[] t1) {
        int n = product.sources().size();
        double[] sigmaF = new double[n];
        for (int s = 0; s < n; s++) {
            sigmaF[s] = product.sources().get(s).exporters().withinOriginElasticity(product.substitutionElasticity());
        }
        double[] none = new double[n];
        return new Welfare.Accounts[] {
            Welfare.of(market, exact.before(), 0, none, t0, sigmaF, none),
            Welfare.of(
                    market,
                    exact.after(),
                    exact.consumerSurplusChange(),
                    exact.exporterSurplusChange(),
                    t1,
                    sigmaF,
                    none)
        };
    }

    /**
     * The continuum Melitz-Chaney comparative statics of a change, with a layer for every origin whose
     * exporters have an extensive margin (more than one potential firm, a positive or calibrated fixed
     * cost, Pareto shape above sigmaF - 1); null when no origin has one.
     */
    static MelitzChaney.Result continuum(ExactCes.Market market, Product product, DutyCalendar.Change change) {
        int n = product.sources().size();
        MelitzChaney.Layer[] layers = new MelitzChaney.Layer[n];
        boolean any = false;
        for (int s = 0; s < n; s++) {
            var exporters = product.sources().get(s).exporters();
            double sigmaF = exporters.withinOriginElasticity(product.substitutionElasticity());
            boolean margin = exporters.count() > 1
                    && (exporters.calibratedCount()
                            ? exporters.activeExporters() < exporters.count()
                            : exporters.fixedCostUsdPerMonth() > 0);
            if (margin && exporters.paretoShape() > sigmaF - 1) {
                layers[s] = new MelitzChaney.Layer(exporters.paretoShape(), sigmaF, 1);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        double[] same = new double[n];
        java.util.Arrays.fill(same, 1.0);
        return MelitzChaney.compare(market, layers, change.before(), change.after(), same);
    }

    /** The exact-CES market of a product, from its base-period flows. */
    public static ExactCes.Market market(ScenarioConfig config, Product product) {
        int n = product.sources().size();
        double[] values = new double[n];
        double[] prices = new double[n];
        double[] ex = new double[n];
        for (int s = 0; s < n; s++) {
            Source source = product.sources().get(s);
            values[s] = source.baseValueUsd();
            prices[s] = source.basePriceUsd();
            ex[s] = source.exportSupplyElasticity();
        }
        double vat = config.country(product.importer()).map(Country::vatRate).orElse(0.0);
        return new ExactCes.Market(
                values, prices, ex, product.substitutionElasticity(), product.importDemandElasticity(), vat);
    }
}
