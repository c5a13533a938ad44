package org.bilatsim.cli;

import java.io.PrintWriter;
import org.bilatsim.config.ConfigException;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.output.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bilatsim} command. */
@Command(
        name = "bilatsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Agent-based simulation of bilateral trade policy (MASON).",
            "Exporters, importers and governments are agents; policy events change prices, volumes, "
                    + "firm entry and duty revenue month by month."
        },
        subcommands = {
            RunCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            SensitivityCommand.class,
            ValidateCommand.class,
            AnalyticCommand.class,
            GenerateCommand.class,
            ExploreCommand.class,
            CalibrateCommand.class,
            GoalSeekCommand.class,
            DiscoverCommand.class,
            HeadlinesCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 run failure, 2 usage, configuration or environment error "
                    + "(disk, permission, memory)."
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "name a command: run, compare, sweep, sensitivity, "
                        + "validate, analytic, explore, calibrate, goalseek or discover");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("bilatsim: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof Footprint.TooLarge) {
                commandLine.getErr().println("bilatsim: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            String environment = Environment.describe(e);
            if (environment != null) {
                commandLine.getErr().println("bilatsim: " + environment);
                return ExitCodes.ENVIRONMENT;
            }
            commandLine.getErr().println("bilatsim: run failed: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.RUN_FAILURE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("bilatsim: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /** The command line as typed, for the manifest: "bilatsim" and the original arguments. */
    static java.util.List<String> commandLine(CommandLine.Model.CommandSpec spec) {
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of("bilatsim"));
        line.addAll(spec.commandLine().getParseResult().originalArgs());
        return line;
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bilatsim " + Manifest.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
