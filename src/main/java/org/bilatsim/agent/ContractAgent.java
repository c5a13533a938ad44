package org.bilatsim.agent;

import java.time.YearMonth;
import java.util.List;
import org.bilatsim.config.Contract;
import sim.engine.SimState;

/**
 * A government-to-government contract: one-off deliveries in their months, and a recurring flow of
 * deliveries the buyer may decline (each accepted with the contract's probability), capped by a
 * capacity (pipeline, terminal) per month.
 */
public final class ContractAgent implements FlowAgent {
    private static final long serialVersionUID = 1L;

    private final Contract contract;
    private final Clock clock;
    /** The buyer's accept-or-decline draws. */
    private final ec.util.MersenneTwisterFast random;

    private List<Flow> flows = List.of();

    ContractAgent(Contract contract, Clock clock, ec.util.MersenneTwisterFast random) {
        this.contract = contract;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void step(SimState state) {
        YearMonth month = clock.month();
        double value = 0;
        for (Contract.Delivery delivery : contract.deliveries()) {
            if (delivery.date().equals(month)) {
                value += delivery.valueUsd();
            }
        }
        Contract.Recurring recurring = contract.recurring();
        if (recurring != null && !month.isBefore(recurring.from()) && !month.isAfter(recurring.to())) {
            double accepted = 0;
            for (int d = 0; d < recurring.deliveriesPerMonth(); d++) {
                // Draw for every offered delivery, so the stream does not depend on the outcomes.
                if (random.nextDouble() < recurring.acceptProbability()) {
                    accepted += recurring.valueUsdPerDelivery();
                }
            }
            value += Math.min(accepted, recurring.capacityUsdPerMonth());
        }
        flows = value > 0
                ? List.of(new Flow(
                        contract.exporter(),
                        contract.importer(),
                        contract.name(),
                        "USD",
                        value,
                        value,
                        contract.countsTowardTarget()))
                : List.of();
    }

    @Override
    public List<Flow> flows() {
        return flows;
    }
}
