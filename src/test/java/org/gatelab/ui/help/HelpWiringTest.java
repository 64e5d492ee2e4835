package org.gatelab.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.io.ProgressStore;
import org.gatelab.io.SettingsStore;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.lesson.LessonSetup;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.lesson.LessonStepValidator;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The first start shows the welcome screen over the window; its choices lead where they say, once. */
@ExtendWith(ApplicationExtension.class)
class HelpWiringTest {
    @TempDir
    Path dir;

    private AppView shell(Stage[] stage) throws IOException {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("01-first.md"), """
                ---
                id: 01-first
                title: The first lesson
                summary: First.
                level: beginner
                minutes: 5
                ---
                ## Step
                ```scene
                cell: gru
                ```
                Text.
                """);
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        LessonPaths paths = new LessonPaths(dir);
        LessonShelf shelf = new LessonShelf(new LessonParser(paths, new LessonStepValidator()), lessons,
                dir.resolve("user/lessons"), TaskRunner.direct());
        ProgressStore store = new ProgressStore(dir.resolve("user/progress.json"));
        AppView shell = new AppView(TestApp.of(session,
                training -> new LessonPlayerViewModel(session, training, TaskRunner.direct(), shelf, store),
                SettingsModel.load(new SettingsStore(dir.resolve("user/settings.json")), TaskRunner.direct())),
                new LessonSetup(paths, f -> { }));
        Stage s = new Stage();
        s.setScene(new Scene(shell, 1366, 768));
        s.show();
        stage[0] = s;
        return shell;
    }

    private AboutInfo info() {
        return new AboutInfo("test", dir.resolve("user"), null, dir.resolve("lessons"), null);
    }

    @Test
    void theFirstStartWelcomesAndTheFirstLessonOpens(FxRobot robot) throws Exception {
        Stage[] stage = new Stage[1];
        AppView[] shell = new AppView[1];
        HelpWiring[] wiring = new HelpWiring[1];
        robot.interact(() -> {
            try {
                shell[0] = shell(stage);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            wiring[0] = HelpWiring.install(shell[0], info(), f -> { });
        });
        assertNotNull(wiring[0].welcome(), "shown on the first start");
        assertTrue(wiring[0].welcome().firstLessonButton().text().startsWith("Open the lessons"),
                "before the lessons are read: " + wiring[0].welcome().firstLessonButton().text());
        robot.interact(shell[0]::startLessons);
        assertTrue(wiring[0].welcome().firstLessonButton().text().startsWith("“The first lesson”"),
                "named once read: " + wiring[0].welcome().firstLessonButton().text());
        robot.interact(() -> wiring[0].welcome().firstLessonButton().fire());
        assertNull(wiring[0].welcome());
        assertEquals("01-first", shell[0].player().lesson().id());
        assertTrue(shell[0].settings().settings().welcomeSeen());
        robot.interact(() -> {
            shell[0].settings().flush();
            stage[0].close();
        });
        assertTrue(Files.readString(dir.resolve("user/settings.json")).contains("\"welcome_seen\" : true"));

        robot.interact(() -> {
            try {
                shell[0] = shell(stage);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            wiring[0] = HelpWiring.install(shell[0], info(), f -> { });
            shell[0].startLessons();
        });
        assertNull(wiring[0].welcome(), "seen once, not shown again");
        robot.interact(wiring[0]::showWelcome);
        robot.interact(() -> wiring[0].welcome().trainingLabButton().fire());
        assertEquals(shell[0].training(), shell[0].tabs().getSelectionModel().getSelectedItem().getContent());

        robot.interact(wiring[0]::showAbout);
        javafx.stage.Window about = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && "About GateLab".equals(st.getTitle())).findFirst().orElseThrow();
        assertTrue(about.isShowing());
        javafx.scene.control.Button close = (javafx.scene.control.Button) about.getScene().lookup("#about-close");
        assertTrue(close.isCancelButton(), "Esc closes About");
        robot.interact(close::fire);
        assertFalse(about.isShowing(), "Close closes About");
        robot.interact(() -> stage[0].close());
    }
}
