package org.bilatsim.config;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A dated policy lever. Every event takes effect at the start of its month; one with an
 * {@code until} month is undone after that month.
 *
 * <p>Each permitted record has one entry in {@link Lever} (its config name, binder and report label)
 * and one method in {@link Visitor} (how the agents apply it); {@code LeverRegistryTest} fails when
 * either is missing.
 */
public sealed interface PolicyEvent
        permits PolicyEvent.DutyChange,
                PolicyEvent.TradeCostChange,
                PolicyEvent.Exhibition,
                PolicyEvent.Pta,
                PolicyEvent.TariffRateQuota,
                PolicyEvent.Flights {

    /** Wildcard for "every product of this importer". */
    String ALL_PRODUCTS = "*";

    YearMonth date();

    /** The config spelling of the event's type (its {@link Lever#configName()}). */
    default String type() {
        return lever().configName();
    }

    /** The registry entry of this event's type. */
    default Lever lever() {
        return Lever.of(getClass());
    }

    /** Calls the visitor's method for this event's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per lever type. Java 17 has no exhaustive pattern switch over a sealed interface, so
     * a visitor is how code outside config (the agents' handler) is made to handle every lever: a new
     * lever adds a method here and the compiler points at every handler that lacks it.
     */
    interface Visitor<R> {
        R duty(DutyChange event);

        R tradeCost(TradeCostChange event);

        R exhibition(Exhibition event);

        R pta(Pta event);

        R trq(TariffRateQuota event);

        R flights(Flights event);
    }

    /**
     * Sets one duty layer for (importer, product, partner). Partner MFN sets the rate for every
     * partner without a line of its own.
     *
     * @param rate   the new rate of the layer, fraction of customs value
     * @param until  last month of the change, after which the previous rate returns; null = permanent
     */
    record DutyChange(
            YearMonth date,
            String importer,
            String product,
            String partner,
            DutyLayer layer,
            double rate,
            YearMonth until)
            implements PolicyEvent {
        public DutyChange {
            Objects.requireNonNull(date);
            Objects.requireNonNull(layer);
            ConfigSchema.DUTY_RATE.require(rate);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.duty(this);
        }
    }

    /**
     * Multiplies the trade cost (CIF/FOB ratio) from an origin to an importer, e.g. a transit
     * agreement or direct flights: a factor of 0.97 cuts the landed price by 3%.
     */
    record TradeCostChange(
            YearMonth date, String exporter, String importer, String product, double factor, YearMonth until)
            implements PolicyEvent {
        public TradeCostChange {
            Objects.requireNonNull(date);
            ConfigSchema.TRADE_COST_FACTOR.require(factor);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tradeCost(this);
        }
    }

    /**
     * A trade exhibition: exporters of the origin pay a lower fixed cost of serving the market from
     * then on, and each importer that does not yet know the origin discovers it with the given
     * probability.
     */
    record Exhibition(
            YearMonth date,
            String exporter,
            String importer,
            String product,
            double fixedCostFactor,
            double discoveryProbability)
            implements PolicyEvent {
        public Exhibition {
            Objects.requireNonNull(date);
            ConfigSchema.EXHIBITION_FIXED_COST.require(fixedCostFactor);
            ConfigSchema.EXHIBITION_DISCOVERY.require(discoveryProbability);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exhibition(this);
        }
    }

    /**
     * A preferential trade agreement package: from its date, each concession sets the duty on one
     * product from one partner to a preferential rate (all layers: the waiver covers customs, additional
     * and regulatory duty above the PTA rate). Only {@code utilization} of imports claim it (rules of
     * origin, paperwork): the effective rate is {@code u * preferential + (1 - u) * MFN}.
     */
    record Pta(YearMonth date, String name, java.util.List<Concession> concessions, double utilization)
            implements PolicyEvent {
        public Pta {
            Objects.requireNonNull(date);
            concessions = java.util.List.copyOf(concessions);
            ConfigSchema.PTA_UTILIZATION.require(utilization);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pta(this);
        }
    }

    /** One concession of a PTA: the preferential rate on a product from a partner. */
    record Concession(String importer, String product, String partner, double rate) {}

    /**
     * A tariff-rate quota on a product from a partner (or MFN): imports pay the in-quota rate until
     * the year's quota volume is filled, then the out-of-quota rate, until the year ends. Months are
     * the unit: the rate of a month is set at its start, so the month that fills the quota still pays
     * the in-quota rate on all of it.
     */
    record TariffRateQuota(
            YearMonth date,
            String importer,
            String product,
            String partner,
            double inQuotaRate,
            double outOfQuotaRate,
            double quotaVolumePerYear,
            YearMonth until)
            implements PolicyEvent {
        public TariffRateQuota {
            Objects.requireNonNull(date);
            ConfigSchema.TRQ_IN_RATE.require(inQuotaRate);
            ConfigSchema.TRQ_OUT_RATE.require(outOfQuotaRate);
            ConfigSchema.TRQ_VOLUME.require(quotaVolumePerYear);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trq(this);
        }
    }

    /**
     * New or withdrawn direct flights on a tourism route: seat capacity changes (visitors respond to
     * it) and the trade cost of goods between the two countries is multiplied by
     * {@code tradeCostFactor} (air freight, buyers' visits).
     */
    record Flights(YearMonth date, String route, double seatsPerWeekChange, double tradeCostFactor)
            implements PolicyEvent {
        public Flights {
            Objects.requireNonNull(date);
            Objects.requireNonNull(route);
            ConfigSchema.FLIGHTS_TRADE_COST.require(tradeCostFactor);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.flights(this);
        }
    }

    /** Whether an event naming {@code eventProduct} (a key or "*") concerns product {@code productKey}. */
    static boolean concerns(String eventProduct, String productKey) {
        return ALL_PRODUCTS.equals(eventProduct) || eventProduct.equals(productKey);
    }
}
