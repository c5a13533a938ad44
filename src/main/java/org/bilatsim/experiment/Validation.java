package org.bilatsim.experiment;

import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.TradeModel;

/**
 * Checks a scenario file without running it: the loader's checks, then the set-up of replication 0
 * of {@code run} (agents built, base period calibrated), so that validate and run agree; a scenario
 * too large for the heap is refused first ({@link Footprint}), as run refuses it.
 */
public final class Validation {
    private Validation() {}

    /**
     * The valid scenario.
     *
     * @throws ConfigException naming the file, line and key of the first problem
     * @throws Footprint.TooLarge when one world of the scenario would not fit in the heap
     */
    public static ScenarioConfig check(Path file) {
        ScenarioConfig config = ConfigLoader.load(file, List.of());
        Footprint.checkValidate(config);
        RunSpec first =
                RunSpec.replications(config.name(), config, config.seed(), 1).get(0);
        try {
            // Starting the model builds the world with the run seed's set-up streams; no month is stepped.
            new TradeModel(first.config(), observation -> {}, false).start();
        } catch (ConfigException e) {
            throw ConfigLoader.locate(file, List.of(), e);
        }
        return config;
    }
}
