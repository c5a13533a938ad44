package org.bilatsim.agent;

import java.util.List;
import sim.engine.Steppable;

/** An agent whose monthly result is a set of flows outside the product markets. Stepped in the shipping phase. */
public interface FlowAgent extends Steppable {
    /** The flows of the month just stepped. */
    List<Flow> flows();
}
