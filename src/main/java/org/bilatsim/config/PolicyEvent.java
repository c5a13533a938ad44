package org.bilatsim.config;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A dated policy lever. Every event takes effect at the start of its month; one with an
 * {@code until} month is undone after that month.
 */
public sealed interface PolicyEvent permits PolicyEvent.DutyChange, PolicyEvent.TradeCostChange,
        PolicyEvent.Exhibition {

    /** Wildcard for "every product of this importer". */
    String ALL_PRODUCTS = "*";

    YearMonth date();

    /** The config spelling of the event's type. */
    String type();

    /**
     * Sets one duty layer for (importer, product, partner). Partner MFN sets the rate for every
     * partner without a line of its own.
     *
     * @param rate   the new rate of the layer, fraction of customs value
     * @param until  last month of the change, after which the previous rate returns; null = permanent
     */
    record DutyChange(YearMonth date, String importer, String product, String partner, DutyLayer layer,
            double rate, YearMonth until) implements PolicyEvent {
        public DutyChange {
            Objects.requireNonNull(date);
            Objects.requireNonNull(layer);
            if (!(rate >= 0)) {
                throw new IllegalArgumentException("rate must be >= 0");
            }
        }

        @Override
        public String type() {
            return "duty";
        }
    }

    /**
     * Multiplies the trade cost (CIF/FOB ratio) from an origin to an importer, e.g. a transit
     * agreement or direct flights: a factor of 0.97 cuts the landed price by 3%.
     */
    record TradeCostChange(YearMonth date, String exporter, String importer, String product, double factor,
            YearMonth until) implements PolicyEvent {
        public TradeCostChange {
            Objects.requireNonNull(date);
            if (!(factor > 0)) {
                throw new IllegalArgumentException("factor must be > 0");
            }
        }

        @Override
        public String type() {
            return "tradeCost";
        }
    }

    /**
     * A trade exhibition: exporters of the origin pay a lower fixed cost of serving the market from
     * then on, and each importer that does not yet know the origin discovers it with the given
     * probability.
     */
    record Exhibition(YearMonth date, String exporter, String importer, String product, double fixedCostFactor,
            double discoveryProbability) implements PolicyEvent {
        public Exhibition {
            Objects.requireNonNull(date);
            if (!(fixedCostFactor > 0) || !(discoveryProbability >= 0 && discoveryProbability <= 1)) {
                throw new IllegalArgumentException("invalid exhibition");
            }
        }

        @Override
        public String type() {
            return "exhibition";
        }

        @Override
        public YearMonth date() {
            return date;
        }
    }

    /** Whether this event concerns the given product key. */
    default boolean concerns(String eventProduct, String productKey) {
        return ALL_PRODUCTS.equals(eventProduct) || eventProduct.equals(productKey);
    }
}
