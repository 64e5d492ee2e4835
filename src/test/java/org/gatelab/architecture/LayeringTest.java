package org.gatelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
                    "org.gatelab.ui..", "org.gatelab.viewmodel..", "org.gatelab.tasks..", "org.gatelab.training..", "org.gatelab.lesson..",
                    "org.gatelab.render..", "org.gatelab.export..");

    @ArchTest
    static final ArchRule traceIsJdkOnly = noClasses().that().resideInAPackage("org.gatelab.engine.trace..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gatelab.engine.trace..",
                    "org.gatelab.vocabulary..", "java..")
            .because("views may depend on the trace, so it must carry nothing but the JDK and the vocabulary");

    @ArchTest
    static final ArchRule vocabularyIsJdkOnly = noClasses().that().resideInAPackage("org.gatelab.vocabulary..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.gatelab.vocabulary..", "java..")
            .because("every layer speaks the vocabulary, so it depends on nothing of ours");

    @ArchTest
    static final ArchRule lowerLayersImportNoJavaFx = noClasses().that()
            .resideInAnyPackage("org.gatelab.tasks..", "org.gatelab.training..", "org.gatelab.io..", "org.gatelab.lesson..", "org.gatelab.render..",
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
                    || p.startsWith("org.gatelab.tasks") || p.startsWith("org.gatelab.training") || p.startsWith("org.gatelab.app");
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
    static final ArchRule lessonsKnowNothingAboveThem = noClasses().that().resideInAPackage("org.gatelab.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gatelab.viewmodel..", "org.gatelab.ui..",
                    "org.gatelab.app..", "org.gatelab.export..", "org.gatelab.render..", "java.awt..")
            .because("lesson files are read and checked the same way by the app, the command line and the tests");

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
                    JavaClass.Predicates.assignableTo(Executor.class).or(JavaClass.Predicates.assignableTo(Thread.class)))))
            .because("a view model receives the executor it works on from the app, which shuts it down");
}
