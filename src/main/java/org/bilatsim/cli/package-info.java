/**
 * The command line (picocli). Commands return exit codes: 0 success, 1 run failure, 2 usage or
 * configuration error. Nothing below this package calls {@code System.exit}.
 */
package org.bilatsim.cli;
