package org.bilatsim.output;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.ScenarioConfig;

/**
 * What the manifest says produced a folder besides the config: the command line as typed, when the
 * work started, and the clock that tells when it finished.
 */
public record Provenance(List<String> commandLine, Instant started, Clock clock) {
    public Provenance {
        commandLine = List.copyOf(commandLine);
    }

    /** Started now, by the UTC system clock. */
    public static Provenance now(List<String> commandLine) {
        Clock clock = Clock.systemUTC();
        return new Provenance(commandLine, clock.instant(), clock);
    }

    /** Writes manifest.json into {@code folder}, finished now. */
    void writeManifest(RunFolder folder, ScenarioConfig config, Map<String, Object> extra) throws IOException {
        Manifest.write(folder.file("manifest.json"), config, commandLine, started, clock.instant(), extra);
    }
}
