package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Seeds;

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

    /**
     * The specs of N replications of a config: replication k runs with {@link Seeds#replication}
     * of {@code baseSeed} and k. Experiments that pass every scenario the same base seed get common
     * random numbers.
     */
    public static List<RunSpec> replications(String label, ScenarioConfig config, long baseSeed, int n) {
        List<RunSpec> specs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            specs.add(new RunSpec(label, config.withSeed(Seeds.replication(baseSeed, k)), k));
        }
        return List.copyOf(specs);
    }
}
