package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.AnalyticComparison;
import org.bilatsim.output.Manifest;
import org.bilatsim.output.Numbers;
import org.bilatsim.output.RunFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bilatsim analytic}: SMART and exact CES for every tariff change of a scenario. */
@Command(name = "analytic", mixinStandardHelpOptions = true,
        description = {"For every tariff change in a scenario, compute the SMART effects (WITS: trade creation, "
                + "diversion, revenue, welfare) and the exact CES/Armington equilibrium change, on the market's "
                + "base-period annual flows. Writes analytic.csv and manifest.json to OUT/<scenario>/<run-id>/ "
                + "and prints a table. See docs/formulas.md."})
final class AnalyticCommand implements Callable<Integer> {
    static final String[] HEADER = {"month", "importer", "product", "partner", "duty_before", "duty_after",
        "base_imports_partner_usd", "base_imports_rest_usd", "smart_trade_creation_usd", "smart_trade_diversion_usd",
        "smart_partner_change_usd", "smart_world_price_change", "smart_revenue_change_usd", "smart_welfare_usd",
        "exact_partner_change_usd", "exact_rest_change_usd", "exact_world_price_change", "exact_revenue_change_usd",
        "exact_consumer_surplus_change_usd", "melitz_chaney_partner_change_usd", "melitz_chaney_exporters_change",
        "melitz_chaney_extensive_share", "smart_consistent_partner_change_usd", "smart_consistent_world_price_change"};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file.")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Output root (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a config value (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ScenarioConfig scenario = ConfigLoader.load(config, overrides);
        OutputRoot.check(spec, out);
        List<AnalyticComparison.Row> rows = AnalyticComparison.of(scenario);
        Instant started = Instant.now();
        RunFolder folder = RunFolder.create(out, scenario.name(), started);
        Path committed;
        try {
            writeCsv(folder.file("analytic.csv"), rows);
            List<String> commandLine = Main.commandLine(spec);
            Manifest.write(folder.file("manifest.json"), scenario, commandLine, started, Clock.systemUTC().instant(),
                    Map.of("command", "analytic", "tariffChanges", rows.size()));
            committed = folder.commit();
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
        printTable(spec.commandLine().getOut(), rows);
        spec.commandLine().getOut().println("Results: " + committed);
        return ExitCodes.OK;
    }

    static void writeCsv(Path file, List<AnalyticComparison.Row> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (AnalyticComparison.Row r : rows) {
                printer.printRecord(r.change().month(), r.change().product().importer(), r.change().product().key(),
                        r.partner(), n(r.t0Partner()), n(r.t1Partner()), n(r.importsPartnerUsd()), n(r.importsRestUsd()),
                        n(r.smart().tradeCreationPartner()), n(r.smart().tradeDiversion()),
                        n(r.smart().totalPartnerChange()), n(r.smart().worldPriceChange()), n(r.smart().revenueChange()),
                        n(r.smart().welfare()), n(r.exactPartnerChangeUsd()), n(r.exactRestChangeUsd()),
                        n(r.exactPartnerPriceChange()), n(r.exactRevenueChangeUsd()), n(r.exact().consumerSurplusChange()),
                        r.continuum() == null ? "" : n(r.continuumPartnerChangeUsd()),
                        r.continuum() == null ? "" : n(r.continuumMargins().exportersRatio() - 1),
                        r.continuum() == null ? "" : n(r.continuumMargins().extensiveShare()),
                        n(r.smartConsistent().totalPartnerChange()), n(r.smartConsistent().worldPriceChange()));
            }
        }
    }

    private static String n(double value) {
        return Numbers.format(value);
    }

    static void printTable(PrintWriter out, List<AnalyticComparison.Row> rows) {
        if (rows.isEmpty()) {
            out.println("No tariff change in this scenario's span.");
            return;
        }
        out.println("Tariff changes: SMART (linear, WITS) vs exact CES vs continuum Melitz-Chaney (MC: partner change,"
                + " change of exporters, extensive share); US$ thousand per year on base flows");
        out.printf(Locale.ROOT, "%-8s %-4s %-12s %-4s %6s %6s | %10s %10s %10s %9s | %10s %10s %10s %9s | %10s %8s %6s%n",
                "month", "imp", "product", "from", "t0", "t1", "TC", "TD", "revenue", "welfare", "partner", "rest",
                "revenue", "CS", "MC partner", "firms", "ext");
        for (AnalyticComparison.Row r : rows) {
            String continuum = r.continuum() == null ? String.format(Locale.ROOT, "%10s %8s %6s", "-", "-", "-")
                    : String.format(Locale.ROOT, "%10.1f %+7.1f%% %6.2f", r.continuumPartnerChangeUsd() / 1e3,
                            100 * (r.continuumMargins().exportersRatio() - 1), r.continuumMargins().extensiveShare());
            out.printf(Locale.ROOT, "%-8s %-4s %-12s %-4s %6.3f %6.3f | %10.1f %10.1f %10.1f %9.1f | %10.1f %10.1f %10.1f %9.1f | %s%n",
                    r.change().month(), r.change().product().importer(), r.change().product().key(), r.partner(),
                    r.t0Partner(), r.t1Partner(), r.smart().tradeCreationPartner() / 1e3, r.smart().tradeDiversion() / 1e3,
                    r.smart().revenueChange() / 1e3, r.smart().welfare() / 1e3, r.exactPartnerChangeUsd() / 1e3,
                    r.exactRestChangeUsd() / 1e3, r.exactRevenueChangeUsd() / 1e3, r.exact().consumerSurplusChange() / 1e3,
                    continuum);
        }
    }
}
