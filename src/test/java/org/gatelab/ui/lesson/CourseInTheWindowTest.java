package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gatelab.io.ProgressStore;
import org.gatelab.lesson.Lesson;
import org.gatelab.lesson.LessonParser;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.ParsedLesson;
import org.gatelab.lesson.SceneTab;
import org.gatelab.lesson.StepValidator;
import org.gatelab.training.ExperimentSettings;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.lesson.LessonShelf;
import org.gatelab.viewmodel.lesson.SceneSettings;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every step of every bundled lesson in the real window, in order, as a learner pressing Next would, and
 * checks that what the window shows is what the step's scene says: the workspace's settings, the cell and size
 * in the controls, the tab, the views, the timestep and the unit. The course tests check what the scenes
 * compute; this one checks that nothing in the window (a skin, a listener, a lazily shown tab) changes a scene
 * on its way to the screen.
 */
@ExtendWith(ApplicationExtension.class)
class CourseInTheWindowTest {
    private static final Path LESSONS = Path.of("lessons");
    private static final Path ASSETS = Path.of("assets");

    @TempDir
    Path dir;
    private WorkspaceViewModel session;
    private AppView shell;
    private AppViewModel app;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        LessonPaths paths = new LessonPaths(ASSETS.toAbsolutePath().normalize());
        LessonShelf shelf = new LessonShelf(new LessonParser(paths, StepValidator.NONE), LESSONS,
                dir.resolve("user/lessons"), TaskRunner.direct());
        ProgressStore store = new ProgressStore(dir.resolve("user/progress.json"));
        app = TestApp.of(session,
                training -> new LessonPlayerViewModel(session, training, TaskRunner.direct(), shelf, store),
                SettingsModel.inMemory(), ASSETS.resolve("models"));
        shell = new AppView(app, new LessonSetup(paths, f -> { }));
        shelf.reload();
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @Test
    void everyStepOfTheCourseReachesTheWindowAsItsSceneSays(FxRobot robot) {
        LessonPlayerViewModel player = shell.player();
        List<Lesson> lessons = new ArrayList<>();
        for (ParsedLesson p : player.shelf().lessons()) {
            assertTrue(p.ok(), p.file() + ": " + p.problems());
            lessons.add(p.lesson());
        }
        assertTrue(lessons.size() >= 8, "the bundled course: " + lessons.size());
        int steps = 0;
        for (Lesson lesson : lessons) {
            robot.interact(() -> player.open(lesson));
            WaitForAsyncUtils.waitForFxEvents();
            for (int i = 0; i < lesson.steps().size(); i++) {
                int index = i;
                if (i > 0) {
                    robot.interact(player::next);
                    WaitForAsyncUtils.waitForFxEvents();
                }
                boolean[] playing = new boolean[1];
                robot.interact(() -> {
                    playing[0] = session.timeline().isPlaying();
                    session.timeline().pause();
                });
                assertStepShown(robot, lesson.id() + " step " + (index + 1), playing[0]);
                steps++;
            }
            robot.interact(player::close);
        }
        assertTrue(steps >= 50, "steps walked: " + steps);
    }

    private void assertStepShown(FxRobot robot, String where, boolean playing) {
        LessonPlayerViewModel player = shell.player();
        org.gatelab.lesson.Scene scene = player.sceneProperty().get();
        WorkspaceSettings expected = SceneSettings.workspace(scene);
        WorkspaceSettings shown = session.settings();
        if (scene.modelFile() == null) {
            assertEquals(expected, shown, where + ": the workspace's settings");
        } else {
            assertNotNull(session.inspectionProperty().get(), where + ": the lesson's model is shown");
        }
        assertEquals(shown.cell(), session.trace().cell(), where + ": the model computed");
        SceneTab tab = player.tabProperty().get();
        if (tab != null) {
            assertEquals("tab-" + tab.id(), shell.tabs().getSelectionModel().getSelectedItem().getId(),
                    where + ": the tab");
        }
        List<ViewKind> asked = player.viewsProperty().get();
        List<ViewKind> views = shell.workspace().shownViews();
        if (asked.isEmpty()) {
            assertEquals(4, views.stream().map(ViewKind::panel).distinct().count(), where + ": every panel: " + views);
        } else {
            assertEquals(Set.copyOf(asked), Set.copyOf(views), where + ": the views (in the workspace's own order)");
        }
        if (shell.workspace().getScene() != null) {
            ToggleButton cell = robot.lookup("#cell-" + shown.cell().id()).queryAs(ToggleButton.class);
            assertTrue(cell.isSelected(), where + ": the cell button of " + shown.cell());
            for (ToggleButton other : robot.lookup(".toggle-button").queryAllAs(ToggleButton.class)) {
                if (other.getId() != null && other.getId().startsWith("cell-") && other != cell) {
                    assertFalse(other.isSelected(), where + ": " + other.getId() + " is not selected");
                }
            }
            Spinner<?> hidden = robot.lookup("#hidden-size").queryAs(Spinner.class);
            assertEquals(shown.hiddenSize(), hidden.getValue(), where + ": the hidden size shown");
        }
        if (SceneSettings.setsLab(scene)) {
            ExperimentSettings lab;
            try {
                lab = SceneSettings.lab(scene, "lesson scene");
            } catch (java.io.IOException e) {
                throw new AssertionError(where + ": " + e.getMessage(), e);
            }
            assertEquals(lab.task(), app.training().settings().task(), where + ": the lab's task");
            assertEquals(lab.config(), app.training().settings().config(), where + ": the lab's settings");
            if (shell.training().getScene() != null) {
                ToggleButton cell = robot.lookup("#lab-cell-" + lab.config().cell().id()).queryAs(ToggleButton.class);
                assertTrue(cell.isSelected(), where + ": the lab's cell button");
            }
        }
        int lastStep = session.trace().length() - 1;
        int step = Math.min(scene.step() == null ? 0 : scene.step(), lastStep);
        if (Boolean.TRUE.equals(scene.play())) {
            assertTrue(playing, where + ": the step plays the timeline");
            assertTrue(session.timeline().step() >= step, where + ": played on from t = " + step);
        } else {
            assertFalse(playing, where + ": the timeline stands still");
            assertEquals(step, session.timeline().step(), where + ": the timestep");
        }
        assertEquals(scene.unit() == null ? 0 : scene.unit(), session.selection().unit(), where + ": the unit");
    }
}
