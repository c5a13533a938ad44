package org.bilatsim.cli;

/** The exit codes bilatsim documents. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUN_FAILURE = 1;
    public static final int USAGE = 2;
    /**
     * A failure of the machine, not of the model: disk full, permission denied, a read-only file
     * system, a name too long, memory exhausted. The same code as a usage error: the user, not the
     * code, has to act (one line on standard error says what failed), and nothing was written.
     */
    public static final int ENVIRONMENT = 2;

    private ExitCodes() {}
}
