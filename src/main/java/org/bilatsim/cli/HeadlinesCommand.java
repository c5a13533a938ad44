package org.bilatsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilatsim.experiment.Runner;
import org.bilatsim.experiment.uncertainty.Headlines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilatsim headlines}: the README's headline table, measured from the bundled configs. */
@Command(
        name = "headlines",
        mixinStandardHelpOptions = true,
        description = {
            "Run the bundled scenarios with their own seeds and print the README's headline table (Markdown): "
                    + "baseline, rice exemption and its counterfactual, PTA (compared with the baseline with common "
                    + "random numbers), the two-billion push with and without its parameter uncertainty, the "
                    + "backcast's out-of-sample error and the Reko Diq rows. The README's copy is checked against it "
                    + "in mvn verify."
        })
final class HeadlinesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--configs",
            paramLabel = "DIR",
            defaultValue = "configs",
            description = "The bundled configs folder (default: ${DEFAULT-VALUE}).")
    Path configs;

    @Option(
            names = {"-n", "--replications"},
            paramLabel = "N",
            description = "Replications per scenario (default: the README's, " + Headlines.REPLICATIONS + ").")
    int replications = Headlines.REPLICATIONS;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: available cores). Results do not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        if (replications < 2 || replications > 100_000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--replications must be a whole number from 2 to 100000, not " + replications);
        }
        ExperimentOptions.checkThreads(spec, threads);
        if (!Files.isDirectory(configs.resolve("pak-aze")) || !Files.isDirectory(configs.resolve("reko-diq"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--configs " + configs + ": needs the bundled pak-aze/ and reko-diq/ folders (run from the "
                            + "project folder, or name it)");
        }
        Runner runner = Runner.local(ExperimentOptions.threadsOr(threads));
        List<Headlines.Row> rows = Headlines.measure(configs, replications, runner, done -> {});
        spec.commandLine().getOut().print(Headlines.markdown(rows, replications));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
