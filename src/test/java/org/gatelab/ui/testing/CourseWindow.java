package org.gatelab.ui.testing;

import java.nio.file.Path;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/**
 * The app's window on the bundled course ({@code lessons/}, {@code assets/}), with the learner's progress in a
 * folder of the test's, everything computed on the calling thread and animations at zero duration.
 */
public final class CourseWindow {
    private CourseWindow() {
    }

    /** The window; its lessons are read. */
    public static AppView of(Path userDir) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        LessonPaths paths = new LessonPaths(Path.of("assets"));
        LessonShelf shelf = new LessonShelf(new LessonParser(paths, new LessonStepValidator()), Path.of("lessons"),
                userDir.resolve("lessons"), TaskRunner.direct());
        ProgressStore store = new ProgressStore(userDir.resolve("progress.json"));
        AppView shell = new AppView(TestApp.of(session,
                training -> new LessonPlayerViewModel(session, training, TaskRunner.direct(), shelf, store),
                SettingsModel.inMemory()), new LessonSetup(paths, folder -> { }));
        shelf.reload();
        return shell;
    }

    /** The bundled lesson whose id starts with {@code prefix} (e.g. {@code "01"}). */
    public static Lesson lesson(AppView shell, String prefix) {
        for (ParsedLesson p : shell.player().shelf().lessons()) {
            if (p.ok() && p.lesson().id().startsWith(prefix)) {
                return p.lesson();
            }
        }
        throw new AssertionError("no bundled lesson " + prefix + "*");
    }
}
