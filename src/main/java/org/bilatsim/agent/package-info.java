/**
 * The agents, as MASON {@code Steppable}s: exporter firms, importer firms, governments, and the
 * product markets and origins through which they meet. Agents see each other only through narrow
 * methods of {@link org.bilatsim.agent.ProductMarket} and {@link org.bilatsim.agent.OriginSupply},
 * never through a downcast {@code SimState}. Equations come from {@code org.bilatsim.economics}.
 */
package org.bilatsim.agent;
