package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Seeds;
import org.bilatsim.experiment.uncertainty.ParameterDesign;

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
     * of {@code baseSeed} and k and, when the config has uncertain parameters, with the parameter
     * values of row k of a Latin hypercube over them ({@link ParameterDesign}, keyed by parameter
     * name and seeded from {@code baseSeed}). Experiments that pass every scenario the same base seed
     * and N get common random numbers: the same shocks and the same parameter draws in replication k.
     */
    public static List<RunSpec> replications(String label, ScenarioConfig config, long baseSeed, int n) {
        double[][] design = config.uncertainty().isEmpty()
                ? null
                : ParameterDesign.of(
                        ParameterDesign.Kind.LATIN_HYPERCUBE,
                        config.uncertainty().names(),
                        n,
                        baseSeed);
        List<RunSpec> specs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            ScenarioConfig drawn = design == null ? config : config.withParameters(design[k]);
            specs.add(new RunSpec(label, drawn.withSeed(Seeds.replication(baseSeed, k)), k));
        }
        return List.copyOf(specs);
    }
}
