package org.bilatsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.calibrate.Request;
import org.bilatsim.calibrate.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bilatsim calibrate}: a product-level scenario from BACI or Comtrade flows, tariff and elasticity files. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a scenario whose products are HS codes, in both directions (IMPORTER <- EXPORTER and "
                    + "EXPORTER <- IMPORTER), from trade flows (CEPII BACI or UN Comtrade CSV), tariffs (WITS/TRAINS or "
                    + "the project's CSV) and elasticities (Kee-Nicita-Olarreaga, Fontagne-Guimbard-Orefice). Every value "
                    + "is commented with its file, line and licence. See README, \"Calibrating from your own data\"."
        })
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--flows",
            required = true,
            arity = "1..*",
            paramLabel = "FILE",
            description = "BACI (BACI_HS17_Y2023_V202501.csv) or Comtrade portal CSV files.")
    List<Path> flows;

    @Option(
            names = "--countries",
            paramLabel = "FILE",
            description = "BACI's country-code file (country_codes_V202501.csv); needed for BACI files.")
    Path countries;

    @Option(
            names = "--importer",
            required = true,
            paramLabel = "ISO3",
            description = "First direction's importer, e.g. AZE.")
    String importer;

    @Option(names = "--exporter", required = true, paramLabel = "ISO3", description = "Its partner, e.g. PAK.")
    String exporter;

    @Option(names = "--year", paramLabel = "YYYY", description = "Base year (default: the latest in the flows).")
    Integer year;

    @Option(names = "--hs", split = ",", paramLabel = "CODE", description = "HS codes to include, e.g. 1006,6302.")
    List<String> hs = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "The N largest products of each direction (default 50).")
    Integer top;

    @Option(names = "--all", description = "Every product the partner ships, in each direction.")
    boolean all;

    @Option(
            names = "--level",
            defaultValue = "hs6",
            paramLabel = "LEVEL",
            description = "hs2, hs4 or hs6 (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(
            names = "--tariffs",
            arity = "1..*",
            paramLabel = "FILE",
            description = "WITS/TRAINS or project tariff CSVs.")
    List<Path> tariffs = new ArrayList<>();

    @Option(
            names = "--elasticities",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Import-demand (iso3,hs6,elasticity,se) or trade (hs6,elasticity[,se]) elasticity CSVs.")
    List<Path> elasticities = new ArrayList<>();

    @Option(
            names = "--importer-agents",
            defaultValue = "20",
            paramLabel = "N",
            description = "Importer agents per product (ASSUMPTION; default: ${DEFAULT-VALUE}).")
    int importerAgents;

    @Option(
            names = "--exporter-agents",
            defaultValue = "20",
            paramLabel = "N",
            description = "The partner's exporter agents per product (ASSUMPTION; default: ${DEFAULT-VALUE}).")
    int exporterAgents;

    @Option(
            names = "--trade-cost",
            defaultValue = "1.10",
            paramLabel = "RATIO",
            description = "CIF/FOB ratio for FOB values (ASSUMPTION; default: ${DEFAULT-VALUE}).")
    double tradeCost;

    @Option(
            names = "--target-usd",
            defaultValue = "2000000000",
            paramLabel = "USD",
            description = "Two-way trade target, US$ per year (default: ${DEFAULT-VALUE}).")
    double targetUsd;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The scenario to write (never over an existing file).")
    Path output;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        int chosen = (hs.isEmpty() ? 0 : 1) + (top != null ? 1 : 0) + (all ? 1 : 0);
        if (chosen > 1) {
            throw new CommandLine.ParameterException(cli, "give one of --hs, --top and --all");
        }
        if (!level.matches("hs[246]")) {
            throw new CommandLine.ParameterException(cli, "--level must be hs2, hs4 or hs6, not '" + level + "'");
        }
        int digits = level.charAt(2) - '0';
        for (String code : hs) {
            if (!code.matches("[0-9]+") || code.length() != digits) {
                throw new CommandLine.ParameterException(
                        cli,
                        "--hs code '" + code + "' must have " + digits + " digits for --level " + level
                                + " (with its leading zeros)");
            }
        }
        for (String iso3 : List.of(importer, exporter)) {
            if (!iso3.matches("[A-Z]{3}") || iso3.equals("ROW")) {
                throw new CommandLine.ParameterException(
                        cli,
                        "--importer and --exporter must be ISO3 codes such as " + "AZE or PAK, not '" + iso3 + "'");
            }
        }
        int n = top == null ? 50 : top;
        if (n < 1
                || n > 100_000
                || year != null && (year < 1900 || year > 2200)
                || importerAgents < 1
                || importerAgents > 1_000_000
                || exporterAgents < 1
                || exporterAgents > 1_000_000
                || !(tradeCost >= 1 && tradeCost <= 10)
                || !(targetUsd > 0 && targetUsd < 1e15)) {
            throw new CommandLine.ParameterException(
                    cli,
                    "need 1 <= --top <= 100000, 1900 <= --year <= 2200, "
                            + "1 <= --importer-agents, --exporter-agents <= 1000000, 1 <= --trade-cost <= 10 and --target-usd > 0");
        }
        Request request = new Request(
                flows,
                countries,
                tariffs,
                elasticities,
                importer,
                exporter,
                year == null ? 0 : year,
                hs,
                n,
                all,
                digits,
                importerAgents,
                exporterAgents,
                tradeCost,
                targetUsd);
        int products = ScenarioWriter.write(request, output);
        cli.getOut()
                .println(String.format(
                        Locale.ROOT,
                        "wrote %s (%d products); check it with: bilatsim validate %s",
                        output,
                        products,
                        output));
        return ExitCodes.OK;
    }
}
