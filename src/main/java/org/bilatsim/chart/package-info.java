/**
 * Charts and the HTML report of a run, drawn from the files a run leaves behind — {@code annual.csv},
 * {@code timeseries.csv} and {@code manifest.json} — never from live agents (this package imports
 * neither {@code org.bilatsim.agent} nor the engine's model).
 *
 * <p>{@link org.bilatsim.chart.ReportWriter#write(java.nio.file.Path)} turns a run folder into
 * {@code charts/<name>.png}, {@code charts/<name>.svg} and a self-contained {@code report.html}.
 * {@link org.bilatsim.chart.RunResults} reads a run folder; {@link org.bilatsim.chart.ChartData} holds
 * the chart data logic as plain functions (quantile bands, the log-scale decision, the year a target
 * is reached); {@link org.bilatsim.chart.ReportCharts} declares the report's charts
 * ({@link org.bilatsim.chart.ChartSpec}: name, caption, the metrics it needs, when it applies, its
 * builder), each built by the class of its family ({@code TargetCharts}, {@code ProductCharts},
 * {@code PriceCharts}, {@code GovernmentCharts}, {@code ProjectCharts}, {@code FirmCharts}); the
 * scenario comparison and the tornado chart ({@code ComparisonCharts}, {@code TornadoChart}) take
 * plain records ({@link org.bilatsim.chart.ScenarioPaths}, {@link org.bilatsim.chart.Sensitivity}) so
 * that experiment commands can feed them, also through {@link org.bilatsim.chart.TradeCharts}; years
 * come from the run ({@link org.bilatsim.chart.RunSpan}); metric names from
 * {@link org.bilatsim.engine.Metric}; {@link org.bilatsim.chart.ChartFiles} writes a chart as PNG and
 * byte-reproducible SVG. Rendering is headless.
 */
package org.bilatsim.chart;
