package org.bilatsim.engine;

import java.time.YearMonth;

/**
 * One recorded number: a metric of the flow from {@code exporter} to {@code importer} of a product
 * in a month.
 */
public record Observation(
        YearMonth period, String exporter, String importer, String product, Metric metric, String unit, double value) {}
