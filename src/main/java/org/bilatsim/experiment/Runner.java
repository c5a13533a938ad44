package org.bilatsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;
import org.bilatsim.config.ScenarioConfig;

/**
 * Evaluates a list of {@link RunSpec}s and returns their {@link Outcome}s in list order. Every
 * experiment runs the model through this one interface, so a different executor (a cluster engine
 * that distributes specs) plugs in by implementing it: evaluate each spec with
 * {@link Outcome#of(RunSpec, org.bilatsim.engine.ObservationSink)} wherever it likes and hand the
 * outcomes back in spec order. The outcome of a spec depends only on the spec, never on the
 * executor, the thread count or the order in which specs finish.
 */
@FunctionalInterface
public interface Runner {
    /**
     * @param observers extra monthly sink per run ({@link Observers#NONE} for none)
     * @param progress  told the number of finished runs after each one (possibly from other threads)
     */
    List<Outcome> run(List<RunSpec> specs, Observers observers, IntConsumer progress);

    /**
     * N replications of each config with common random numbers (every config's replication k runs
     * with the seed that {@code baseSeed} gives replication k), as one batch; the outcomes are
     * grouped per config, in config order, each group in replication order. Scenario comparisons,
     * sweeps and searches over scenario variants evaluate their configs through this.
     *
     * @param labels one label per config (the {@link RunSpec#label()} of its runs)
     */
    default List<List<Outcome>> replicateEach(
            List<String> labels, List<ScenarioConfig> configs, long baseSeed, int replications, IntConsumer progress) {
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            specs.addAll(RunSpec.replications(labels.get(i), configs.get(i), baseSeed, replications));
        }
        List<Outcome> all = run(specs, Observers.NONE, progress);
        List<List<Outcome>> groups = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            groups.add(List.copyOf(all.subList(i * replications, (i + 1) * replications)));
        }
        return List.copyOf(groups);
    }

    /** Runs on a fixed pool of {@code threads} threads in this JVM. */
    static Runner local(int threads) {
        return new LocalRunner(threads);
    }

    /**
     * A runner that another artefact provides (the Spark engine: target/bilatsim-spark.jar), found
     * with {@link ServiceLoader} on the class path, so the core neither depends on nor ships it.
     */
    interface Engine {
        /** The name {@code --engine} gives it, e.g. {@code spark}. */
        String name();

        /**
         * A runner on {@code master} (the engine's own syntax; null for its default); a provider may
         * hand out the same runner to repeated calls with the same master.
         */
        Runner open(String master);

        /** Stops what the engine started (its Spark context); a later {@link #open} starts afresh. */
        void close();
    }

    /** The engine called {@code name} on the class path, if its artefact is there. */
    static Optional<Engine> engine(String name) {
        return ServiceLoader.load(Engine.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(e -> e.name().equals(name))
                .findFirst();
    }
}
