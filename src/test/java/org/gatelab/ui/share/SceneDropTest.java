package org.gatelab.ui.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.SceneTab;
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

/**
 * A {@code .gatelab} file dropped anywhere on the window opens as Open scene opens it (settings, timestep, tab,
 * views, the notice); a broken one changes nothing and the notice names the file, line and field. The drop is a
 * real {@link DragEvent} with a dragboard holding the file, fired at a view inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class SceneDropTest {
    @TempDir
    Path dir;

    private WorkspaceViewModel session;
    private AppView shell;
    private ShareWiring wiring;
    private ShareViewModel share;

    private void open(FxRobot robot) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        robot.interact(() -> {
            AppViewModel app = TestApp.of(session);
            shell = new AppView(app, null);
            share = new ShareViewModel(session, app.training(), TaskRunner.direct(),
                    new LessonPaths(Path.of("assets").toAbsolutePath()));
            wiring = ShareWiring.install(shell, share, SceneFileChooser.DIALOG);
            Stage s = new Stage();
            s.setScene(new Scene(shell, 1366, 768));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags {@code file} over the workspace's cell diagram and drops it there. */
    private void drop(FxRobot robot, Path file) {
        robot.interact(() -> {
            Node target = shell.workspace().diagram();
            Dragboard board = DragboardHelper.createDragboard(new DropBoard(Toolkit.getToolkit()
                    .createLocalClipboard()));
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.<File>of(file.toFile()));
            board.setContent(content);
            for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                Event.fireEvent(target, new DragEvent(type, board, 200, 200, 200, 200, TransferMode.COPY, null,
                        target, null));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a file manager offers: the dragged content, to be copied (the toolkit's local board says no modes). */
    private record DropBoard(TKClipboard content) implements TKClipboard {
        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
            content.setSecurityContext(context);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.getContentTypes();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... values) {
            return content.putContent(values);
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.hasContent(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @Test
    void aDroppedSceneFileOpensAsOpenSceneDoes(FxRobot robot) throws Exception {
        open(robot);
        Path file = dir.resolve("week3.gatelab");
        robot.interact(() -> {
            session.setAll(WorkspaceSettings.defaults().withCell(CellKind.GRU).withHiddenSize(5));
            session.timeline().setStep(4);
            share.save(file, SceneTab.WORKSPACE, List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS));
        });
        assertTrue(Files.readString(file).contains("cell: gru\n"), Files.readString(file));
        robot.interact(() -> {
            session.setAll(WorkspaceSettings.defaults());
            shell.workspace().showViews(List.of());
            shell.tabs().getSelectionModel().select(1);
        });
        drop(robot, file);
        assertEquals(WorkspaceSettings.defaults().withCell(CellKind.GRU).withHiddenSize(5), session.settings());
        assertEquals(4, session.timeline().step());
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), shell.workspace().shownViews());
        assertEquals("Opened the scene week3.gatelab.", wiring.noticeText());
    }

    @Test
    void aDroppedBrokenFileShowsItsProblemAndChangesNothing(FxRobot robot) throws Exception {
        open(robot);
        Path file = dir.resolve("broken.gatelab");
        Files.writeString(file, "cell: gru\nlayers: 9\n");
        drop(robot, file);
        assertEquals("broken.gatelab:2: \"layers\" must be between 1 and 3, got 9", wiring.noticeText());
        assertEquals(WorkspaceSettings.defaults(), session.settings());
    }
}
