package org.bilatsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.AnalyticComparison;
import org.bilatsim.output.AnalyticFiles;
import org.bilatsim.output.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bilatsim analytic}: SMART and exact CES for every tariff change of a scenario. */
@Command(
        name = "analytic",
        mixinStandardHelpOptions = true,
        description = {
            "For every tariff change in a scenario, compute the SMART effects (WITS: trade creation, "
                    + "diversion, revenue, welfare) and the exact CES/Armington equilibrium change, on the market's "
                    + "base-period annual flows. Writes analytic.csv and manifest.json to OUT/<scenario>/<run-id>/ "
                    + "and prints a table. See docs/formulas.md."
        })
final class AnalyticCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Scenario YAML file.")
    Path config;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "output",
            description = "Output root (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a config value (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        ScenarioConfig scenario = ConfigLoader.load(config, overrides);
        PathPolicy.outputRoot(spec, out);
        PathPolicy.resultFolder(spec, out, scenario.name());
        List<AnalyticComparison.Row> rows = AnalyticComparison.of(scenario);
        Path folder = AnalyticFiles.write(out, scenario, rows, Provenance.now(Main.commandLine(spec)));
        printTable(spec.commandLine().getOut(), rows);
        spec.commandLine().getOut().println("Results: " + folder);
        return ExitCodes.OK;
    }

    static void printTable(PrintWriter out, List<AnalyticComparison.Row> rows) {
        if (rows.isEmpty()) {
            out.println("No tariff change in this scenario's span.");
            return;
        }
        out.println("Tariff changes: SMART (linear, WITS) vs exact CES vs continuum Melitz-Chaney (MC: partner change,"
                + " change of exporters, extensive share); US$ thousand per year on base flows");
        out.printf(
                Locale.ROOT,
                "%-8s %-4s %-12s %-4s %6s %6s | %10s %10s %10s %9s | %10s %10s %10s %9s | %10s %8s %6s%n",
                "month",
                "imp",
                "product",
                "from",
                "t0",
                "t1",
                "TC",
                "TD",
                "revenue",
                "welfare",
                "partner",
                "rest",
                "revenue",
                "CS",
                "MC partner",
                "firms",
                "ext");
        for (AnalyticComparison.Row r : rows) {
            String continuum = r.continuum() == null
                    ? String.format(Locale.ROOT, "%10s %8s %6s", "-", "-", "-")
                    : String.format(
                            Locale.ROOT,
                            "%10.1f %+7.1f%% %6.2f",
                            r.continuumPartnerChangeUsd() / 1e3,
                            100 * (r.continuumMargins().exportersRatio() - 1),
                            r.continuumMargins().extensiveShare());
            out.printf(
                    Locale.ROOT,
                    "%-8s %-4s %-12s %-4s %6.3f %6.3f | %10.1f %10.1f %10.1f %9.1f | %10.1f %10.1f %10.1f %9.1f | %s%n",
                    r.month(),
                    r.product().importer(),
                    r.product().key(),
                    r.partner(),
                    r.t0Partner(),
                    r.t1Partner(),
                    r.smart().tradeCreationPartner() / 1e3,
                    r.smart().tradeDiversion() / 1e3,
                    r.smart().revenueChange() / 1e3,
                    r.smart().welfare() / 1e3,
                    r.exactPartnerChangeUsd() / 1e3,
                    r.exactRestChangeUsd() / 1e3,
                    r.exactRevenueChangeUsd() / 1e3,
                    r.exact().consumerSurplusChange() / 1e3,
                    continuum);
        }
        out.println();
        out.println("Welfare, exact CES (the agent model's definitions: consumer_surplus_change, tariff_revenue,"
                + " vat_revenue, producer_surplus); changes, US$ thousand per year");
        out.printf(
                Locale.ROOT,
                "%-8s %-4s %-12s %-4s | %10s %10s %10s %10s | %10s %10s%n",
                "month",
                "imp",
                "product",
                "from",
                "CS",
                "tariff",
                "VAT",
                "imp. net",
                "PS partner",
                "PS rest");
        for (AnalyticComparison.Row r : rows) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %-4s %-12s %-4s | %10.1f %10.1f %10.1f %10.1f | %10.1f %10.1f%n",
                    r.month(),
                    r.product().importer(),
                    r.product().key(),
                    r.partner(),
                    r.exact().consumerSurplusChange() / 1e3,
                    r.exactRevenueChangeUsd() / 1e3,
                    r.vatRevenueChangeUsd() / 1e3,
                    r.importerWelfareChangeUsd() / 1e3,
                    r.partnerProducerSurplusChangeUsd() / 1e3,
                    r.restProducerSurplusChangeUsd() / 1e3);
        }
    }
}
