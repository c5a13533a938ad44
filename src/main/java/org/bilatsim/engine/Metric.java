package org.bilatsim.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.bilatsim.agent.Flow;
import org.bilatsim.agent.ProductMarket;
import org.bilatsim.agent.ProjectAgent;

/**
 * Every number the engine records, declared once: its output key, its unit, how twelve months make
 * a year in annual.csv, and how it is read from the model (a {@link Reading} for each kind of agent it
 * is recorded for). {@link TradeModel} records, for each product market origin, each flow and each
 * project, the metrics that have a reading of that kind, in declaration order: that order is the
 * row order of the output files, so a new metric goes after the others of its kind.
 *
 * <p>Units: {@link Unit#PRODUCT} is the volume unit of the product (e.g. {@code tonnes}),
 * {@link Unit#usdPer()} is {@code USD/} followed by it; other units are fixed strings.
 */
public enum Metric {
    /** Imports at customs (CIF) value; equal to the exporter's recorded exports. */
    TRADE_VALUE(
            "trade_value",
            Unit.fixed("USD"),
            Annual.SUM,
            Reading.market((m, s, total) -> m.importedValueUsd(s)).andFlow(Flow::countsTowardTarget, Flow::valueUsd)),
    /** A flow outside customs goods trade that does not count toward the target (e.g. third-party LNG). */
    FLOW_VALUE_NOT_COUNTED(
            "flow_value_not_counted",
            Unit.fixed("USD"),
            Annual.SUM,
            Reading.flow(flow -> !flow.countsTowardTarget(), Flow::valueUsd)),
    /** Imports in the product's unit (e.g. tonnes). */
    TRADE_VOLUME(
            "trade_volume",
            Unit.PRODUCT,
            Annual.SUM,
            Reading.market((m, s, total) -> m.importedVolume(s)).andFlow(flow -> true, Flow::volume)),
    /** FOB price received by exporters. */
    EXPORT_PRICE(
            "export_price", Unit.usdPer(), Annual.MEAN, Reading.market((m, s, total) -> m.origins()[s].fobPriceUsd())),
    /** Duty-paid price at the importer's border (before VAT). */
    LANDED_PRICE("landed_price", Unit.usdPer(), Annual.MEAN, Reading.market((m, s, total) -> m.landedPriceUsd(s))),
    /** Sum of the duty layers applied to this origin. */
    TARIFF_RATE("tariff_rate", Unit.fixed("fraction"), Annual.MEAN, Reading.market((m, s, total) -> m.dutyRate(s))),
    /** Duty collected by the importer's government on this origin's goods. */
    TARIFF_REVENUE(
            "tariff_revenue", Unit.fixed("USD"), Annual.SUM, Reading.market((m, s, total) -> m.dutyCollectedUsd(s))),
    /** VAT collected by the importer's government on this origin's goods (rate times duty-paid value); a level. */
    VAT_REVENUE("vat_revenue", Unit.fixed("USD"), Annual.SUM, Reading.market((m, s, total) -> m.vatCollectedUsd(s))),
    /**
     * The origin's exporters' producer surplus in this market: operating profit net of fixed and sunk
     * costs (a level) plus the change of the factor owners' rent on the origin's supply curve since
     * the base period (terms of trade, finite Ex).
     */
    PRODUCER_SURPLUS(
            "producer_surplus",
            Unit.fixed("USD"),
            Annual.SUM,
            Reading.market((m, s, total) -> m.producerSurplusUsd(s))),
    /** Exporters of the origin that served the market in the month. */
    ACTIVE_EXPORTERS(
            "active_exporters",
            Unit.fixed("firms"),
            Annual.MEAN,
            Reading.market((m, s, total) -> m.origins()[s].servingCount())),
    /** The origin's share of the market's import value. */
    SOURCE_SHARE(
            "source_share",
            Unit.fixed("fraction"),
            Annual.MEAN,
            Reading.market((m, s, total) -> total > 0 ? m.importedValueUsd(s) / total : 0)),
    /**
     * The buyers' consumer surplus gained relative to base-period prices (compensating variation of
     * the import composite's CES price index), one row per import market with exporter {@value
     * #ALL_ORIGINS}.
     */
    CONSUMER_SURPLUS_CHANGE(
            "consumer_surplus_change",
            Unit.fixed("USD"),
            Annual.SUM,
            Reading.importMarket(ProductMarket::consumerSurplusChangeUsd)),
    /** A project's output of a commodity (in the commodity's unit). */
    PROJECT_OUTPUT("project_output", Unit.PRODUCT, Annual.SUM, Reading.commodity(ProjectAgent.CommodityMonth::output)),
    /** The world price of a project's commodity. */
    COMMODITY_PRICE(
            "commodity_price", Unit.usdPer(), Annual.MEAN, Reading.commodity(ProjectAgent.CommodityMonth::priceUsd)),
    /** A project's capital expenditure. */
    PROJECT_CAPEX("project_capex", Unit.fixed("USD"), Annual.SUM, Reading.project(ProjectAgent.Month::capexUsd)),
    /** A project's interest and principal paid. */
    DEBT_SERVICE("debt_service", Unit.fixed("USD"), Annual.SUM, Reading.project(ProjectAgent.Month::debtServiceUsd)),
    /** A project's debt outstanding at the end of the month (annual: at the end of the year). */
    DEBT_OUTSTANDING(
            "debt_outstanding",
            Unit.fixed("USD"),
            Annual.LAST,
            Reading.project(ProjectAgent.Month::debtOutstandingUsd)),
    /** People employed by a project. */
    JOBS("jobs", Unit.fixed("jobs"), Annual.MEAN, Reading.project(ProjectAgent.Month::jobs)),
    /** 1 in a month a security incident stopped the project (annual: share of months). */
    DISRUPTED("disrupted", Unit.fixed("fraction"), Annual.MEAN, Reading.project(month -> month.disrupted() ? 1 : 0)),
    /**
     * A country's net welfare from the product markets: consumer surplus change of its import
     * markets, plus its tariff and VAT revenue on them, plus its exporters' producer surplus in every
     * market; one row per country with exporter = importer = the country and product {@value
     * #ALL_PRODUCTS}.
     */
    NET_WELFARE("net_welfare", Unit.fixed("USD"), Annual.SUM, Reading.country(CountryWelfare::netUsd));

    /** The exporter column of a row that belongs to a whole import market (every origin). */
    public static final String ALL_ORIGINS = "ALL";
    /** The product column of a row that belongs to a whole country (every product market). */
    public static final String ALL_PRODUCTS = "ALL";

    /** The metrics of a product market's origin, in the order they are recorded. */
    public static final List<Metric> MARKET = having(r -> r.market != null);
    /** The metrics of a flow (contract, tourism route, project trade), in the order they are recorded. */
    public static final List<Metric> FLOW = having(r -> r.flow != null);
    /** The metrics of one commodity of a project, in the order they are recorded. */
    public static final List<Metric> COMMODITY = having(r -> r.commodity != null);
    /** The metrics of a project as a whole, recorded after its commodities'. */
    public static final List<Metric> PROJECT = having(r -> r.project != null);
    /** The metrics of an import market as a whole, recorded after its origins'. */
    public static final List<Metric> IMPORT_MARKET = having(r -> r.importMarket != null);
    /** The metrics of a country, recorded after every market, flow and project. */
    public static final List<Metric> COUNTRY = having(r -> r.country != null);

    /**
     * A country's welfare in a month, US$: the consumer surplus change, tariff and VAT revenue of its
     * import markets and its exporters' producer surplus in every market.
     */
    public record CountryWelfare(
            String country,
            double consumerSurplusChangeUsd,
            double tariffRevenueUsd,
            double vatRevenueUsd,
            double producerSurplusUsd) {
        public double netUsd() {
            return consumerSurplusChangeUsd + tariffRevenueUsd + vatRevenueUsd + producerSurplusUsd;
        }
    }

    /** How a year is made of months. */
    public enum Annual {
        SUM,
        MEAN,
        LAST
    }

    /**
     * A metric's unit: a fixed string, or made from the unit of the product (or commodity, or flow)
     * it is recorded for.
     *
     * @param prefix the text before the product unit, or the whole unit when {@code perProduct} is false
     */
    public record Unit(String prefix, boolean perProduct) {
        /** The product's own unit (a volume). */
        public static final Unit PRODUCT = new Unit("", true);

        public static Unit fixed(String unit) {
            return new Unit(unit, false);
        }

        /** US$ per unit of the product: {@code USD/tonnes}. */
        public static Unit usdPer() {
            return new Unit("USD/", true);
        }

        public String of(String productUnit) {
            if (!perProduct) {
                return prefix;
            }
            return prefix.isEmpty() ? productUnit : prefix + productUnit;
        }
    }

    /** A market metric read from origin {@code s} of a market whose imports total {@code marketImportsUsd}. */
    @FunctionalInterface
    public interface MarketReading {
        double read(ProductMarket market, int s, double marketImportsUsd);
    }

    /**
     * How a metric is read from the model, one function per kind of agent (null where the metric is
     * not recorded for that kind). A flow metric also says which flows it is recorded for.
     */
    public record Reading(
            MarketReading market,
            Predicate<Flow> flowApplies,
            ToDoubleFunction<Flow> flow,
            ToDoubleFunction<ProjectAgent.CommodityMonth> commodity,
            ToDoubleFunction<ProjectAgent.Month> project,
            ToDoubleFunction<ProductMarket> importMarket,
            ToDoubleFunction<CountryWelfare> country) {
        static Reading market(MarketReading market) {
            return new Reading(market, null, null, null, null, null, null);
        }

        static Reading flow(Predicate<Flow> applies, ToDoubleFunction<Flow> flow) {
            return new Reading(null, applies, flow, null, null, null, null);
        }

        static Reading commodity(ToDoubleFunction<ProjectAgent.CommodityMonth> commodity) {
            return new Reading(null, null, null, commodity, null, null, null);
        }

        static Reading project(ToDoubleFunction<ProjectAgent.Month> project) {
            return new Reading(null, null, null, null, project, null, null);
        }

        static Reading importMarket(ToDoubleFunction<ProductMarket> importMarket) {
            return new Reading(null, null, null, null, null, importMarket, null);
        }

        static Reading country(ToDoubleFunction<CountryWelfare> country) {
            return new Reading(null, null, null, null, null, null, country);
        }

        Reading andFlow(Predicate<Flow> applies, ToDoubleFunction<Flow> read) {
            return new Reading(market, applies, read, commodity, project, importMarket, country);
        }
    }

    /** The metric with this output key. */
    public static Metric ofKey(String key) {
        for (Metric metric : values()) {
            if (metric.key.equals(key)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("no metric " + key);
    }

    private static List<Metric> having(Predicate<Reading> kind) {
        return Arrays.stream(values()).filter(m -> kind.test(m.reading)).toList();
    }

    private final String key;
    private final Unit unit;
    public final Annual annual;
    private final Reading reading;

    Metric(String key, Unit unit, Annual annual, Reading reading) {
        this.key = key;
        this.unit = unit;
        this.annual = annual;
        this.reading = reading;
    }

    /** The metric's name in the {@code metric} column of the output files. */
    public String key() {
        return key;
    }

    /** The unit, given the product's volume unit (e.g. "USD/tonnes"). */
    public String unit(String productUnit) {
        return unit.of(productUnit);
    }

    /** How the engine reads it. */
    public Reading reading() {
        return reading;
    }
}
