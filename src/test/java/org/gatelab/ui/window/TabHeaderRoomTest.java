package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tabs are never drawn under the buttons laid over the window's top-right corner: at 1366×768 a lesson docked
 * beside the tabs left "Memory", "Language lab" and "Sequence to sequence" under Scene, Help and the type size.
 * Here the window is narrowed instead of docking a lesson: the tabs then get a row of their own under the corner.
 */
@ExtendWith(ApplicationExtension.class)
class TabHeaderRoomTest {
    private AppView shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct())), null);
        stage.setScene(new Scene(shell, 1600, 768));
        stage.show();
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> {
            stage.setWidth(width);
            shell.applyCss();
            shell.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(shell::layout);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every tab header of the window's tab pane is clear of the corner. */
    private void assertClear(FxRobot robot) {
        Bounds corner = shell.corner().localToScene(shell.corner().getLayoutBounds());
        int headers = 0;
        for (Node tab : robot.from(shell.tabs()).lookup(".tab").queryAll()) {
            if (tab.getParent() == null || !tab.getParent().getStyleClass().contains("headers-region")
                    || tab.getParent().getParent().getParent() != shell.tabs()) {
                continue;
            }
            headers++;
            Bounds b = tab.localToScene(tab.getLayoutBounds());
            assertFalse(b.intersects(corner), tab.getId() + " at " + b + " under the corner at " + corner);
        }
        assertEquals(shell.tabs().getTabs().size(), headers, "every tab's header looked at");
    }

    @Test
    void onAWideWindowTheTabsShareTheCornersRowAndOnANarrowOneTheyGetTheirOwn(FxRobot robot) {
        resize(robot, 1600);
        assertTrue(TabHeaderRoom.fits(shell.tabs(), shell.corner()));
        Bounds tabs = shell.tabs().localToScene(shell.tabs().getLayoutBounds());
        assertEquals(0, tabs.getMinY(), 0.5, "the tab row is the window's top row");
        assertClear(robot);

        resize(robot, 700);
        assertEquals(700, shell.tabs().getWidth(), 0.5);
        assertFalse(TabHeaderRoom.fits(shell.tabs(), shell.corner()), shell.tabs().getTabs().size() + " tabs, corner "
                + shell.corner().getWidth());
        tabs = shell.tabs().localToScene(shell.tabs().getLayoutBounds());
        Bounds corner = shell.corner().localToScene(shell.corner().getLayoutBounds());
        assertTrue(tabs.getMinY() >= corner.getMaxY(), "the tabs start below the corner: " + tabs + ", " + corner);
        assertClear(robot);

        resize(robot, 1600);
        tabs = shell.tabs().localToScene(shell.tabs().getLayoutBounds());
        assertEquals(0, tabs.getMinY(), 0.5, "back on the top row once there is room");
    }
}
