/**
 * Pure economics: CES/Armington demand, landed prices and duty layers, exporter productivity and
 * pricing, calibration of share parameters, and the analytic models (SMART and the exact CES partial
 * equilibrium). No MASON, no I/O and no random numbers here: callers draw shocks and pass them in.
 *
 * <p>Units: prices in US$ per product unit, values in US$, duty and tax rates as fractions (0.15 is
 * 15%), elasticities as pure numbers with their economic sign (the import demand elasticity Em is
 * negative).
 */
package org.bilatsim.economics;
