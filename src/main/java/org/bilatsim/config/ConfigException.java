package org.bilatsim.config;

/**
 * A user's configuration mistake. Its message is meant to be printed as it is, without a stack trace:
 * {@code file:line:column: key.path = value: what is allowed}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String keyPath;

    public ConfigException(SourceLocation location, String keyPath, String detail) {
        super(location + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + detail);
        this.location = location;
        this.keyPath = keyPath;
    }

    public SourceLocation location() {
        return location;
    }

    public String keyPath() {
        return keyPath;
    }
}
