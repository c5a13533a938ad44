package org.bilatsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/**
 * Replication 538 of the default scenario's 1,000 draws the rice importers who know Pakistan with
 * 4.4 % of the market against a 3.1 % base share, which no share parameter reproduces at base
 * prices: `run -n 1000` of the shipped scenario failed on it. The set-up is now drawn conditional on
 * reproducing the observed base flows (the awareness streams' next draw replaces it).
 */
class SetUpRedrawTest {
    @Test
    void theDefaultScenariosThousandReplicationsAllCalibrate() throws Exception {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), List.of());
        RunSpec spec =
                RunSpec.replications("baseline", config, config.seed(), 1000).get(538);
        Outcome outcome = Outcome.of(spec, null);
        assertTrue(!outcome.totals().isEmpty(), "the replication ran and has bilateral totals");
    }
}
