/**
 * Calibration from trade data: reads the files trade economists download (CEPII BACI, UN Comtrade,
 * WITS/TRAINS tariffs or the project's own tariff CSV, Kee–Nicita–Olarreaga import-demand and
 * Fontagné–Guimbard–Orefice trade elasticities) and writes a scenario YAML text whose products are HS
 * codes, each value commented with its source file, line and licence.
 *
 * <p>It depends on config (for {@link org.bilatsim.config.ConfigException} and the loader's limits)
 * and nothing else of the model: it reads files and writes a scenario, it never runs one. Every reader
 * validates as it reads and names file:line:column, the column, the value and what is allowed. No
 * third-party data is embedded here: the licences travel with the user's files, recorded in the
 * scenario's header.
 */
package org.bilatsim.calibrate;
