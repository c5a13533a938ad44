package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.experiment.AnalyticComparison;

/** The folder of an analytic comparison, {@code <root>/<scenario>/<run-id>/}: analytic.csv and manifest.json. */
public final class AnalyticFiles {
    public static final String[] HEADER = {
        "month",
        "importer",
        "product",
        "partner",
        "duty_before",
        "duty_after",
        "base_imports_partner_usd",
        "base_imports_rest_usd",
        "smart_trade_creation_usd",
        "smart_trade_diversion_usd",
        "smart_partner_change_usd",
        "smart_world_price_change",
        "smart_revenue_change_usd",
        "smart_welfare_usd",
        "exact_partner_change_usd",
        "exact_rest_change_usd",
        "exact_world_price_change",
        "exact_revenue_change_usd",
        "exact_consumer_surplus_change_usd",
        "melitz_chaney_partner_change_usd",
        "melitz_chaney_exporters_change",
        "melitz_chaney_extensive_share",
        "smart_consistent_partner_change_usd",
        "smart_consistent_world_price_change",
        "exact_vat_revenue_change_usd",
        "exact_partner_producer_surplus_change_usd",
        "exact_rest_producer_surplus_change_usd",
        "exact_importer_net_welfare_change_usd"
    };

    private AnalyticFiles() {}

    /** Writes the folder and commits it; returns where it is. */
    public static Path write(Path root, ScenarioConfig config, List<AnalyticComparison.Row> rows, Provenance provenance)
            throws IOException {
        return RunFolder.write(root, config.name(), provenance.started(), folder -> {
                    writeCsv(folder.file("analytic.csv"), rows);
                    // An ordered map: Map.of's iteration order changes from one JVM start to the next.
                    Map<String, Object> extra = new LinkedHashMap<>();
                    extra.put("command", "analytic");
                    extra.put("tariffChanges", rows.size());
                    provenance.writeManifest(folder, config, extra);
                    return null;
                })
                .folder();
    }

    private static void writeCsv(Path file, List<AnalyticComparison.Row> rows) throws IOException {
        try (CSVPrinter printer = Csv.open(file, HEADER)) {
            for (AnalyticComparison.Row r : rows) {
                printer.printRecord(
                        r.month(),
                        Csv.text(r.product().importer()),
                        Csv.text(r.product().key()),
                        Csv.text(r.partner()),
                        n(r.t0Partner()),
                        n(r.t1Partner()),
                        n(r.importsPartnerUsd()),
                        n(r.importsRestUsd()),
                        n(r.smart().tradeCreationPartner()),
                        n(r.smart().tradeDiversion()),
                        n(r.smart().totalPartnerChange()),
                        n(r.smart().worldPriceChange()),
                        n(r.smart().revenueChange()),
                        n(r.smart().welfare()),
                        n(r.exactPartnerChangeUsd()),
                        n(r.exactRestChangeUsd()),
                        n(r.exactPartnerPriceChange()),
                        n(r.exactRevenueChangeUsd()),
                        n(r.exact().consumerSurplusChange()),
                        r.continuum() == null ? "" : n(r.continuumPartnerChangeUsd()),
                        r.continuum() == null ? "" : n(r.continuumMargins().exportersRatio() - 1),
                        r.continuum() == null ? "" : n(r.continuumMargins().extensiveShare()),
                        n(r.smartConsistent().totalPartnerChange()),
                        n(r.smartConsistent().worldPriceChange()),
                        n(r.vatRevenueChangeUsd()),
                        n(r.partnerProducerSurplusChangeUsd()),
                        n(r.restProducerSurplusChangeUsd()),
                        n(r.importerWelfareChangeUsd()));
            }
        }
    }

    private static String n(double value) {
        return Numbers.format(value);
    }
}
