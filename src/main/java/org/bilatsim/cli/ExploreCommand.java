package org.bilatsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bilatsim.explore.ExploreServer;
import org.bilatsim.explore.ScenarioLibrary;
import org.bilatsim.explore.SchemaControlCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim explore}: the interactive explorer, a local web page over the model. */
@Command(
        name = "explore",
        mixinStandardHelpOptions = true,
        description = {
            "Start a local web page for exploring scenarios: a control for every lever, a live fan chart "
                    + "of two-way trade against the target, and the difference from the scenario as loaded. Serves "
                    + "every config under configs/ and the files given. Ctrl-C stops it."
        })
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "0..*",
            paramLabel = "CONFIG",
            description = "Scenario files to offer first (default: every config under configs/).")
    List<Path> configs = new ArrayList<>();

    @Option(names = "--port", paramLabel = "P", defaultValue = "0", description = "Port (default: a free port).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "H",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Output root of full reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Model worker threads (default: available cores). Results do not depend on it.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        ExperimentOptions.checkThreads(spec, threads);
        List<Path> first = configs.isEmpty() && java.nio.file.Files.isRegularFile(Path.of(RunCommand.DEFAULT_CONFIG))
                ? List.of(Path.of(RunCommand.DEFAULT_CONFIG))
                : configs;
        ScenarioLibrary library = new ScenarioLibrary(first, Path.of("configs"));
        if (library.ids().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no scenario to explore: give a CONFIG file or run from the folder that has configs/");
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            spec.commandLine()
                    .getErr()
                    .println("bilatsim: warning: listening on " + host
                            + ": anyone who can reach it can run the model on this computer");
        }
        int cores = ExperimentOptions.threadsOr(threads);
        ExploreServer server =
                new ExploreServer(library, new SchemaControlCatalog(), cores, out, Main.commandLine(spec));
        CountDownLatch stopped = new CountDownLatch(1);
        int bound;
        try {
            bound = server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "cannot listen on " + host + ":" + port + ": " + why);
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "bilatsim-explore-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().printf("bilatsim explore: open http://%s:%d/ (Ctrl-C stops)%n", shown, bound);
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
