package org.bilatsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim validate}: checks configs, and that each can be calibrated, without running. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check scenario files without running them: syntax, keys, ranges, references, and that "
                    + "the base period can be calibrated. Exit 0 when all are valid, 2 otherwise."
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "Scenario YAML files.")
    List<Path> configs;

    @Override
    public Integer call() {
        int invalid = 0;
        for (Path file : configs) {
            try {
                ScenarioConfig config = Validation.check(file);
                spec.commandLine()
                        .getOut()
                        .println("ok      " + file + " (" + config.name() + ", " + config.months() + " months, "
                                + config.products().size() + " products)");
            } catch (ConfigException e) {
                invalid++;
                spec.commandLine().getErr().println("invalid " + e.getMessage());
            } catch (Footprint.TooLarge e) {
                invalid++;
                spec.commandLine().getErr().println("invalid " + file + ": " + e.getMessage());
            }
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
