package org.bilatsim.experiment.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Spark engine is part of the experiment layer (it uses experiment, engine and config, nothing
 * downstream and not the command line), and the core knows Spark only through Runner.engine: no class
 * of the default jar refers to Spark or to this package.
 */
class SparkLayeringTest {
    private static final JavaClasses SPARK_ENGINE = new ClassFileImporter().importPath(Path.of("target", "spark-classes"));
    private static final JavaClasses CORE = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theSparkEngineUsesOnlyTheLayersBelowTheCommandLineAndAboveTheOutput() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.bilatsim.cli..",
                        "org.bilatsim.output..",
                        "org.bilatsim.chart..",
                        "org.bilatsim.explore..",
                        "org.bilatsim.calibrate..",
                        "org.bilatsim.agent..",
                        "org.bilatsim.economics..")
                .check(SPARK_ENGINE);
    }

    @Test
    void theCoreNeverRefersToSpark() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.bilatsim.experiment.spark..", "com.esotericsoftware..")
                .check(CORE);
    }
}
