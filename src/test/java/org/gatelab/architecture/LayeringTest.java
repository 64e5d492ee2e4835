package org.gatelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Timer;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.gatelab.viewmodel.TaskRunner;

/**
 * The architecture of DESIGN.md: every layer, and the layers it may use; no package cycles; JavaFX and AWT only
 * where they belong; the app as the one composition root.
 */
@AnalyzeClasses(packages = "org.gatelab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /**
     * DESIGN.md's table, bottom to top. Each layer may use the layers it names, and nothing above it. Besides the
     * table: export, render and the views use engine.trace and the vocabulary; the views use lesson (the immutable
     * lesson model they render) and export (what to export: its subjects, formats, themes and options).
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Vocabulary").definedBy("org.gatelab.vocabulary..")
            .layer("Trace").definedBy("org.gatelab.engine.trace..")
            .layer("Engine").definedBy("org.gatelab.engine")
            .layer("Tasks").definedBy("org.gatelab.tasks..")
            .layer("Training").definedBy("org.gatelab.training..")
            .layer("Io").definedBy("org.gatelab.io..")
            .layer("Lesson").definedBy("org.gatelab.lesson..")
            .layer("Render").definedBy("org.gatelab.render..")
            .layer("Export").definedBy("org.gatelab.export..")
            .layer("ViewModel").definedBy("org.gatelab.viewmodel..")
            .layer("Ui").definedBy("org.gatelab.ui..")
            .layer("App").definedBy("org.gatelab.app..")
            .whereLayer("Vocabulary").mayNotAccessAnyLayer()
            .whereLayer("Trace").mayOnlyAccessLayers("Vocabulary")
            .whereLayer("Engine").mayOnlyAccessLayers("Trace", "Vocabulary")
            .whereLayer("Tasks").mayOnlyAccessLayers("Engine", "Trace", "Vocabulary")
            .whereLayer("Training").mayOnlyAccessLayers("Tasks", "Engine", "Trace", "Vocabulary")
            .whereLayer("Io").mayOnlyAccessLayers("Training", "Tasks", "Engine", "Trace", "Vocabulary")
            .whereLayer("Lesson").mayOnlyAccessLayers("Training", "Tasks", "Engine", "Trace", "Vocabulary")
            .whereLayer("Render").mayOnlyAccessLayers("Trace", "Vocabulary")
            .whereLayer("Export").mayOnlyAccessLayers("Render", "Io", "Trace", "Vocabulary")
            .whereLayer("ViewModel").mayOnlyAccessLayers("Export", "Render", "Lesson", "Io", "Training", "Tasks",
                    "Engine", "Trace", "Vocabulary")
            .whereLayer("Ui").mayOnlyAccessLayers("ViewModel", "Export", "Render", "Lesson", "Trace", "Vocabulary")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .because("dependencies point down DESIGN.md's table only");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.gatelab.(**)").should().beFreeOfCycles()
            .because("every package, not only every layer, can be read bottom up");

    @ArchTest
    static final ArchRule vocabularyIsJdkOnly = noClasses().that().resideInAPackage("org.gatelab.vocabulary..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gatelab.vocabulary..", "java..")
            .because("every layer speaks the vocabulary, so it depends on nothing but the JDK");

    @ArchTest
    static final ArchRule traceIsJdkOnly = noClasses().that().resideInAPackage("org.gatelab.engine.trace..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gatelab.engine.trace..",
                    "org.gatelab.vocabulary..", "java..")
            .because("views may depend on the trace, so it must carry nothing but the JDK and the vocabulary");

    @ArchTest
    static final ArchRule belowTheViewModelsNoJavaFx = noClasses().that()
            .resideInAnyPackage("org.gatelab.vocabulary..", "org.gatelab.engine..", "org.gatelab.tasks..",
                    "org.gatelab.training..", "org.gatelab.io..", "org.gatelab.lesson..", "org.gatelab.render..",
                    "org.gatelab.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the engine and everything below the view models run headless: in tests, on the command "
                    + "line, in CI");

    @ArchTest
    static final ArchRule onlyExportUsesAwt = noClasses().that().resideInAnyPackage("org.gatelab.vocabulary..",
                    "org.gatelab.engine..", "org.gatelab.tasks..", "org.gatelab.training..", "org.gatelab.io..",
                    "org.gatelab.lesson..", "org.gatelab.render..", "org.gatelab.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..")
            .because("pictures are made through render's Surface; Graphics2D stays in the export package");

    @ArchTest
    static final ArchRule viewModelsKnowNoSceneGraph = noClasses().that().resideInAPackage("org.gatelab.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.animation..")
            .because("view models are tested without a window and hold only what the user is looking at");

    /** View models, task runners, executors and threads: what only the app makes. */
    private static final DescribedPredicate<JavaClass> MADE_BY_THE_APP_ONLY = new DescribedPredicate<>(
            "a view model, a task runner, an executor or a thread") {
        @Override
        public boolean test(JavaClass c) {
            boolean viewModel = c.getPackageName().startsWith("org.gatelab.viewmodel")
                    && (c.getSimpleName().endsWith("Model") || c.getSimpleName().equals("LessonShelf")
                    || c.getSimpleName().equals("FolderMemory"));
            return viewModel || c.isAssignableTo(TaskRunner.class) || c.isAssignableTo(Executor.class)
                    || c.isAssignableTo(Thread.class) || c.isAssignableTo(Timer.class);
        }
    };

    /** A constructor of one of those, a static factory returning one, or any of {@link Executors}' methods. */
    private static final DescribedPredicate<JavaCall<?>> MAKES_WHAT_THE_APP_MAKES = new DescribedPredicate<>(
            "makes a view model, a task runner, an executor or a thread") {
        @Override
        public boolean test(JavaCall<?> call) {
            JavaClass owner = call.getTargetOwner();
            if (owner.isEquivalentTo(Executors.class)) {
                return true;
            }
            if (call instanceof JavaConstructorCall) {
                return MADE_BY_THE_APP_ONLY.test(owner);
            }
            return call.getTarget() instanceof MethodCallTarget m && m.resolveMember()
                    .map(method -> method.getModifiers().contains(JavaModifier.STATIC)
                            && MADE_BY_THE_APP_ONLY.test(method.getRawReturnType()))
                    .orElse(false);
        }
    };

    @ArchTest
    static final ArchRule viewsMakeNoViewModelRunnerOrThread = noClasses().that().resideInAPackage("org.gatelab.ui..")
            .should().callCodeUnitWhere(MAKES_WHAT_THE_APP_MAKES)
            .because("app is the one composition root: it makes the view models, the task runner and the worker "
                    + "pools, and each view receives its view model (DESIGN.md)");

    @ArchTest
    static final ArchRule viewModelsMakeNoThreads = noClasses().that().resideInAPackage("org.gatelab.viewmodel..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.equivalentTo(Executors.class))))
            .orShould().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo(Executor.class)
                            .or(JavaClass.Predicates.assignableTo(Thread.class)))))
            .because("a view model receives the executor it works on from the app, which shuts it down");

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
}
