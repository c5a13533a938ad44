package org.bilatsim.engine;

import org.bilatsim.config.ScenarioConfig;

/** Runs one scenario with one seed from its start month to its end month. */
public final class SingleRun {
    private SingleRun() {}

    /** What a finished run reports besides its observations. */
    public record Summary(int months, long agents, long agentSteps) {}

    /**
     * Runs a scenario into a sink. A large run's months are handed to the sink on a second thread
     * while the model steps the next month ({@link MonthlyHandOff}): the sink gets the same calls in
     * the same order, all of them before this returns, and {@link ObservationSink#finish} on this thread.
     */
    public static Summary run(ScenarioConfig config, ObservationSink sink) {
        return run(config, sink, new MonthlyHandOff(sink), null);
    }

    /**
     * {@link #run(ScenarioConfig, ObservationSink)} with the set-up's seeded generators and draws kept
     * in {@code memo} for the next run of the same seeds (the explorer); the same results.
     */
    public static Summary run(ScenarioConfig config, ObservationSink sink, SetupMemo memo) {
        return run(config, sink, new MonthlyHandOff(sink), memo);
    }

    /** {@link #run(ScenarioConfig, ObservationSink)} through a given hand-off (tests: one that always hands off). */
    static Summary run(ScenarioConfig config, ObservationSink sink, MonthlyHandOff handOff, SetupMemo memo) {
        TradeModel model = new TradeModel(config, handOff, false, TradeModel.Scheduling.SEQUENCE, memo);
        boolean done = false;
        try {
            stepAll(model, handOff::endOfMonth);
            handOff.close();
            done = true;
        } finally {
            if (!done) {
                handOff.abandon();
            }
        }
        sink.finish();
        return summary(model);
    }

    /** Runs a model that was constructed by the caller (tests use this to look inside). */
    public static Summary run(TradeModel model, ObservationSink sink) {
        stepAll(model, () -> {});
        sink.finish();
        return summary(model);
    }

    /** Starts the model, steps it through its months ({@code afterEachMonth} after each) and finishes it. */
    private static void stepAll(TradeModel model, Runnable afterEachMonth) {
        model.start();
        int months = model.config().months();
        for (int m = 0; m < months; m++) {
            model.schedule.step(model);
            afterEachMonth.run();
        }
        model.finish();
    }

    private static Summary summary(TradeModel model) {
        int months = model.config().months();
        long agents = model.world().agentCount();
        return new Summary(months, agents, agents * months);
    }
}
