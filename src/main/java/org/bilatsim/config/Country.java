package org.bilatsim.config;

import java.util.Objects;

/**
 * A country or an aggregate region (ROW, the rest of the world).
 *
 * @param iso3    ISO 3166 alpha-3 code, or ROW
 * @param name    display name
 * @param vatRate value-added tax on imports as a fraction of (customs value + duty); it raises the
 *                consumer price of every source alike, so it changes the level of demand, not shares
 */
public record Country(String iso3, String name, double vatRate) {
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        ConfigSchema.VAT_RATE.require(vatRate);
    }
}
