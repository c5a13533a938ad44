package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium and checks that the screenshot is not blank. Skipped, with a
 * message, when /usr/bin/chromium is absent ({@code apt-get install chromium}; .ci/run installs it).
 */
class ReportInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theReportRendersInHeadlessChromium() throws IOException, InterruptedException {
        assumeTrue(
                Files.isExecutable(CHROMIUM),
                "SKIPPED: /usr/bin/chromium is absent, so report.html is not rendered in a browser "
                        + "(install it with: apt-get install -y chromium)");
        Path run = RunFixtures.copy(RunFixtures.multi(), dir.resolve("run"));
        Path report = ReportWriter.write(run).report();
        Path screenshot = dir.resolve("screenshot.png");
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--user-data-dir=" + profile,
                        "--screenshot=" + screenshot,
                        "--window-size=1280,2000",
                        report.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(
                    "chromium did not finish in 180 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(Files.isRegularFile(screenshot), "no screenshot; chromium said: " + output);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
        Map<Integer, Integer> counts = new HashMap<>();
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                counts.merge(image.getRGB(x, y), 1, Integer::sum);
                samples++;
            }
        }
        int commonest = counts.values().stream().max(Integer::compare).orElse(0);
        assertTrue(counts.size() > 200, "the screenshot has only " + counts.size() + " colours: blank page?");
        assertTrue(commonest < 0.85 * samples, "one colour covers " + (100 * commonest / samples) + "% of the page");
    }
}
