package org.bilatsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bilatsim.agent.World;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim validate}: checks configs, and that each can be calibrated, without running. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files without running them: syntax, keys, ranges, references, and that "
                + "the base period can be calibrated. Exit 0 when all are valid, 2 otherwise."})
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
                ScenarioConfig config = ConfigLoader.load(file, List.of());
                try {
                    // The set-up draws of replication 0 of `run`, so that validate and run agree.
                    long seed = Seeds.replication(config.seed(), 0);
                    World.build(config, (purpose, key) -> Seeds.generator(Seeds.forKey(seed, purpose, key)));
                } catch (ConfigException e) {
                    throw ConfigLoader.locate(file, List.of(), e);
                }
                spec.commandLine().getOut().println("ok      " + file + " (" + config.name() + ", " + config.months()
                        + " months, " + config.products().size() + " products)");
            } catch (ConfigException e) {
                invalid++;
                spec.commandLine().getErr().println("invalid " + e.getMessage());
            }
        }
        return invalid == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
