package org.bilatsim.calibrate;

/**
 * One published elasticity for an HS6 product.
 *
 * @param kind       import-demand (Kee, Nicita and Olarreaga 2008, by importer) or trade (Fontagné, Guimbard and
 *                   Orefice 2022, for all importers)
 * @param iso3       the importer (import-demand elasticities), or null
 * @param hs6        the HS6 code with its leading zeros
 * @param value      the estimate as published (both are negative in the sources)
 * @param standardError its standard error, NaN when not given
 * @param file       the file
 * @param line       its line
 */
record Elasticity(Kind kind, String iso3, String hs6, double value, double standardError, DataFile file, long line) {
    enum Kind {
        IMPORT_DEMAND,
        TRADE
    }

    String cite() {
        return file.name() + ":" + line;
    }
}
