package org.bilatsim.agent;

/** An accounting identity failed: a bug in the model, never a user's mistake. */
public final class AccountingException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public AccountingException(String message) {
        super(message);
    }
}
