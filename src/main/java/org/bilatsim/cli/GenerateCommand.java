package org.bilatsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.bilatsim.experiment.SyntheticScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim generate}: a synthetic scenario of a given size, for scaling benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic scenario with N exporters, M importers and K product markets (each a copy "
                + "of the default rice market), to reproduce the scaling curve in docs/performance.md."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--exporters", required = true, paramLabel = "N", description = "Exporter agents in all.")
    long exporters;

    @Option(names = "--importers", defaultValue = "100", paramLabel = "M", description = "Importer agents in all (default: ${DEFAULT-VALUE}).")
    long importers;

    @Option(names = "--products", defaultValue = "1", paramLabel = "K", description = "Product markets (default: ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--years", defaultValue = "12", paramLabel = "Y", description = "Simulated years from 2024 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (never over an existing file) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (products < 1 || products > 10_000 || exporters < products || exporters > 100_000_000L || importers < products
                || importers > 100_000_000L || years < 1 || years > 200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need 1 <= products <= 10000, products <= "
                    + "exporters <= 100000000, products <= importers <= 100000000 and 1 <= years <= 200");
        }
        String yaml = SyntheticScenario.yaml(exporters, importers, products, years);
        if (output == null) {
            spec.commandLine().getOut().print(yaml);
        } else {
            if (Files.exists(output)) {
                throw new CommandLine.ParameterException(spec.commandLine(), output + " exists; choose another file");
            }
            Files.writeString(output, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            spec.commandLine().getOut().println("wrote " + output);
        }
        return ExitCodes.OK;
    }
}
