package org.bilatsim.config;

/** Where a value came from: a file position, or a command-line override. */
public record SourceLocation(String file, int line, int column) {

    /** A location for values given with {@code --set} on the command line. */
    public static SourceLocation commandLine() {
        return new SourceLocation("--set", 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
