package org.gatelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
            .resideInAnyPackage("org.gatelab.tasks..", "org.gatelab.io..", "org.gatelab.lesson..", "org.gatelab.render..",
                    "org.gatelab.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule exportDrawsBelowTheViewModels = noClasses().that().resideInAPackage("org.gatelab.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gatelab.viewmodel..", "org.gatelab.ui..",
                    "org.gatelab.app..", "org.gatelab.lesson..")
            .because("exports run headless (the command line, CI): Graphics2D, JFreeSVG and PDFBox, no JavaFX; "
                    + "java.awt is allowed here and only here");

    @ArchTest
    static final ArchRule onlyExportUsesAwt = noClasses().that().resideInAnyPackage("org.gatelab.tasks..",
                    "org.gatelab.io..", "org.gatelab.lesson..", "org.gatelab.render..", "org.gatelab.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("pictures are made through render's Surface; Graphics2D stays in the export package");

    @ArchTest
    static final ArchRule viewModelsKnowNoSceneGraph = noClasses().that().resideInAPackage("org.gatelab.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.animation..", "org.gatelab.ui..")
            .because("view models are tested without a window and hold only what the user is looking at");

    /** Classes of the engine, tasks, io and app, except enums: the settings vocabulary views may name. */
    private static final DescribedPredicate<JavaClass> BELOW_THE_VIEW_MODELS = new DescribedPredicate<>(
            "engine (outside engine.trace), tasks, io or app classes other than enums") {
        @Override
        public boolean test(JavaClass c) {
            String p = c.getPackageName();
            boolean below = p.equals("org.gatelab.engine") || p.startsWith("org.gatelab.io")
                    || p.startsWith("org.gatelab.tasks") || p.startsWith("org.gatelab.app");
            return below && !c.isEnum();
        }
    };

    @ArchTest
    static final ArchRule viewsReachTheEngineOnlyThroughTheTrace = noClasses().that().resideInAPackage("org.gatelab.ui..")
            .should().dependOnClassesThat(BELOW_THE_VIEW_MODELS)
            .because("views draw what the engine recorded and change state only through view models "
                    + "(they may name settings such as CellKind, InitScheme or a task kind)");

    @ArchTest
    static final ArchRule renderDrawsWithoutAToolkit = noClasses().that().resideInAPackage("org.gatelab.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "org.gatelab.engine",
                    "org.gatelab.viewmodel..", "org.gatelab.ui..")
            .because("the same painters draw on screen and into SVG/PDF exports");

    @ArchTest
    static final ArchRule typesettingStaysWhereItIsDrawnOrChecked = noClasses().that()
            .resideOutsideOfPackages("org.gatelab.export..", "org.gatelab.lesson..", "org.gatelab.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.scilab.forge.jlatexmath..")
            .because("JLaTeXMath draws through AWT: the exports (and the screen, through FXGraphics2D) set maths, "
                    + "the lesson checks only parse it; render and the engine stay toolkit-free");

    @ArchTest
    static final ArchRule fxGraphics2dIsTheScreensOnly = noClasses().that().resideOutsideOfPackage("org.gatelab.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.jfree.fx..")
            .because("FXGraphics2D is a Graphics2D on a JavaFX canvas: only the views draw on one");

    @ArchTest
    static final ArchRule lessonsKnowNothingAboveThem = noClasses().that().resideInAPackage("org.gatelab.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gatelab.viewmodel..", "org.gatelab.ui..",
                    "org.gatelab.app..", "org.gatelab.export..", "org.gatelab.render..", "java.awt..")
            .because("lesson files are read and checked the same way by the app, the command line and the tests");
}
