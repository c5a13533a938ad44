package org.bilatsim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bilatsim.config.DutyLayer;
import org.bilatsim.config.PolicyEvent;
import org.bilatsim.config.TariffLine;
import org.junit.jupiter.api.Test;

/**
 * The duty precedence rule on the cases of issue 15 and its neighbours: the newest act in force
 * governs each layer, and an act that lapses removes only itself.
 */
class DutyPrecedenceTest {
    private static final YearMonth START = YearMonth.of(2024, 1);
    private static final int MONTHS = 36;

    /** A calendar for AZE rice and textiles, driven month by month as the government drives it. */
    private static final class Replay {
        final DutyCalendar calendar = new DutyCalendar();
        final List<Object[]> safeguards = new ArrayList<>();

        Replay() {
            calendar.addProduct("rice");
            calendar.addProduct("textiles");
        }

        Replay line(String product, String partner, double customs, double regulatory, String until) {
            calendar.addLine(new TariffLine(
                    "AZE", product, partner, customs, regulatory, 0, until == null ? null : YearMonth.parse(until)));
            return this;
        }

        Replay duty(String date, String product, String partner, DutyLayer layer, double rate, String until) {
            calendar.addEvent(new PolicyEvent.DutyChange(
                    YearMonth.parse(date),
                    "AZE",
                    product,
                    partner,
                    layer,
                    rate,
                    until == null ? null : YearMonth.parse(until)));
            return this;
        }

        Replay pta(String date, String partner, double rate, double utilization) {
            calendar.addPta(new PolicyEvent.Pta(
                    YearMonth.parse(date),
                    "pta",
                    List.of(new PolicyEvent.Concession("AZE", "rice", partner, rate)),
                    utilization));
            return this;
        }

        /** A safeguard on rice from {@code partner}, made in {@code month} after that month's events. */
        Replay safeguard(String month, String partner, double rate, String until) {
            safeguards.add(new Object[] {YearMonth.parse(month), partner, rate, YearMonth.parse(until)});
            return this;
        }

        /** The rate on {@code product} from {@code origin} in each month of 2024-2026. */
        double[] rates(String product, String origin) {
            double[] rates = new double[MONTHS];
            for (int t = 0; t < MONTHS; t++) {
                YearMonth month = START.plusMonths(t);
                calendar.advanceTo(month);
                for (Object[] s : safeguards) {
                    if (s[0].equals(month)) {
                        calendar.setTemporarily(
                                "rice", (String) s[1], DutyLayer.CUSTOMS, (double) s[2], month, (YearMonth) s[3]);
                    }
                }
                rates[t] = calendar.schedule().rate(product, origin, month);
            }
            return rates;
        }
    }

    private static double at(double[] rates, String month) {
        return rates[
                (int) (YearMonth.parse(month).getYear() * 12L
                        + YearMonth.parse(month).getMonthValue()
                        - 1
                        - (START.getYear() * 12L + START.getMonthValue() - 1))];
    }

    @Test
    void aPermanentActAfterATemporaryOneOnTheSameLayerSurvivesTheTemporaryOnesExpiry() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-03", "rice", "PAK", DutyLayer.CUSTOMS, 0.05, "2024-12")
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.20, null)
                .rates("rice", "PAK");
        assertEquals(0.15, at(r, "2024-02"));
        assertEquals(0.05, at(r, "2024-03"));
        assertEquals(0.20, at(r, "2024-06"));
        assertEquals(0.20, at(r, "2025-01"), "the temporary act's expiry does not undo the newer permanent act");
        assertEquals(0.20, at(r, "2026-12"));
    }

    @Test
    void aPermanentMfnActAfterATemporaryMfnActSurvivesItsExpiry() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-03", "rice", "MFN", DutyLayer.CUSTOMS, 0.30, "2024-12")
                .duty("2024-06", "rice", "MFN", DutyLayer.CUSTOMS, 0.10, null)
                .rates("rice", "ROW");
        assertEquals(0.30, at(r, "2024-05"));
        assertEquals(0.10, at(r, "2024-06"));
        assertEquals(0.10, at(r, "2025-01"));
    }

    @Test
    void aTemporaryActThatLapsesBeforeANewerOneRestoresTheOlderPermanentRate() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-03", "rice", "PAK", DutyLayer.CUSTOMS, 0.05, null)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.25, "2024-08")
                .rates("rice", "PAK");
        assertEquals(0.25, at(r, "2024-08"));
        assertEquals(0.05, at(r, "2024-09"));
    }

    @Test
    void aPtaOnALineWithAnExpiringTemporaryActEndsAtThePtaRate() {
        // MFN 15% customs + 5% regulatory; a PTA at 5% claimed by 60%: 0.6 * 0.05 + 0.4 * 0.20.
        double pta = 0.6 * 0.05 + (1 - 0.6) * 0.20;
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0.05, null)
                .duty("2024-03", "rice", "PAK", DutyLayer.CUSTOMS, 0.30, "2024-12")
                .pta("2024-06", "PAK", 0.05, 0.6)
                .rates("rice", "PAK");
        assertEquals(0.30 + 0.05, at(r, "2024-05"), 1e-15);
        assertEquals(pta, at(r, "2024-06"));
        assertEquals(pta, at(r, "2025-01"), "neither the saved rate nor MFN: the PTA still governs");
    }

    @Test
    void aTemporaryActOverAPtaLineReturnsToThePtaRateAndKeepsItsUtilisation() {
        double pta = 0.6 * 0.05 + (1 - 0.6) * 0.15;
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .pta("2024-02", "PAK", 0.05, 0.6)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.30, "2024-08")
                .rates("rice", "PAK");
        assertEquals(pta, at(r, "2024-05"));
        assertEquals(0.6 * 0.30 + (1 - 0.6) * 0.15, at(r, "2024-06"));
        assertEquals(pta, at(r, "2024-09"));
    }

    @Test
    void aSafeguardOverlappedByANewerPermanentEventLeavesTheEventsRateWhenItLapses() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .line("rice", "PAK", 0.0, 0, null)
                .safeguard("2024-03", "PAK", 0.30, "2024-08")
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.10, null)
                .rates("rice", "PAK");
        assertEquals(0.0, at(r, "2024-02"));
        assertEquals(0.30, at(r, "2024-03"));
        assertEquals(0.10, at(r, "2024-06"), "the newer event governs while the safeguard is still in force");
        assertEquals(0.10, at(r, "2024-09"), "the safeguard's expiry removes only the safeguard");
    }

    @Test
    void aSafeguardMadeInTheMonthOfAnEventIsTheNewerAct() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.10, null)
                .safeguard("2024-06", "PAK", 0.30, "2024-08")
                .rates("rice", "PAK");
        assertEquals(0.30, at(r, "2024-06"));
        assertEquals(0.10, at(r, "2024-09"));
    }

    @Test
    void aLapsingPreferenceLapsesOnlyInTheLayersNoNewerActGoverns() {
        // Preference: 0 on every layer to 2024-12. A permanent partner act on the regulatory layer in
        // 2024-06 keeps 2% regulatory; the customs layer returns to MFN's 15% after 2024-12.
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0.05, null)
                .line("rice", "PAK", 0.0, 0, "2024-12")
                .duty("2024-06", "rice", "PAK", DutyLayer.REGULATORY, 0.02, null)
                .rates("rice", "PAK");
        assertEquals(0.02, at(r, "2024-12"));
        assertEquals(0.15 + 0.02, at(r, "2025-01"), "the preference lapses even though a later act touched the line");
    }

    @Test
    void aTemporaryActDoesNotProlongTheOtherLayersOfALapsingPreference() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0.05, null)
                .line("rice", "PAK", 0.0, 0, "2024-12")
                .duty("2024-10", "rice", "PAK", DutyLayer.REGULATORY, 0.01, "2025-03")
                .rates("rice", "PAK");
        assertEquals(0.01, at(r, "2024-12"));
        assertEquals(0.15 + 0.01, at(r, "2025-01"));
        assertEquals(0.15 + 0.05, at(r, "2025-04"));
    }

    @Test
    void aPartnerLayerNoPartnerActGovernsFollowsMfn() {
        // PAK's own act sets customs only; when MFN raises its regulatory duty PAK pays it too.
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-03", "rice", "PAK", DutyLayer.CUSTOMS, 0.05, null)
                .duty("2024-06", "rice", "MFN", DutyLayer.REGULATORY, 0.10, null)
                .rates("rice", "PAK");
        assertEquals(0.05, at(r, "2024-05"));
        assertEquals(0.05 + 0.10, at(r, "2024-06"), 1e-15);
    }

    @Test
    void aWildcardTemporaryActLapsesUnderANewerActOnOneProduct() {
        Replay replay = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .line("textiles", "MFN", 0.15, 0, null)
                .duty("2024-03", PolicyEvent.ALL_PRODUCTS, "MFN", DutyLayer.CUSTOMS, 0.30, "2024-12")
                .duty("2024-06", "textiles", "MFN", DutyLayer.CUSTOMS, 0.05, null);
        double[] textiles = replay.rates("textiles", "ROW");
        assertEquals(0.30, at(textiles, "2024-05"));
        assertEquals(0.05, at(textiles, "2025-01"));
        Replay again = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .line("textiles", "MFN", 0.15, 0, null)
                .duty("2024-03", PolicyEvent.ALL_PRODUCTS, "MFN", DutyLayer.CUSTOMS, 0.30, "2024-12")
                .duty("2024-06", "textiles", "MFN", DutyLayer.CUSTOMS, 0.05, null);
        double[] rice = again.rates("rice", "ROW");
        assertEquals(0.30, at(rice, "2024-12"));
        assertEquals(0.15, at(rice, "2025-01"));
    }

    @Test
    void withinOneMonthTheActLaterInConfigOrderGovernsWhateverItsType() {
        double[] ptaLast = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.10, null)
                .pta("2024-06", "PAK", 0.0, 1.0)
                .rates("rice", "PAK");
        assertEquals(0.0, at(ptaLast, "2024-06"));
        double[] dutyLast = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .pta("2024-06", "PAK", 0.0, 1.0)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.10, null)
                .rates("rice", "PAK");
        assertEquals(0.10, at(dutyLast, "2024-06"));
    }

    @Test
    void anActDatedEarlierButListedLaterIsStillTheOlderAct() {
        double[] r = new Replay()
                .line("rice", "MFN", 0.15, 0, null)
                .duty("2024-06", "rice", "PAK", DutyLayer.CUSTOMS, 0.10, null)
                .duty("2024-03", "rice", "PAK", DutyLayer.CUSTOMS, 0.05, null)
                .rates("rice", "PAK");
        assertEquals(0.05, at(r, "2024-05"));
        assertEquals(0.10, at(r, "2024-06"));
    }
}
