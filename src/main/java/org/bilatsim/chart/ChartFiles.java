package org.bilatsim.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as {@code <name>.png} and {@code <name>.svg}. The SVG is byte-identical for the same
 * chart: its defs key prefix is derived from the chart name (not random), and nothing time-dependent
 * is written. Rendering is headless: this class sets {@code java.awt.headless=true} unless the
 * property is already set.
 */
public final class ChartFiles {
    /** The default chart size, px. */
    public static final int WIDTH = 1200;

    public static final int HEIGHT = 700;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * A chart written to disk.
     *
     * @param name the file name without extension (also the SVG element id, prefixed "chart-")
     * @param svg the SVG element as written to {@code svgFile} (with a viewBox, so CSS can scale it)
     */
    public record WrittenChart(String name, Path pngFile, Path svgFile, String svg) {}

    private ChartFiles() {}

    /** Writes the chart at {@link #WIDTH} × {@link #HEIGHT}. */
    public static WrittenChart write(JFreeChart chart, Path directory, String name) throws IOException {
        return write(chart, directory, name, WIDTH, HEIGHT);
    }

    /**
     * Writes {@code directory/name.png} and {@code directory/name.svg}, creating the directory. Each
     * file is written to a temporary name and moved into place.
     *
     * @param name lower-case letters, digits and '-' (it becomes a file name and an XML id)
     */
    public static WrittenChart write(JFreeChart chart, Path directory, String name, int width, int height)
            throws IOException {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("chart name must be lower-case letters, digits and '-': " + name);
        }
        Files.createDirectories(directory);
        Path png = directory.resolve(name + ".png");
        Path svgFile = directory.resolve(name + ".svg");
        Path tmpPng = directory.resolve("." + name + ".png.tmp");
        try (OutputStream out = Files.newOutputStream(tmpPng)) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        }
        Files.move(tmpPng, png, StandardCopyOption.REPLACE_EXISTING);
        String svg = svg(chart, name, width, height);
        Path tmpSvg = directory.resolve("." + name + ".svg.tmp");
        Files.writeString(tmpSvg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", StandardCharsets.UTF_8);
        Files.move(tmpSvg, svgFile, StandardCopyOption.REPLACE_EXISTING);
        return new WrittenChart(name, png, svgFile, svg);
    }

    /**
     * The chart as one {@code <svg>} element with id {@code chart-<name>}, width, height and a viewBox.
     * Its internal ids start with {@code <name>-}, so several charts can be inlined in one page.
     */
    public static String svg(JFreeChart chart, String name, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(name + "-");
        g2.setRenderingHint(JFreeChart.KEY_SUPPRESS_SHADOW_GENERATION, true);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(
                "chart-" + name,
                true,
                new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }
}
