package org.gatelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md: the engine and everything below the views know nothing of JavaFX. */
@AnalyzeClasses(packages = "org.gatelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule engineImportsNoJavaFx = noClasses().that().resideInAPackage("org.gatelab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
            .because("the engine is pure computation: it runs headless, in tests and from the command line");

    @ArchTest
    static final ArchRule engineDependsOnNothingAbove = noClasses().that().resideInAPackage("org.gatelab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gatelab.io..", "org.gatelab.app..",
                    "org.gatelab.ui..", "org.gatelab.viewmodel..", "org.gatelab.tasks..", "org.gatelab.lesson..",
                    "org.gatelab.render..", "org.gatelab.export..");

    @ArchTest
    static final ArchRule traceIsJdkOnly = noClasses().that().resideInAPackage("org.gatelab.engine.trace..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gatelab.engine.trace..", "java..")
            .because("views may depend on the trace, so it must carry nothing but the JDK");

    @ArchTest
    static final ArchRule lowerLayersImportNoJavaFx = noClasses().that()
            .resideInAnyPackage("org.gatelab.tasks..", "org.gatelab.io..", "org.gatelab.lesson..", "org.gatelab.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
