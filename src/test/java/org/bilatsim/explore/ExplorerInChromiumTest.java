package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer end to end in a real headless browser: Debian's chromium driven by Debian's
 * chromedriver through Selenium, with both paths set explicitly (and SE_OFFLINE=true in the
 * surefire configuration), so nothing is downloaded. Skipped, with a message, where either is
 * missing (.ci/run installs both).
 */
class ExplorerInChromiumTest {
    /** A scenario whose target is near its 2035 median, so P(target) moves with the rice duty. */
    static String scenario(Path baseline) {
        return "extends: " + baseline.toAbsolutePath() + "\n"
                + "scenario:\n  name: classroom-target\n  description: >-\n"
                + "    The baseline with a classroom target of US$53 million of two-way trade, near its 2035 median.\n"
                + "target:\n  valueUsd: 53000000   # ASSUMPTION: a classroom target, for the test\n"
                + "  between: [PAK, AZE]\n";
    }

    static Path onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aStudentMovesTheRiceDutyPolicyAddsAnEventAndDownloadsTheScenario(@TempDir Path dir) throws Exception {
        Path chromium = onPath("chromium");
        Path chromedriver = onPath("chromedriver");
        assumeTrue(
                chromium != null && chromedriver != null,
                "SKIPPED: chromium or chromedriver is not installed "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
        Path file = dir.resolve("classroom-target.yaml");
        Files.writeString(file, scenario(Path.of("configs/pak-aze/baseline.yaml")), StandardCharsets.UTF_8);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        try (ExploreServer server = new ExploreServer(
                new ScenarioLibrary(List.of(file), Path.of("configs")),
                new SchemaControlCatalog(),
                2,
                dir.resolve("output"),
                List.of("bilatsim", "explore"))) {
            int port = server.start("127.0.0.1", 0);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--user-data-dir=" + dir.resolve("profile"),
                    "--window-size=1400,1000");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                // 12 runs keep the test short (the page's default is 100).
                driver.get("http://127.0.0.1:" + port + "/?runs=12");
                wait.until(d -> finished(d, 12) != null);
                System.out.println("explorer page: load event after "
                        + script(
                                driver, "return Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)")
                        + " ms");
                String data = String.valueOf(script(driver, "return JSON.stringify(explorer.last.result.total.p50)"));
                String probability = shownProbability(driver);

                // The rice duty as policy: Azerbaijan's duty on Pakistani rice from a month (a dated duty event),
                // not the base-period duty line, which is a calibration input.
                int rice = ExploreSchemaControlsTest.riceFromPakistan(ConfigLoader.load(file, List.of()));
                String ratePath = "policy." + rice + ".rate";
                String date = String.valueOf(script(driver, "return explorer.info.firstDate"));
                int fromYear = Integer.parseInt(date.substring(0, 4));
                WebElement duty = driver.findElement(By.cssSelector("input[type=range][data-path='" + ratePath + "']"));
                duty.sendKeys(Keys.END);
                wait.until(d -> "1".equals(script(d, "return explorer.state.values['" + ratePath + "']")));
                wait.until(d ->
                        finished(d, 12) != null && Boolean.FALSE.equals(script(d, "return explorer.last.unchanged")));
                String moved = String.valueOf(script(driver, "return JSON.stringify(explorer.last.result.total.p50)"));
                assertNotEquals(data, moved, "the chart's data changed");
                @SuppressWarnings("unchecked")
                List<Object> years = (List<Object>) script(driver, "return explorer.last.result.years");
                @SuppressWarnings("unchecked")
                List<Object> difference = (List<Object>) script(driver, "return explorer.last.result.difference.p50");
                for (int y = 0; y < years.size(); y++) {
                    int year = ((Number) years.get(y)).intValue();
                    double d = ((Number) difference.get(y)).doubleValue();
                    if (year < fromYear) {
                        assertEquals(0.0, d, 1e-6, "no effect before the duty's month, " + year);
                    } else {
                        assertTrue(d < 0, "a 100% duty on Pakistani rice lowers trade in " + year + ": " + difference);
                    }
                }
                String movedProbability = shownProbability(driver);
                assertNotEquals(probability, movedProbability, "P(target by 2035) changed");

                Object beforeEvent = finished(driver, 12);
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("add-lever")))
                        .selectByVisibleText("Trade exhibition");
                driver.findElement(By.id("add-event")).click();
                wait.until(d -> !d.findElements(By.cssSelector("[data-control='added.0.discoveryProbability']"))
                        .isEmpty());
                // The run the added event started, not the slider's (which is already done).
                wait.until(d -> {
                    Object job = finished(d, 12);
                    return job != null && !job.equals(beforeEvent);
                });

                driver.findElement(By.id("download")).click();
                Path yaml = downloads.resolve("classroom-target-explored.yaml");
                wait.until(d -> Files.isRegularFile(yaml) && size(yaml) > 0);
                ScenarioConfig downloaded = ConfigLoader.parse(yaml.toString(), Files.readString(yaml), List.of());
                ScenarioConfig loaded = ConfigLoader.load(file, List.of());
                // The policy duty and the exhibition, as events; the base-period duties as in the file.
                assertEquals(loaded.events().size() + 2, downloaded.events().size());
                assertEquals(loaded.tariffs(), downloaded.tariffs());
                assertTrue(
                        downloaded.events().stream()
                                .anyMatch(e -> e instanceof PolicyEvent.DutyChange c
                                        && c.rate() == 1.0
                                        && c.date().getYear() == fromYear),
                        downloaded.events().toString());

                // The picture shows the moved rice duty policy beside the charts.
                script(
                        driver,
                        "document.querySelector(\"[data-control='" + ratePath
                                + "']\").scrollIntoView({block: 'center'})");
                Path shot = Path.of("target", "explore-screenshot.png");
                Files.createDirectories(shot.getParent());
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
                assertNotBlank(shot);
                // And the lower half a student scrolls to: the direction chart and the tables.
                script(driver, "document.getElementById('chart-directions').scrollIntoView({block: 'start'})");
                Path lower = Path.of("target", "explore-screenshot-lower.png");
                Files.copy(
                        driver.getScreenshotAs(OutputType.FILE).toPath(), lower, StandardCopyOption.REPLACE_EXISTING);
                assertNotBlank(lower);
            } finally {
                driver.quit();
            }
        }
    }

    private static Object script(org.openqa.selenium.WebDriver d, String js) {
        return ((JavascriptExecutor) d).executeScript(js);
    }

    /**
     * The page's last answer when it is complete with {@code n} replications and answers the newest
     * change, else null. A slider moved by the keyboard may first be focused by a click, which starts
     * a run of its own: an answer to that run is not the answer to the move, and the page redraws its
     * cards when the later run finishes.
     */
    private static Object finished(org.openqa.selenium.WebDriver d, int n) {
        return script(
                d,
                "const s = explorer.last; return s && s.run === explorer.newestRun && s.state === 'done'"
                        + " && s.replications === " + n + " && s.done === " + n + " ? s.job : null");
    }

    /**
     * The text of the P(target) card, read in one script: the page replaces its cards whenever an
     * answer arrives, so an element found first and read after may be gone by then.
     */
    private static String shownProbability(org.openqa.selenium.WebDriver d) {
        return String.valueOf(script(d, "return document.querySelector('#card-probability .card-value').textContent"));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A page drawn, not a blank or one-colour image: many colours, and ink in most rows. */
    static void assertNotBlank(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        int inkedRows = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int background = image.getRGB(0, y);
            boolean ink = false;
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                ink |= rgb != background;
            }
            inkedRows += ink ? 1 : 0;
        }
        assertTrue(colours.size() > 100, "the screenshot has only " + colours.size() + " colours");
        assertTrue(inkedRows > image.getHeight() / 2, "only " + inkedRows + " rows of the screenshot have content");
    }
}
