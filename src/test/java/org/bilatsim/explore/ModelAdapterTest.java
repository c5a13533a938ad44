package org.bilatsim.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.config.ScenarioConfig;
import org.bilatsim.engine.Metric;
import org.bilatsim.experiment.AnnualAggregator;
import org.bilatsim.experiment.Outcome;
import org.bilatsim.experiment.RunSpec;
import org.junit.jupiter.api.Test;

class ModelAdapterTest {
    @Test
    void theSpecsTheWorkersMakeOneByOneAreTheClisSpecs() {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), List.of());
        assertTrue(config.uncertainty().parameters().size() > 1, "the default scenario has uncertain parameters");
        // Another base seed than the config's, as a changed scenario runs with its baseline's seeds.
        long seed = config.seed() + 17;
        int n = 7;
        List<RunSpec> cli = RunSpec.replications(config.name(), config, seed, n);
        ModelAdapter.Specs lazy = new ModelAdapter.Specs(config, seed, n);
        assertEquals(n, lazy.size());
        // Out of order, as workers take them.
        for (int k : new int[] {3, 0, 6, 1, 5, 2, 4}) {
            RunSpec spec = lazy.get(k);
            assertEquals(cli.get(k), spec, "replication " + k);
            assertEquals(
                    cli.get(k).config().uncertainty().drawn(),
                    spec.config().uncertainty().drawn());
        }
        assertTrue(
                !lazy.get(0)
                        .config()
                        .uncertainty()
                        .drawn()
                        .equals(lazy.get(1).config().uncertainty().drawn()),
                "replications draw different parameter values");
        ScenarioConfig plain = config.withUncertainty(org.bilatsim.config.Uncertainty.none());
        assertEquals(
                RunSpec.replications(plain.name(), plain, seed, 3).get(2),
                new ModelAdapter.Specs(plain, seed, 3).get(2));
    }

    @Test
    void aReplicationKeepsExactlyTheCliOutcomesTotalsProductFlowsAndDutyRevenue() throws Exception {
        ScenarioConfig config = ConfigLoader.load(Path.of("configs/pak-aze/baseline.yaml"), List.of());
        ModelAdapter.Layout layout = ModelAdapter.Layout.of(config);
        assertTrue(layout.productKeys().size() > 1, "the default scenario has several bilateral flows");
        for (RunSpec spec : ModelAdapter.specs(config, config.seed(), 2)) {
            Outcome cli = Outcome.of(spec, null);
            ModelAdapter.Replication page = ModelAdapter.run(spec, layout);
            assertEquals(cli.totals(), page.outcome().totals());
            double[][] products = new double[layout.productKeys().size()][layout.years()];
            double[][] revenue = new double[layout.revenueImporters().size()][layout.years()];
            for (AnnualAggregator.Row row : cli.annual()) {
                int y = row.year() - layout.firstYear();
                if (row.metric() == Metric.TRADE_VALUE) {
                    int i = layout.productKeys().indexOf(row.product() + "|" + row.exporter() + "|" + row.importer());
                    if (i >= 0) {
                        products[i][y] += row.value();
                    }
                } else if (row.metric() == Metric.TARIFF_REVENUE) {
                    int i = layout.revenueImporters().indexOf(row.importer() + "|" + row.exporter());
                    if (i >= 0) {
                        revenue[i][y] += row.value();
                    }
                }
            }
            for (int i = 0; i < products.length; i++) {
                assertArrayEquals(
                        products[i], page.products()[i], layout.productLabels().get(i));
            }
            for (int i = 0; i < revenue.length; i++) {
                assertArrayEquals(
                        revenue[i], page.revenue()[i], layout.revenueLabels().get(i));
            }
            assertTrue(page.revenue()[0][layout.years() - 1] > 0, "Azerbaijan collects duty on Pakistani goods");
        }
    }
}
