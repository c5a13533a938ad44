package org.bilatsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.bilatsim.experiment.BilateralTotals;
import org.bilatsim.experiment.Outcome;

/**
 * bilateral.csv: two-way trade per scenario, replication and year (run and compare write it alike):
 * the kinds of flow the target counts ({@code total_usd}; customs goods by default) and every kind
 * ({@code all_flows_total_usd}: with services such as travel and G2G contracts).
 */
public final class BilateralCsv {
    public static final String[] HEADER = {
        "scenario",
        "replication",
        "seed",
        "year",
        "forward_usd",
        "backward_usd",
        "total_usd",
        "target_usd",
        "first_year_reached",
        "all_flows_total_usd"
    };

    /** One scenario's replications, under its label. */
    public record Scenario(String label, List<Outcome> outcomes) {
        public Scenario {
            outcomes = List.copyOf(outcomes);
        }
    }

    private BilateralCsv() {}

    public static void write(Path file, List<Scenario> scenarios) throws IOException {
        try (CSVPrinter out = Csv.open(file, HEADER)) {
            for (Scenario scenario : scenarios) {
                for (Outcome o : scenario.outcomes()) {
                    Object first = Csv.year(o.firstYearReached());
                    for (BilateralTotals.Year y : o.totals()) {
                        out.printRecord(
                                Csv.text(scenario.label()),
                                o.spec().replication(),
                                o.spec().seed(),
                                y.year(),
                                Csv.n(y.forward()),
                                Csv.n(y.backward()),
                                Csv.n(y.total()),
                                Csv.n(y.targetUsd()),
                                first,
                                Csv.n(y.allFlowsTotal()));
                    }
                }
            }
        }
    }
}
