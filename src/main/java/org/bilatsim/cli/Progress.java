package org.bilatsim.cli;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (runs done, rate, time left) that appears only when standard
 * error is a terminal, --quiet is off, and the work has already taken two seconds.
 */
final class Progress implements IntConsumer, AutoCloseable {
    private static final long DELAY_NANOS = 2_000_000_000L;

    private final String task;
    private final int total;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private ProgressBar bar;

    Progress(String task, int total, boolean quiet) {
        this.task = task;
        this.total = total;
        this.enabled = !quiet && System.console() != null;
    }

    @Override
    public synchronized void accept(int done) {
        if (!enabled) {
            return;
        }
        if (bar == null && System.nanoTime() - startNanos >= DELAY_NANOS) {
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .showSpeed()
                    .build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
