package org.bilatsim.calibrate;

/**
 * One HS6 (or finest published) line of annual trade, as read from BACI or Comtrade.
 *
 * @param year       the year of the flow
 * @param hsRevision the HS revision of the product code, e.g. "HS17" (BACI's naming; Comtrade's H5 is HS17)
 * @param product    the HS code as published, a string with its leading zeros ("010121")
 * @param exporter   ISO3 of the origin, or {@link #WORLD} for a reporter's imports from all partners
 * @param importer   ISO3 of the destination
 * @param valueUsd   trade value, US$ (not thousands)
 * @param cif        true when the value is CIF (importer-reported customs value), false for FOB
 * @param tonnes     net weight, metric tons; NaN when not published
 * @param reporter   who reported it: {@link Reporter#BACI} (reconciled), the importer, or the exporter (mirror)
 * @param file       the file it was read from
 * @param line       its line in that file
 */
record TradeFlow(
        int year,
        String hsRevision,
        String product,
        String exporter,
        String importer,
        double valueUsd,
        boolean cif,
        double tonnes,
        Reporter reporter,
        DataFile file,
        long line) {
    /** The partner "World" in Comtrade files: the reporter's trade with all partners. */
    static final String WORLD = "WLD";

    /** Who reported a flow. */
    enum Reporter {
        /** CEPII's reconciliation of both reports: FOB values. */
        BACI,
        /** The importing country's customs (Comtrade flow M): CIF values. */
        IMPORTER,
        /** The exporting country's customs (Comtrade flow X), used as a mirror: FOB values. */
        EXPORTER
    }

    boolean hasTonnes() {
        return !Double.isNaN(tonnes);
    }

    String cite() {
        return file.name() + ":" + line;
    }
}
