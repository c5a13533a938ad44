package org.bilatsim.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Charts read results from files, never from live agents or the model. */
class ChartPackageBoundaryTest {
    @Test
    void theChartPackageUsesNeitherAgentsNorTheModel() throws IOException {
        Path dir = Path.of("src/main/java/org/bilatsim/chart");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(sources.isEmpty(), "run from the project directory");
        for (Path source : sources) {
            if (source.getFileName().toString().equals("package-info.java")) {
                continue;
            }
            String text = Files.readString(source);
            for (String forbidden : List.of("org.bilatsim.agent", "org.bilatsim.engine.TradeModel", "TradeModel")) {
                assertFalse(text.contains(forbidden), source + " refers to " + forbidden);
            }
        }
        assertTrue(Files.readString(dir.resolve("package-info.java")).contains("never from live agents"));
    }
}
