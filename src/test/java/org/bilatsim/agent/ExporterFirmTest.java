package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bilatsim.config.ConfigLoader;
import org.bilatsim.economics.Productivity;
import org.bilatsim.engine.Collector;
import org.bilatsim.engine.TradeModel;
import org.bilatsim.experiment.SyntheticScenario;
import org.junit.jupiter.api.Test;

/**
 * The exporter's entry decision reads its unit cost only when revenue could cover the fixed cost;
 * that shortcut never changes a decision, and the unit cost a firm gets from its origin is its own
 * whatever order the firms ask in.
 */
class ExporterFirmTest {
    /** A month's figures for one firm, often with revenue within rounding of the fixed cost. */
    record Month(double price, double unitCost, double quantity, double fixedCost) {
    }

    @Provide
    Arbitrary<Month> months() {
        Arbitrary<Double> magnitude = Arbitraries.doubles().between(-12, 12).map(e -> Math.pow(10, e));
        Arbitrary<Double> ratio = Arbitraries.oneOf(List.of(
                Arbitraries.doubles().between(0, 3).ofScale(12),
                Arbitraries.of(0.0, 1.0, Math.nextUp(1.0), Math.nextDown(1.0))));
        Arbitrary<Double> ulps = Arbitraries.integers().between(-4, 4).map(k -> (double) k);
        return Combinators.combine(magnitude, ratio, magnitude, ratio, ulps)
                .as((price, costRatio, quantity, revenueRatio, shift) -> {
                    // Fixed cost around the revenue price * quantity, a few ulps either side.
                    double revenue = price * quantity;
                    double fixed = revenueRatio * revenue + shift * Math.ulp(revenue);
                    return new Month(price, costRatio * price, quantity, Math.max(0, fixed));
                });
    }

    @Property(tries = 3000)
    void revenueShortOfTheFixedCostMeansALoss(@ForAll("months") Month m) {
        if (m.price() * m.quantity() - m.fixedCost() < 0) {
            assertTrue(Productivity.profit(m.price(), m.unitCost(), m.quantity(), m.fixedCost()) < 0, m.toString());
        }
    }

    @Test
    void edgeCasesOfTheShortcut() {
        double inf = Double.POSITIVE_INFINITY;
        double[][] cases = {
            {0, 0, 0, 0}, {0, 0, 5, 1}, {3, 1, 0, 0}, {3, 1, 0, 2}, {3, 3, 7, 0}, {3, 0, 7, 21},
            {3, 1, inf, 5}, {3, 3, inf, 5}, {inf, 1, 2, inf}, {3, 1, Double.NaN, 5}, {3, 1, 2, Double.NaN},
            {Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE, 0}, {1e300, 1e-300, 1e300, inf},
        };
        for (double[] c : cases) {
            double price = c[0];
            double unitCost = c[1];
            double quantity = c[2];
            double fixedCost = c[3];
            if (price * quantity - fixedCost < 0) {
                assertTrue(Productivity.profit(price, unitCost, quantity, fixedCost) < 0, Arrays.toString(c));
            }
        }
    }

    @Test
    void aFirmGetsItsOwnUnitCostInAnyOrder() {
        TradeModel model = new TradeModel(ConfigLoader.parse("synthetic.yaml",
                SyntheticScenario.yaml(2_000, 50, 1, 1), List.of()), new Collector(), false);
        model.start();
        model.schedule.step(model);
        OriginSupply origin = model.world().markets().get(0).origins()[0];
        ExporterFirm[] firms = origin.firms();
        assertTrue(firms.length > 1000, "the synthetic origin has its firms");
        // Rank order first: the origin's expected asker each time after the month's candidates.
        double[] inRankOrder = new double[firms.length];
        for (int j = 0; j < firms.length; j++) {
            inRankOrder[j] = origin.unitCostOf(firms[j]);
        }
        for (int j = 1; j < firms.length; j++) {
            assertTrue(inRankOrder[j] >= inRankOrder[j - 1], "a less productive firm has a higher unit cost");
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < firms.length; j++) {
            order.add(j);
        }
        Collections.shuffle(order, new Random(3));
        for (int j : order) {
            assertEquals(inRankOrder[j], origin.unitCostOf(firms[j]), "rank " + j);
        }
    }
}
