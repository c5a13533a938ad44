package org.bilatsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's import rules (CONTRIBUTING.md, "Where things go"), checked on the compiled classes:
 * cli → experiment → engine → agent → economics; the explorer beside cli (a web front over the same
 * experiments); calibrate reads data files and writes config text, touching nothing but config;
 * config readable by all and depending on none; output and chart downstream of results, never
 * touching live agents or the model; economics pure; nothing imports cli; no System.exit below cli.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bilatsim");
    }

    @Test
    void packagesDependOnlyDownward() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("org.bilatsim.cli..")
                .layer("explore")
                .definedBy("org.bilatsim.explore..")
                .layer("calibrate")
                .definedBy("org.bilatsim.calibrate..")
                .layer("chart")
                .definedBy("org.bilatsim.chart..")
                .layer("output")
                .definedBy("org.bilatsim.output..")
                .layer("experiment")
                .definedBy("org.bilatsim.experiment..")
                .layer("engine")
                .definedBy("org.bilatsim.engine..")
                .layer("agent")
                .definedBy("org.bilatsim.agent..")
                .layer("economics")
                .definedBy("org.bilatsim.economics..")
                .layer("config")
                .definedBy("org.bilatsim.config..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("explore")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("calibrate")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("chart")
                .mayOnlyBeAccessedByLayers("cli", "output")
                .whereLayer("output")
                .mayOnlyBeAccessedByLayers("cli", "explore")
                .whereLayer("experiment")
                .mayOnlyBeAccessedByLayers("cli", "explore", "output", "chart")
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers("cli", "explore", "experiment", "output", "chart")
                .whereLayer("agent")
                .mayOnlyBeAccessedByLayers("engine", "experiment")
                // Results may carry economics' value records (a SMART result), which output writes.
                .whereLayer("economics")
                .mayOnlyBeAccessedByLayers("agent", "engine", "experiment", "output", "cli")
                .whereLayer("config")
                .mayOnlyBeAccessedByLayers(
                        "cli", "explore", "calibrate", "chart", "output", "experiment", "engine", "agent", "economics")
                .check(classes);
    }

    @Test
    void configDependsOnNoOtherPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.bilatsim.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.bilatsim.cli..",
                        "org.bilatsim.chart..",
                        "org.bilatsim.output..",
                        "org.bilatsim.experiment..",
                        "org.bilatsim.engine..",
                        "org.bilatsim.agent..",
                        "org.bilatsim.economics..")
                .check(classes);
    }

    @Test
    void economicsIsPure() {
        noClasses()
                .that()
                .resideInAPackage("org.bilatsim.economics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "sim..",
                        "ec..",
                        "java.io..",
                        "java.nio.file..",
                        "java.awt..",
                        "org.jfree..",
                        "java.util.random..")
                .because("equations take their shocks from the caller and do no I/O")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.bilatsim.economics..")
                .should()
                .callMethod(Math.class, "random")
                .check(classes);
    }

    @Test
    void theModelDrawsNoChartsAndWritesNoFiles() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.bilatsim.engine..",
                        "org.bilatsim.agent..",
                        "org.bilatsim.economics..",
                        "org.bilatsim.config..",
                        "org.bilatsim.experiment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "org.jfree..", "javax.imageio..")
                .check(classes);
    }

    @Test
    void chartsAndOutputNeverTouchLiveAgentsOrTheModel() {
        noClasses()
                .that()
                .resideInAnyPackage("org.bilatsim.chart..", "org.bilatsim.output..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.bilatsim.agent..", "sim..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.bilatsim.engine.TradeModel")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineEndsTheProcess() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.bilatsim.cli..")
                .should()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .callMethod(Runtime.class, "halt", int.class)
                .check(classes);
    }

    @Test
    void nobodyUsesMasonsGuiOrItsExitingLoop() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("sim.display..", "sim.portrayal..", "sim.util.media..")
                .check(classes);
        noClasses()
                .should()
                .callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("doLoop")))
                .check(classes);
    }
}
