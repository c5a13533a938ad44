package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.bilatsim.config.Rule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The adaptive rules of the scenario's governments, stepped in the policy phase after the
 * governments' scheduled events: they react to what the simulation has produced so far (12-month
 * trailing imports, the two-way path against the target's trajectory).
 */
public final class PolicyRules implements Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Rule> rules;
    private final Map<String, Government> governments;
    private final List<ProductMarket> markets;
    private final BilateralLedger ledger;
    private final Clock clock;
    private final double targetUsd;
    private final YearMonth[] activeUntil;
    private int exhibitionsHeld;
    private int safeguardsImposed;

    PolicyRules(
            List<Rule> rules,
            Map<String, Government> governments,
            List<ProductMarket> markets,
            BilateralLedger ledger,
            Clock clock,
            double targetUsd) {
        this.rules = List.copyOf(rules);
        this.governments = governments;
        this.markets = markets;
        this.ledger = ledger;
        this.clock = clock;
        this.targetUsd = targetUsd;
        this.activeUntil = new YearMonth[rules.size()];
    }

    @Override
    public void step(SimState state) {
        int t = clock.monthIndex();
        YearMonth month = clock.month();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule instanceof Rule.Safeguard safeguard) {
                safeguard(r, safeguard, month);
            } else if (rule instanceof Rule.Promotion promotion) {
                promote(promotion, t);
            }
        }
    }

    private void safeguard(int index, Rule.Safeguard rule, YearMonth month) {
        if (activeUntil[index] != null && !month.isAfter(activeUntil[index])) {
            return;
        }
        for (ProductMarket market : markets) {
            if (!market.product().key().equals(rule.product())
                    || !market.product().importer().equals(rule.importer())) {
                continue;
            }
            int s = market.product().sourceIndex(rule.partner());
            if (s < 0 || market.monthsRecorded() < 12) {
                continue;
            }
            double base = market.product().sources().get(s).baseValueUsd();
            if (market.trailingYearImportsUsd(s) > rule.surgeRatio() * base) {
                YearMonth until = month.plusMonths(rule.durationMonths() - 1);
                governments
                        .get(rule.importer())
                        .setTemporarily(rule.product(), rule.partner(), rule.layer(), rule.rate(), month, until);
                activeUntil[index] = until;
                safeguardsImposed++;
            }
        }
    }

    private void promote(Rule.Promotion rule, int t) {
        if (t < 12 || t % rule.everyMonths() != 0) {
            return;
        }
        double base = ledger.firstYearTotalUsd();
        double years = rule.targetYear() - clock.firstMonth().getYear();
        double trajectory = base * Math.pow(targetUsd / base, Math.min(1, (t / 12.0) / years));
        if (ledger.trailingYearTotalUsd() < trajectory) {
            governments
                    .get(rule.importer())
                    .exhibition(rule.exporter(), rule.product(), rule.fixedCostFactor(), rule.discoveryProbability());
            exhibitionsHeld++;
        }
    }

    public int exhibitionsHeld() {
        return exhibitionsHeld;
    }

    public int safeguardsImposed() {
        return safeguardsImposed;
    }
}
