package org.bilatsim.config;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A duty rate that one importer applies to one product from one partner, or from every partner
 * without a line of its own ({@link #MFN}).
 *
 * @param importer    ISO3 of the importing country
 * @param product     product key
 * @param partner     ISO3 of the origin, or MFN
 * @param customs     customs duty, fraction of customs value
 * @param regulatory  regulatory duty, fraction of customs value
 * @param additional  additional customs duty, fraction of customs value
 * @param until       last month in which a partner-specific line applies (a preference that
 *                    expires); null when it does not expire. After it the MFN line applies.
 */
public record TariffLine(
        String importer,
        String product,
        String partner,
        double customs,
        double regulatory,
        double additional,
        YearMonth until) {
    public static final String MFN = "MFN";

    public TariffLine {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(partner, "partner");
        ConfigSchema.TARIFF_CUSTOMS.require(customs);
        ConfigSchema.TARIFF_REGULATORY.require(regulatory);
        ConfigSchema.TARIFF_ADDITIONAL.require(additional);
    }

    public double rate(DutyLayer layer) {
        return switch (layer) {
            case CUSTOMS -> customs;
            case REGULATORY -> regulatory;
            case ADDITIONAL -> additional;
        };
    }

    /** Sum of the layers, the ad valorem duty rate (fraction). */
    public double totalRate() {
        return customs + regulatory + additional;
    }
}
