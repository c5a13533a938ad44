package org.bilatsim.calibrate;

import java.time.YearMonth;

/**
 * One ad-valorem duty read from a tariff file.
 *
 * @param importer ISO3 of the country that levies it
 * @param partner  ISO3 of the partner it applies to, or {@code MFN} for every partner without a line of its own
 * @param product  the HS code as published (any length: a chapter's rate applies to all its lines)
 * @param regime   MFN, PRF (preferential), AHS (effectively applied) or the layer's name for the project's CSV
 * @param layer    customs, regulatory or additional (a TRAINS rate is customs)
 * @param rate     the duty, a fraction (0.15 = 15%)
 * @param year     the tariff year (TRAINS), or 0
 * @param from     first month in force (project CSV), or null (in force from before the run)
 * @param until    last month in force (project CSV), or null (no expiry)
 * @param file     the file
 * @param line     its line
 */
record TariffRate(
        String importer,
        String partner,
        String product,
        String regime,
        String layer,
        double rate,
        int year,
        YearMonth from,
        YearMonth until,
        DataFile file,
        long line) {
    static final String MFN = "MFN";

    String cite() {
        return file.name() + ":" + line;
    }
}
