package org.bilatsim.config;

import java.util.Locale;

/**
 * The layers of an import duty, each an ad valorem fraction of customs value. Their sum is the duty
 * rate in the landed price. Pakistan levies all three (customs duty CD, additional customs duty ACD,
 * regulatory duty RD); Azerbaijan only customs duty.
 */
public enum DutyLayer {
    CUSTOMS,
    REGULATORY,
    ADDITIONAL;

    /** The config spelling: customs, regulatory, additional. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
