package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.bilatsim.engine.Collector;
import org.bilatsim.engine.Scenarios;
import org.bilatsim.engine.TradeModel;
import org.junit.jupiter.api.Test;

class AccountingTest {
    private static ProductMarket marketAfterOneMonth() {
        TradeModel model = new TradeModel(
                Scenarios.Rice.frictionless(4.4, -1).withDuties(0.05, 0.05).config(), new Collector(), false);
        model.start();
        model.schedule.step(model);
        return model.world().markets().get(0);
    }

    @Test
    void aMonthThatAddsUpPassesTheCheck() {
        ProductMarket market = marketAfterOneMonth();
        assertDoesNotThrow(() -> market.checkIdentities(YearMonth.of(2024, 1)));
    }

    @Test
    void exportsThatDoNotMatchMirrorImportsFailLoudly() {
        ProductMarket market = marketAfterOneMonth();
        // The exporters ship one tonne more than the importers ordered.
        market.origins()[0].ship(market.importedVolume(0) + 1);
        var e = assertThrows(AccountingException.class, () -> market.checkIdentities(YearMonth.of(2024, 1)));
        assertTrue(e.getMessage().contains("exports of PAK"), e.getMessage());
    }

    @Test
    void dutyCollectedThatDiffersFromDutyPaidFailsLoudly() {
        ProductMarket market = marketAfterOneMonth();
        market.government()
                .schedule()
                .set("rice", "PAK", org.bilatsim.config.DutyLayer.CUSTOMS, 0.10, YearMonth.of(2024, 1), null);
        market.ship();
        var e = assertThrows(AccountingException.class, () -> market.checkIdentities(YearMonth.of(2024, 1)));
        assertTrue(e.getMessage().contains("duty collected"), e.getMessage());
    }
}
