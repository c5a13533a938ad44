/**
 * {@code bilatsim explore}: a local web server (Javalin, bound to 127.0.0.1 by default) and a page
 * for policy students, over the same experiment classes the CLI uses. The page shows a control for
 * every lever of a scenario; each change goes through the real {@link org.bilatsim.config.ConfigLoader}
 * (as {@code --set} overrides, or as event items written into the scenario's YAML) and re-runs the
 * model's replications, with common random numbers against the scenario as loaded.
 *
 * <p>Depends on config, experiment, output and chart only (never on agent or engine internals);
 * the use of experiment is kept in {@link org.bilatsim.explore.ModelAdapter}, and the controls come
 * through {@link org.bilatsim.explore.ControlCatalog}, so either can be re-pointed (e.g. at a
 * declared config schema) without touching the server or the page. Nothing here imports cli.
 */
package org.bilatsim.explore;
