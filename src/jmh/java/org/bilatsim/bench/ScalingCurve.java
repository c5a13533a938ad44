package org.bilatsim.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.SingleRun;
import org.bilatsim.experiment.SyntheticScenario;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import java.text.DecimalFormat;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scaling curve: wall time of one 144-month run of a synthetic scenario (1,000 importers, 10
 * products) against the number of exporter agents, 10^4 to 10^7, single thread, best of three runs
 * after a warm-up. Writes scaling.csv and scaling.png to the given folder.
 * Usage: java -Xmx4g -cp target/benchmarks.jar org.bilatsim.bench.ScalingCurve docs/images
 */
public final class ScalingCurve {
    private ScalingCurve() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        long[] sizes = {10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000};
        XYSeries seconds = new XYSeries("seconds per run");
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("scaling.csv")))) {
            csv.println("exporters,agents,months,seconds,agent_steps_per_second,heap_used_mb");
            run(10_000);
            for (long n : sizes) {
                double best = Double.MAX_VALUE;
                long agents = 0;
                for (int r = 0; r < 3; r++) {
                    long start = System.nanoTime();
                    agents = run(n).agents();
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                }
                Runtime rt = Runtime.getRuntime();
                long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
                csv.printf(Locale.ROOT, "%d,%d,144,%.3f,%.0f,%d%n", n, agents, best, agents * 144 / best, used);
                csv.flush();
                System.out.printf(Locale.ROOT, "%,d exporters: %.3f s, %.1f M agent-steps/s%n", n, best,
                        agents * 144 / best / 1e6);
                seconds.add(n, best);
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Run time against exporter agents: linear from about a million",
                "exporter agents (log scale)", "seconds per 144-month run (log scale)",
                new XYSeriesCollection(seconds), PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis domain = new LogAxis("exporter agents (log scale)");
        domain.setTickUnit(new NumberTickUnit(0.5));
        domain.setNumberFormatOverride(new DecimalFormat("#,##0"));
        plot.setDomainAxis(domain);
        LogAxis range = new LogAxis("seconds per 144-month run (log scale)");
        range.setTickUnit(new NumberTickUnit(0.5));
        range.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        plot.setRangeAxis(range);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0x1f5fa8));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(renderer);
        ChartUtils.saveChartAsPNG(out.resolve("scaling.png").toFile(), chart, 1000, 600);
    }

    private static SingleRun.Summary run(long exporters) {
        ScenarioConfig config = ConfigLoader.parse("synthetic.yaml", SyntheticScenario.yaml(exporters, 1000, 10, 12),
                List.of());
        return SingleRun.run(config, o -> { });
    }
}
