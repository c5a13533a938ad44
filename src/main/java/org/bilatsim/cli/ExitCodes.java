package org.bilatsim.cli;

/** The exit codes bilatsim documents. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUN_FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
