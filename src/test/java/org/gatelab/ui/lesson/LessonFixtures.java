package org.gatelab.ui.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;

/** Small lesson files in a temporary folder and a window playing them, everything on the calling thread. */
final class LessonFixtures {
    private LessonFixtures() {
    }

    /** Three steps: an LSTM scene with a choice and a predict check, a heatmap-only step, a training-lab step. */
    static final String DEMO = """
            ---
            id: 01-demo
            title: A demo lesson
            summary: For the tests.
            level: beginner
            minutes: 5
            ---
            An introduction with **bold** text.

            ## Gates
            ```scene
            cell: lstm
            hidden: 6
            seed: 4
            input: adding
            length: 25
            step: 7
            unit: 3
            highlight: f
            views: [diagram, equations]
            ```
            Look at the *forget* gate in `f_t`.
            ```check
            kind: choice
            question: Which gate erases the cell?
            options: [the input gate i_t, the forget gate f_t, the output gate o_t]
            answer: 2
            explain: f multiplies c_{t-1}.
            ```
            ```check
            kind: predict
            question: The forget gate of unit 3 at t = 7?
            quantity: gate
            gate: f
            t: 7
            unit: 3
            tolerance: 0.05
            explain: Read it in the diagram.
            ```
            ## Over time
            ```scene
            step: 12
            views: [gradient-heatmap]
            ```
            The gradients per gate.
            ## In the lab
            ```scene
            open: training
            ```
            The last step.
            """;

    /** A lesson with a misspelt scene key: an error card. */
    static final String BROKEN = """
            ---
            id: 02-broken
            title: A broken lesson
            summary: It has a typo.
            level: beginner
            minutes: 5
            prerequisites: [01-demo]
            ---
            ## Step
            ```scene
            hiden: 4
            ```
            """;

    /** A sound lesson that needs the demo first. */
    static final String SECOND = """
            ---
            id: 03-second
            title: The second lesson
            summary: After the demo.
            level: intermediate
            minutes: 10
            prerequisites: [01-demo]
            ---
            ## Only step
            ```scene
            cell: gru
            ```
            Text.
            """;

    static void write(Path folder, String name, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path lessons(Path dir) {
        return dir.resolve("lessons");
    }

    static Path progressFile(Path dir) {
        return dir.resolve("user/progress.json");
    }

    static Path userLessons(Path dir) {
        return dir.resolve("user/lessons");
    }

    static LessonPaths paths(Path dir) {
        return new LessonPaths(dir.resolve("assets"));
    }

    static LessonShelf shelf(Path dir) {
        LessonParser parser = new LessonParser(paths(dir), new LessonStepValidator());
        return new LessonShelf(parser, lessons(dir), userLessons(dir), TaskRunner.direct());
    }

    /** A player on its own (no window) reading the same files; its lessons are read. */
    static LessonPlayerViewModel player(Path dir, WorkspaceViewModel session) {
        LessonShelf shelf = shelf(dir);
        LessonPlayerViewModel player = new LessonPlayerViewModel(session, null, TaskRunner.direct(), shelf,
                new ProgressStore(progressFile(dir)));
        shelf.reload();
        return player;
    }

    /** The app's window on these lessons; "Open folder" adds the folder to {@code opened}. */
    static AppView shell(Path dir, WorkspaceViewModel session, List<Path> opened) {
        return shell(dir, session, opened, (owner, name) -> null);
    }

    /**
     * The app's window on these lessons, the learner's seed fixed; "Export my results…" saves where
     * {@code results} says.
     */
    static AppView shell(Path dir, WorkspaceViewModel session, List<Path> opened, ResultsChooser results) {
        LessonShelf shelf = shelf(dir);
        ProgressStore store = new ProgressStore(progressFile(dir), () -> 20261125L);
        AppView shell = new AppView(TestApp.of(session,
                training -> new LessonPlayerViewModel(session, training, TaskRunner.direct(), shelf, store),
                SettingsModel.inMemory()), new LessonSetup(paths(dir), opened::add, results));
        shelf.reload();
        return shell;
    }
}
