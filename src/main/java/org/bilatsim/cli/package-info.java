/**
 * The command line (picocli). A command parses its options, calls an experiment (which returns a
 * result value) and an output writer, prints a summary, and maps exceptions to exit codes: 0
 * success, 1 run failure, 2 usage or configuration error. No experiment logic, file format or chart
 * input lives here. Nothing below this package calls {@code System.exit}.
 */
package org.bilatsim.cli;
