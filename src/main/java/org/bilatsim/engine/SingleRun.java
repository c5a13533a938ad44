package org.bilatsim.engine;

import org.bilatsim.config.ScenarioConfig;

/** Runs one scenario with one seed from its start month to its end month. */
public final class SingleRun {
    private SingleRun() {}

    /** What a finished run reports besides its observations. */
    public record Summary(int months, long agents, long agentSteps) {}

    public static Summary run(ScenarioConfig config, ObservationSink sink) {
        TradeModel model = new TradeModel(config, sink, false);
        return run(model, sink);
    }

    /** Runs a model that was constructed by the caller (tests use this to look inside). */
    public static Summary run(TradeModel model, ObservationSink sink) {
        model.start();
        int months = model.config().months();
        for (int m = 0; m < months; m++) {
            model.schedule.step(model);
        }
        model.finish();
        sink.finish();
        long agents = model.world().agentCount();
        return new Summary(months, agents, agents * months);
    }
}
