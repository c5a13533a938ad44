package org.bilatsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.experiment.Runner;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options shared by run, compare and sweep. */
final class ExperimentOptions {
    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Output root; results go to DIR/<name>/<run-id>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--set",
            paramLabel = "PATH=VALUE",
            description = "Override a config value, e.g. --set products.rice.substitutionElasticity=6 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(
            names = {"-n", "--replications"},
            paramLabel = "N",
            defaultValue = "1",
            description = "Monte Carlo replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: available cores); with --engine spark, the master local[T]. "
                    + "Results do not depend on it.")
    Integer threads;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Option(
            names = "--fixed-parameters",
            description = "Run every uncertain parameter (a key given a distribution) at its median: the bands then "
                    + "show shocks and agent set-up only.")
    boolean fixedParameters;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "Where the runs execute: local (threads in this JVM, the default) or spark (Apache Spark, "
                    + "whose artefact the launcher builds on first use). Results do not depend on it.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master of --engine spark: local[*] (the default: every core of this machine; "
                    + "--threads N makes it local[N]), local[N], or spark://HOST:7077 for a standalone cluster.")
    String master;

    /** The scenario as this experiment runs it: without its parameter uncertainty under --fixed-parameters. */
    org.bilatsim.config.ScenarioConfig scenario(org.bilatsim.config.ScenarioConfig loaded) {
        return fixedParameters ? loaded.withUncertainty(org.bilatsim.config.Uncertainty.none()) : loaded;
    }

    /** Rejects impossible values before any work starts. */
    void check(CommandSpec spec) {
        if (replications < 1 || replications > 1_000_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--replications must be a whole number from 1 to 1000000, not " + replications);
        }
        checkThreads(spec, threads);
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--engine must be local or spark, not " + engine);
        }
        if (master != null && engine.equals("local")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--master needs --engine spark");
        }
        if (engine.equals("spark")
                && threads != null
                && (master != null || System.getProperty("spark.master") != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--threads " + threads + " with --engine spark means --master local[" + threads
                            + "], but the master is "
                            + (master != null
                                    ? "also given (--master " + master + ")"
                                    : "set by spark-submit (" + System.getProperty("spark.master") + ")")
                            + "; give one of them");
        }
        if (engine.equals("spark") && Runner.engine("spark").isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--engine spark needs the Spark artefact (target/bilatsim-spark.jar and target/spark-home/jars/): "
                            + "run through ./bilatsim, which builds it on first use, or build it with "
                            + "mvn -B -Pspark -DskipTests package");
        }
    }

    /** -n if it was given, else the command's own default (searches need more replications than a run). */
    int replicationsOr(CommandSpec spec, int defaultWhenNotGiven) {
        return spec.commandLine().getParseResult().hasMatchedOption("-n") ? replications : defaultWhenNotGiven;
    }

    int threads() {
        return threadsOr(threads);
    }

    /** Rejects a --threads outside 1 to 1024: the check of every command that has worker threads. */
    static void checkThreads(CommandSpec spec, Integer threads) {
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--threads must be a whole number from 1 to 1024, not " + threads);
        }
    }

    /** --threads if given, else one per available core. */
    static int threadsOr(Integer threads) {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The runner of the experiment's replications: {@link #threads()} threads, or the Spark engine on
     * --master, on local[N] for --threads N, else on its default.
     */
    Runner runner() {
        if (!engine.equals("spark")) {
            return Runner.local(threads());
        }
        return Runner.engine("spark")
                .orElseThrow()
                .open(master != null || threads == null ? master : "local[" + threads + "]");
    }
}
