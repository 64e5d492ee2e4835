package org.gatelab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.io.SettingsStore;
import org.gatelab.render.Palette;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.workspace.WorkspaceView;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode in the real window, driven by the keys as a teacher would: F5 in and out, the chrome hidden, the
 * views toggled by digits, zoom, the type scale reaching the canvases, the high-contrast palette, the key overlay,
 * and the theme and the scale remembered for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterWindowTest {
    @TempDir
    Path dir;
    private Stage stage;
    private WorkspaceViewModel session;
    private AppView shell;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.json"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = new AppView(TestApp.of(session, null, SettingsModel.load(store(), TaskRunner.direct())), null);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    @AfterEach
    void leaveFullScreen(FxRobot robot) {
        robot.interact(() -> {
            shell.presenter().exit();
            stage.setFullScreen(false);
        });
    }

    private WorkspaceView workspace() {
        return shell.workspace();
    }

    /** Focus a node first (TestFX issue #749), then press the keys. */
    private void press(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> shell.requestFocus());
        for (KeyCode k : keys) {
            robot.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String text) {
        robot.interact(() -> shell.requestFocus());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    void f5PresentsFullScreenWithoutTheChromeAndF5OrEscLeaves(FxRobot robot) {
        Node tabHeaders = shell.tabs().lookup(".tab-header-area");
        Node status = robot.lookup("#status").query();
        assertTrue(workspace().controlsShown());
        assertTrue(treeVisible(status));
        assertTrue(tabHeaders.getLayoutBounds().getHeight() > 10);

        press(robot, KeyCode.F5);
        assertTrue(shell.presenter().isPresenting());
        assertTrue(stage.isFullScreen(), "full screen");
        assertEquals("", stage.getFullScreenExitHint(), "no exit hint text");
        assertEquals("tab-workspace", shell.tabs().getSelectionModel().getSelectedItem().getId());
        assertFalse(workspace().controlsShown(), "the settings on the left are hidden");
        assertFalse(treeVisible(status), "the status line is hidden");
        assertFalse(treeVisible(robot.lookup("#dark-theme").query()), "the corner's controls are hidden");
        assertTrue(!tabHeaders.isVisible() || tabHeaders.getLayoutBounds().getHeight() < 1,
                "the tab headers are hidden");
        assertTrue(treeVisible(robot.lookup("#play").query()), "the timeline stays");
        assertTrue(shell.getStyleClass().contains(PresenterLook.PRESENTING));

        press(robot, KeyCode.F5);
        assertFalse(shell.presenter().isPresenting());
        assertFalse(stage.isFullScreen());
        assertTrue(workspace().controlsShown());
        assertTrue(treeVisible(status));

        press(robot, KeyCode.F5);
        assertTrue(shell.presenter().isPresenting());
        press(robot, KeyCode.ESCAPE);
        assertFalse(shell.presenter().isPresenting(), "Esc leaves too");
        assertFalse(stage.isFullScreen());
    }

    @Test
    void presenterModeUsesTheHighContrastPaletteOfTheTheme(FxRobot robot) {
        assertEquals(Palette.LIGHT, workspace().diagram().palette());
        press(robot, KeyCode.F5);
        assertEquals(Palette.PRESENTER_LIGHT, workspace().diagram().palette());
        assertEquals(Palette.PRESENTER_LIGHT, workspace().gradientFlow().lookupAll(".gradient-flow-plot").stream()
                .map(n -> ((org.gatelab.ui.canvas.CanvasView) n).palette()).findFirst().orElseThrow());
        assertTrue(Palette.PRESENTER_LIGHT.lineWeight() > 1, "heavier strokes");
        press(robot, KeyCode.T);
        assertEquals(Theme.DARK, shell.themeProperty().get());
        assertEquals(Palette.PRESENTER_DARK, workspace().heatmaps().palette());
        press(robot, KeyCode.F5);
        assertEquals(Palette.DARK, workspace().heatmaps().palette());
        assertEquals(1, workspace().heatmaps().drawingScale());
        press(robot, KeyCode.T);
        assertEquals(Theme.LIGHT, shell.themeProperty().get(), "T works outside presenter mode too");
    }

    @Test
    void digitsShowAndHideTheViewsAndZZooms(FxRobot robot) {
        press(robot, KeyCode.F5);
        assertEquals(List.of(ViewKind.DIAGRAM, ViewKind.EQUATIONS, ViewKind.ACTIVATIONS, ViewKind.GRADIENT_FLOW),
                workspace().shownViews());
        press(robot, KeyCode.DIGIT2);
        assertFalse(workspace().viewShown(ViewKind.EQUATIONS));
        assertTrue(workspace().viewShown(ViewKind.DIAGRAM));
        press(robot, KeyCode.DIGIT4);
        assertTrue(workspace().viewShown(ViewKind.GRADIENT_HEATMAP));
        assertFalse(workspace().viewShown(ViewKind.ACTIVATIONS), "the other tab of the panel gives way");
        press(robot, KeyCode.DIGIT5, KeyCode.DIGIT1);
        assertEquals(List.of(ViewKind.GRADIENT_HEATMAP), workspace().shownViews());
        press(robot, KeyCode.DIGIT6, KeyCode.NUMPAD2);
        assertEquals(List.of(ViewKind.EQUATIONS, ViewKind.GRADIENT_HEATMAP, ViewKind.CONNECTIVITY),
                workspace().shownViews());

        press(robot, KeyCode.Z);
        assertEquals("Equations", workspace().zoomedTitle(), "Z zooms into the first shown view");
        press(robot, KeyCode.Z);
        assertNull(workspace().zoomedTitle());

        press(robot, KeyCode.F5);
        press(robot, KeyCode.DIGIT3);
        assertTrue(workspace().viewShown(ViewKind.ACTIVATIONS), "the digits work outside presenter mode too");
    }

    @Test
    void theScaleReachesTheCanvasesAndPlusAndMinusChangeIt(FxRobot robot) {
        robot.interact(() -> shell.presenter().setScale(2));
        press(robot, KeyCode.F5);
        press(robot, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT5);
        assertEquals(List.of(ViewKind.DIAGRAM), workspace().shownViews());
        var diagram = workspace().diagram();
        assertEquals(2, diagram.drawingScale(), 1e-9, "the only view gets the whole scale");
        Dimension2D drawn = diagram.lastDrawingSize();
        assertEquals(diagram.canvas().getWidth() / 2, drawn.getWidth(), 1e-9, "the painter draws into width / 2");
        assertEquals(diagram.canvas().getHeight() / 2, drawn.getHeight(), 1e-9);
        assertTrue(shell.getStyle().contains("-fx-font-size"), "the controls' type grows too: " + shell.getStyle());

        assertFalse(shell.scaleBadge().isVisible(), "no note before a key changes the scale");
        write(robot, "+");
        assertEquals(2.25, shell.presenter().scale());
        assertTrue(shell.scaleBadge().isVisible(), "the presenter sees what + did");
        assertEquals("Type 2.25\u00D7", shell.scaleBadge().getText());
        assertEquals(2.25, diagram.drawingScale(), 1e-9);
        assertEquals(diagram.canvas().getWidth() / 2.25, diagram.lastDrawingSize().getWidth(), 1e-9);
        write(robot, "--");
        assertEquals(1.75, shell.presenter().scale());
        assertEquals(1.75, diagram.drawingScale(), 1e-9);

        // four views on a laptop screen: every view takes the whole scale, so + grows them all together
        robot.interact(() -> workspace().showViews(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shell.presenter().setScale(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, workspace().equations().drawingScale(), 1e-9, "never capped");
        assertEquals(3, workspace().heatmaps().drawingScale(), 1e-9);

        press(robot, KeyCode.F5);
        assertFalse(shell.scaleBadge().isVisible(), "leaving presenter mode takes the note away");
        assertEquals(1, diagram.drawingScale());
        write(robot, "+");
        assertEquals(3, shell.presenter().scale(), "+ and - act only while presenting");
    }

    /**
     * Issue 14, defect 5: pressing 1 in presenter mode and then Esc left the workspace without its diagram and with no
     * visible way back; a view hidden while the theme changed came back in the old palette.
     */
    @Test
    void presenterModesKeysLastOnlyWhilePresentingAndHiddenViewsFollowTheTheme(FxRobot robot) {
        page();
        press(robot, KeyCode.F5);
        press(robot, KeyCode.DIGIT1, KeyCode.Z);
        assertFalse(workspace().shownViews().contains(ViewKind.DIAGRAM));
        assertFalse(page().onScreen(ViewKind.DIAGRAM), "hidden for the class");
        press(robot, KeyCode.T);
        press(robot, KeyCode.ESCAPE);
        assertTrue(page().viewShown(ViewKind.DIAGRAM), "the diagram is back after Esc");
        assertNull(workspace().zoomedTitle(), "and the zoom undone");
        assertEquals(Palette.DARK, page().diagram().palette(), "in the theme chosen while it was hidden");
        assertEquals(1, page().diagram().drawingScale());
        assertFalse(treeVisible(robot.lookup("#show-all-views").query()), "nothing hidden, nothing to bring back");

        press(robot, KeyCode.DIGIT1);
        assertFalse(page().viewShown(ViewKind.DIAGRAM), "outside presenter mode the keys change the workspace");
        assertTrue(treeVisible(robot.lookup("#show-all-views").query()), "with a visible way back");
        robot.clickOn("#show-all-views");
        assertTrue(page().viewShown(ViewKind.DIAGRAM));
        assertFalse(treeVisible(robot.lookup("#show-all-views").query()));
    }

    private org.gatelab.ui.workspace.WorkspacePage page;

    private org.gatelab.ui.workspace.WorkspacePage page() {
        if (page == null) {
            page = new org.gatelab.ui.workspace.WorkspacePage(workspace());
        }
        return page;
    }

    @Test
    void questionMarkShowsTheKeysAndEscHidesThemFirst(FxRobot robot) {
        press(robot, KeyCode.F5);
        assertFalse(shell.keyHelp().isShown());
        write(robot, "?");
        assertTrue(shell.keyHelp().isShown());
        assertTrue(treeVisible(robot.lookup("#key-help").query()));
        List<String> lines = shell.keyHelp().lines();
        for (String key : List.of("F5", "Space", "PgDn", "1  2", "Z", "T", "?")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(key)), key + " in " + lines);
        }
        assertTrue(robot.lookup(".key-help-action").queryAll().size() == KeyHelp.ALL.size());
        press(robot, KeyCode.ESCAPE);
        assertFalse(shell.keyHelp().isShown());
        assertTrue(shell.presenter().isPresenting(), "the first Esc only closes the overlay");
        write(robot, "?");
        write(robot, "?");
        assertFalse(shell.keyHelp().isShown(), "? again hides it");
        press(robot, KeyCode.ESCAPE);
        assertFalse(shell.presenter().isPresenting());
    }

    @Test
    void keysTypedIntoAFieldStayInTheField(FxRobot robot) {
        robot.clickOn("#hidden-size");
        robot.write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace().viewShown(ViewKind.EQUATIONS), "2 typed into the hidden size is not a view key");
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.presenter().isPresenting(), "F5 always presents");
    }

    @Test
    void theThemeAndTheScaleAreSavedAndANewWindowStartsWithThem(FxRobot robot) {
        press(robot, KeyCode.F5);
        write(robot, "++");
        press(robot, KeyCode.T, KeyCode.F5);
        SettingsStore.Loaded saved = store().load();
        assertTrue(saved.settings().darkTheme());
        assertEquals(shell.presenter().scale(), saved.settings().presenterScale());

        robot.interact(() -> {
            AppView next = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct()), null,
                    SettingsModel.load(store(), TaskRunner.direct())), null);
            stage.setScene(new Scene(next, 1366, 768));
            shell = next;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, shell.themeProperty().get());
        assertEquals(Palette.DARK, workspace().diagram().palette());
        assertTrue(robot.lookup("#dark-theme").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertEquals(saved.settings().presenterScale(), shell.presenter().scale());
        robot.clickOn("#dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(store().load().settings().darkTheme(), "the Dark switch is remembered too");
    }

    @Test
    void aWindowThatStartsDarkKeepsUnselectedToggleTextReadable(FxRobot robot) throws Exception {
        store().save(org.gatelab.io.AppSettings.defaults().withDarkTheme(true));
        robot.interact(() -> {
            shell = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct()), null,
                    SettingsModel.load(store(), TaskRunner.direct())), null);
            stage.setScene(new Scene(shell, 1366, 768));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> workspace().heatmaps().setShownMaps(List.of("i")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text text = (javafx.scene.text.Text) robot.lookup("#show-o").query().lookup(".text");
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) text.getFill();
        assertTrue(fill.getBrightness() > 0.5, "light text on the dark theme, was " + fill);
    }
}
