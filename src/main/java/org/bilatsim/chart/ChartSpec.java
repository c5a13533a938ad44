package org.bilatsim.chart;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bilatsim.engine.Metric;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the run report, declared once: what {@link ReportWriter} needs to load its data,
 * decide whether to draw it, draw it and caption it.
 *
 * @param name the file name in {@code charts/} ({@code <name>.png}, {@code <name>.svg}) and the figure id
 * @param title a short name for the report's "Not drawn" notes, e.g. "Tariff revenue"
 * @param monthly whether it is drawn from {@code timeseries.csv} (absent after {@code --summary-only})
 * @param needs the metrics it reads; {@link RunResults#load(java.nio.file.Path)} loads no others
 * @param caption the figure caption
 * @param whyNot empty when the chart applies to the run; else why it is not drawn (an empty reason
 *     leaves it out without a note, e.g. the projects chart of a run without projects)
 * @param builder draws it
 */
public record ChartSpec(
        String name,
        String title,
        boolean monthly,
        Set<Metric> needs,
        Function<Request, String> caption,
        Function<Request, Optional<String>> whyNot,
        Function<Request, JFreeChart> builder) {

    /**
     * What a chart is drawn from.
     *
     * @param run the run's results
     * @param priceProduct the product of the price chart (empty if the run has none)
     */
    public record Request(RunResults run, String priceProduct) {}

    public ChartSpec {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a chart name is lower-case letters, digits and '-': " + name);
        }
        needs = Set.copyOf(needs);
    }

    /** A chart that applies to every run. */
    static Function<Request, Optional<String>> always() {
        return request -> Optional.empty();
    }
}
