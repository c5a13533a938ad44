package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bilatsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectsAndSourcesTest {
    @Test
    void aProjectRunDrawsTheProjectsChartAndListsItsSources(@TempDir Path out) throws IOException {
        int code = Main.execute(
                new String[] {"run", "configs/reko-diq/exim-financing.yaml", "-n", "2", "--out", out.toString(), "-q"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        Path run;
        try (Stream<Path> dirs = Files.list(out.resolve("reko-diq-exim"))) {
            run = dirs.findFirst().orElseThrow();
        }
        var png = ImageIO.read(run.resolve("charts/projects.png").toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(700, png.getHeight());
        assertTrue(Files.exists(run.resolve("scenario/exim-financing.yaml")), "the scenario file travels with the run");
        String report = Files.readString(run.resolve("report.html"));
        assertTrue(report.contains("id=\"figure-projects\""));
        assertTrue(report.contains("Assumptions and sources"));
        assertTrue(report.contains("capacityPerYear"), "a commented value of the scenario is listed");
        assertTrue(report.contains("<td>assumption</td>"));
        assertTrue(!report.contains(".partial-"), "the report names the final run-id");
    }
}
