package org.bilatsim.experiment;

import org.bilatsim.config.ScenarioConfig;

/**
 * One run of an experiment: a config, the replication number and the seed it runs with. An
 * experiment design (replications, a comparison, a sweep) is a list of these; the runner does not
 * care how the list was made.
 *
 * @param label        which scenario or sweep point this run belongs to
 * @param config       the config, with {@code seed} already set to the run's seed
 * @param replication  replication number k, from 0
 */
public record RunSpec(String label, ScenarioConfig config, int replication) {
    public long seed() {
        return config.seed();
    }
}
