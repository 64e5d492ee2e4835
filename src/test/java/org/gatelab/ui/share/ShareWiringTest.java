package org.gatelab.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.share.ShareViewModel;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceSettings;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Scene menu (and its keys) saves the window's state and opens it again: settings, tab and views, through the window. */
@ExtendWith(ApplicationExtension.class)
class ShareWiringTest {
    @TempDir
    Path dir;

    @Test
    void saveThenOpenRestoresTheSettingsTheTabAndTheViews(FxRobot robot) throws Exception {
        Path file = dir.resolve("week3.gatelab");
        SceneFileChooser chooser = new SceneFileChooser() {
            @Override
            public Path open(Window owner) {
                return file;
            }

            @Override
            public Path save(Window owner, String name) {
                assertEquals("scene.gatelab", name);
                return file;
            }
        };
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        AppView[] shell = new AppView[1];
        ShareWiring[] wiring = new ShareWiring[1];
        robot.interact(() -> {
            AppViewModel app = TestApp.of(session);
            shell[0] = new AppView(app, null);
            ShareViewModel share = new ShareViewModel(session, app.training(), TaskRunner.direct(),
                    new LessonPaths(Path.of("assets").toAbsolutePath()));
            wiring[0] = ShareWiring.install(shell[0], share, chooser);
            Stage s = new Stage();
            s.setScene(new Scene(shell[0], 1366, 768));
            s.show();
            session.setAll(WorkspaceSettings.defaults().withCell(CellKind.GRU).withHiddenSize(5));
            session.timeline().setStep(4);
            shell[0].workspace().showViews(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS));
        });
        // from the keyboard: Ctrl+S (the Shortcut key)
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.readString(file).contains("cell: gru\nhidden: 5\n"), Files.readString(file));
        assertEquals("Saved the scene to week3.gatelab.", wiring[0].noticeText());

        robot.interact(() -> {
            session.setAll(WorkspaceSettings.defaults());
            shell[0].workspace().showViews(List.of());
            shell[0].tabs().getSelectionModel().select(1);
        });
        robot.clickOn("#scene-menu").clickOn("#scene-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceSettings.defaults().withCell(CellKind.GRU).withHiddenSize(5), session.settings());
        assertEquals(4, session.timeline().step());
        assertEquals("tab-workspace", shell[0].tabs().getSelectionModel().getSelectedItem().getId());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), shell[0].workspace().shownViews());
        assertEquals("Opened the scene week3.gatelab.", wiring[0].noticeText());
    }

    @Test
    void aBrokenFileShowsItsProblemAndChangesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.gatelab");
        Files.writeString(file, "cell: lstm\nlayers: 9\n");
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        ShareWiring[] wiring = new ShareWiring[1];
        robot.interact(() -> {
            AppViewModel app = TestApp.of(session);
            AppView shell = new AppView(app, null);
            wiring[0] = ShareWiring.install(shell, new ShareViewModel(session, app.training(), TaskRunner.direct(),
                    new LessonPaths(Path.of("assets").toAbsolutePath())), new SceneFileChooser() {
                        @Override
                        public Path open(Window owner) {
                            return file;
                        }

                        @Override
                        public Path save(Window owner, String name) {
                            return null;
                        }
                    });
            Stage s = new Stage();
            s.setScene(new Scene(shell, 1366, 768));
            s.show();
        });
        robot.clickOn("#scene-menu").clickOn("#scene-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("broken.gatelab:2: \"layers\" must be between 1 and 3, got 9", wiring[0].noticeText());
        assertEquals(WorkspaceSettings.defaults(), session.settings());
    }
}
