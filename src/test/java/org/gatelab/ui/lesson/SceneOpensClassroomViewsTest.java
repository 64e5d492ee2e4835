package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.workspace.WorkspacePage;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: a lesson step's scene opens the network unrolled in time and the matrix W_hh in the real window (their
 * panels' tabs selected, the other views hidden), and the next step's scene brings the diagram back.
 */
@ExtendWith(ApplicationExtension.class)
class SceneOpensClassroomViewsTest {
    private static final String LESSON = """
            ---
            id: 90-unrolled
            title: Unrolled and W_hh
            summary: A step that opens the two classroom views.
            level: beginner
            minutes: 2
            ---
            ## Unrolled
            ```scene
            cell: rnn
            hidden: 4
            seed: 1
            views: [unrolled, whh]
            ```
            The network unrolled, and its recurrent matrix.

            ## Back to the cell
            ```scene
            views: [diagram, equations]
            ```
            The cell again.
            """;
    @TempDir
    Path user;
    private AppView shell;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(user.resolve("lessons"));
        Files.writeString(user.resolve("lessons/90-unrolled.md"), LESSON);
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @Test
    void aStepsSceneOpensTheUnrolledNetworkAndWhh(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(shell.tabs().getTabs().stream()
                .filter(t -> "tab-workspace".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WorkspacePage page = new WorkspacePage(shell.workspace());
        robot.interact(() -> shell.player().open(CourseWindow.lesson(shell, "90")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ViewKind.UNROLLED, ViewKind.WHH), shell.workspace().shownViews());
        assertTrue(page.onScreen(ViewKind.UNROLLED) && page.onScreen(ViewKind.WHH));
        robot.interact(() -> shell.player().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS), shell.workspace().shownViews());
        assertTrue(page.onScreen(ViewKind.DIAGRAM));
    }
}
