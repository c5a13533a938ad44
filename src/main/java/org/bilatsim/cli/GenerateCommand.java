package org.bilatsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigException;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.Footprint;
import org.bilatsim.experiment.SyntheticScenario;
import org.bilatsim.output.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilatsim generate}: a synthetic scenario of a given size, for scaling benchmarks. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a synthetic scenario with N exporters, M importers and K product markets (each a copy "
                    + "of the default rice market), to reproduce the scaling curve in docs/performance.md."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--exporters", required = true, paramLabel = "N", description = "Exporter agents in all.")
    long exporters;

    @Option(
            names = "--importers",
            defaultValue = "100",
            paramLabel = "M",
            description = "Importer agents in all (default: ${DEFAULT-VALUE}).")
    long importers;

    @Option(
            names = "--products",
            defaultValue = "1",
            paramLabel = "K",
            description = "Product markets (default: ${DEFAULT-VALUE}).")
    int products;

    @Option(
            names = "--years",
            defaultValue = "12",
            paramLabel = "Y",
            description = "Simulated years from 2024 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Write here (never over an existing file; written whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (products < 1
                || products > 10_000
                || exporters < products
                || exporters > 100_000_000L
                || importers < products
                || importers > 100_000_000L
                || years < 1
                || years > 200) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "need 1 <= products <= 10000, products <= "
                            + "exporters <= 100000000, products <= importers <= 100000000 and 1 <= years <= 200");
        }
        if (output != null) {
            PathPolicy.outputFile(spec, "-o", output);
        }
        String yaml = SyntheticScenario.yaml(exporters, importers, products, years);
        // Only what loads: the loader itself judges the text (its caps on agents and bytes included).
        ScenarioConfig scenario;
        try {
            scenario = ConfigLoader.parse(
                    output == null ? "the generated scenario" : output.toString(),
                    yaml.getBytes(StandardCharsets.UTF_8),
                    List.of());
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "the scenario would not load, so it is not " + "written: " + e.getMessage());
        }
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
        } else {
            try {
                AtomicFile.writeNew(output, yaml.getBytes(StandardCharsets.UTF_8));
            } catch (FileAlreadyExistsException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), output + " exists; choose another file");
            }
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "wrote %s (%,d agents; one replication needs about %s of "
                                    + "memory, see BILATSIM_JAVA_OPTS in the README)%n",
                            output,
                            Footprint.agents(scenario).total(),
                            Footprint.bytes(Footprint.BASE_BYTES + Footprint.world(scenario)));
        }
        return ExitCodes.OK;
    }
}
