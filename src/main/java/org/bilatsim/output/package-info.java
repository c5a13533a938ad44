/**
 * Results to files: the tidy CSV columns (declared once, in {@link org.bilatsim.output.Column}),
 * streaming writers, the annual aggregation, the manifest, and run folders that appear only when
 * complete.
 */
package org.bilatsim.output;
