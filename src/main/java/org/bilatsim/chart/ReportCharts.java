package org.bilatsim.chart;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bilatsim.engine.Metric;

/**
 * The charts of the run report, in report order. To add a chart: write its builder in the class of
 * its family (or a new one), and add one {@link ChartSpec} here; the report, the rows loaded from
 * the run folder and the registry test follow from the declaration.
 */
public final class ReportCharts {
    private ReportCharts() {}

    /**
     * What the report reads besides the charts: trade value for the headline and the direction table,
     * tariff rates to choose the price chart's default product (the one whose duty changes most often).
     */
    /** The headline's metrics and the welfare section's (ReportWriter). */
    static final Set<Metric> REPORT_NEEDS = EnumSet.of(
            Metric.TRADE_VALUE,
            Metric.TARIFF_RATE,
            Metric.CONSUMER_SURPLUS_CHANGE,
            Metric.TARIFF_REVENUE,
            Metric.VAT_REVENUE,
            Metric.PRODUCER_SURPLUS,
            Metric.NET_WELFARE);

    public static final List<ChartSpec> ALL = List.of(
            new ChartSpec(
                    "path-to-target",
                    "Path to target",
                    false,
                    EnumSet.of(Metric.TRADE_VALUE),
                    r -> "Annual two-way trade against the target, total and each direction.",
                    ChartSpec.always(),
                    r -> TargetCharts.pathToTarget(r.run())),
            new ChartSpec(
                    "products",
                    "Products",
                    false,
                    EnumSet.of(Metric.TRADE_VALUE),
                    r -> "Annual trade by product, stacked, for each direction.",
                    ChartSpec.always(),
                    r -> ProductCharts.products(r.run())),
            new ChartSpec(
                    "prices",
                    "Prices",
                    true,
                    EnumSet.of(Metric.LANDED_PRICE, Metric.EXPORT_PRICE),
                    r -> "Landed and export prices of " + r.run().manifest().productName(r.priceProduct())
                            + " by origin, with the policy changes that apply to it.",
                    ReportCharts::pricesWhyNot,
                    r -> PriceCharts.prices(r.run(), r.priceProduct())),
            new ChartSpec(
                    "tariff-revenue",
                    "Tariff revenue",
                    false,
                    EnumSet.of(Metric.TARIFF_REVENUE),
                    r -> "Tariff revenue by importing country.",
                    r -> !r.run().annual(Metric.TARIFF_REVENUE).isEmpty()
                            ? Optional.empty()
                            : Optional.of("no " + Metric.TARIFF_REVENUE.key() + " rows in annual.csv."),
                    r -> GovernmentCharts.tariffRevenue(r.run())),
            new ChartSpec(
                    "projects",
                    "Projects",
                    false,
                    EnumSet.of(Metric.TRADE_VALUE, Metric.PROJECT_OUTPUT, Metric.PROJECT_CAPEX, Metric.DEBT_SERVICE),
                    r -> "Investment projects: exports by commodity, capital spending and debt service.",
                    r -> !r.run().annual(Metric.PROJECT_CAPEX).isEmpty() ? Optional.empty() : Optional.of(""),
                    r -> ProjectCharts.projects(r.run())),
            new ChartSpec(
                    "active-exporters",
                    "Active exporters",
                    true,
                    EnumSet.of(Metric.ACTIVE_EXPORTERS),
                    r -> "Active exporting firms by origin and product (the extensive margin).",
                    r -> r.run().monthly().stream().anyMatch(row -> row.is(Metric.ACTIVE_EXPORTERS) && row.value() > 1)
                            ? Optional.empty()
                            : Optional.of("no origin has more than one exporting firm."),
                    r -> FirmCharts.activeExporters(r.run())),
            new ChartSpec(
                    "welfare",
                    "Welfare",
                    false,
                    EnumSet.of(Metric.NET_WELFARE),
                    r -> "Change of net welfare by country from the first full simulated year (within each"
                            + " replication): net welfare is the consumer surplus change relative to base-period"
                            + " prices, plus tariff and VAT revenue, plus its exporters' producer surplus; the last"
                            + " three are levels, so only their changes are welfare changes.",
                    r -> !r.run().annual(Metric.NET_WELFARE).isEmpty()
                            ? Optional.empty()
                            : Optional.of("no " + Metric.NET_WELFARE.key() + " rows in annual.csv."),
                    r -> WelfareCharts.netWelfare(r.run())));

    /** Every metric the report reads: the charts' and the headline's. */
    public static Set<Metric> metrics() {
        Set<Metric> metrics = EnumSet.copyOf(REPORT_NEEDS);
        ALL.forEach(spec -> metrics.addAll(spec.needs()));
        return metrics;
    }

    private static Optional<String> pricesWhyNot(ChartSpec.Request r) {
        String product = r.priceProduct();
        if (!product.isEmpty()
                && r.run().monthly().stream()
                        .anyMatch(row -> row.product().equals(product) && row.is(Metric.LANDED_PRICE))) {
            return Optional.empty();
        }
        return Optional.of(
                "no " + Metric.LANDED_PRICE.key() + " rows" + (product.isEmpty() ? "" : " for " + product) + ".");
    }
}
