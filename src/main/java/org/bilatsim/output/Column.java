package org.bilatsim.output;

/** The columns of timeseries.csv and annual.csv, in order. */
public enum Column {
    SCENARIO, REPLICATION, SEED, PERIOD, EXPORTER, IMPORTER, PRODUCT, METRIC, VALUE, UNIT;

    public String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String[] headers() {
        Column[] all = values();
        String[] headers = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            headers[i] = all[i].header();
        }
        return headers;
    }
}
