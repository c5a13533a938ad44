package org.bilatsim.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Keeps every observation of a run, for tests. */
public final class Collector implements ObservationSink {
    public final List<Observation> observations = new ArrayList<>();

    @Override
    public void accept(Observation observation) {
        observations.add(observation);
    }

    /** The value of one metric of one flow in one month. */
    public double value(YearMonth month, String exporter, String product, Metric metric) {
        return observations.stream()
                .filter(o -> o.period().equals(month)
                        && o.exporter().equals(exporter)
                        && o.product().equals(product)
                        && o.metric() == metric)
                .mapToDouble(Observation::value)
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no " + metric + " for " + exporter + " " + product + " " + month));
    }
}
