/**
 * Scenario configuration: immutable records, the one strict YAML loader and its validation.
 *
 * <p>Every record validates its own invariants at construction; {@link org.bilatsim.config.ConfigLoader}
 * is the only place that reads YAML, and every message it raises names the file, line, column, key
 * path, the offending value and what is allowed.
 */
package org.bilatsim.config;
