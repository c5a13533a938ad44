/**
 * The Apache Spark engine ({@code --engine spark}): run specs evaluated as Spark tasks, on the
 * embedded {@code local[*]} master or on a cluster. Built only by the {@code spark} Maven profile,
 * into target/bilatsim-spark.jar, so the default jar carries no Spark. Part of the experiment layer:
 * it uses experiment, engine and config, and nothing uses it but through {@code Runner.engine}.
 */
package org.bilatsim.experiment.spark;
