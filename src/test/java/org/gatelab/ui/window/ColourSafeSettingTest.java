package org.gatelab.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gatelab.io.SettingsStore;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.viewmodel.SettingsModel;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The corner's Colour-safe switch is remembered in the settings, like the theme, and a new window starts with it. */
@ExtendWith(ApplicationExtension.class)
class ColourSafeSettingTest {
    @TempDir
    Path dir;

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("settings.json"));
    }

    private AppView open(FxRobot robot, Stage[] stage) {
        AppView[] shell = new AppView[1];
        robot.interact(() -> {
            shell[0] = new AppView(TestApp.of(new WorkspaceViewModel(TaskRunner.direct()), null,
                    SettingsModel.load(store(), TaskRunner.direct())), null);
            if (stage[0] == null) {
                stage[0] = new Stage();
            }
            stage[0].setScene(new Scene(shell[0], 1366, 768));
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shell[0];
    }

    @Test
    void theSwitchIsSavedAndANewWindowStartsWithIt(FxRobot robot) {
        Stage[] stage = new Stage[1];
        AppView first = open(robot, stage);
        assertFalse(store().load().settings().colourVisionSafe(), "off by default");
        robot.clickOn("#colour-safe-palette");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT_SAFE, first.themeProperty().get());
        assertTrue(store().load().settings().colourVisionSafe(), "the switch is saved");
        assertFalse(store().load().settings().darkTheme(), "the theme is left as it was");

        AppView next = open(robot, stage);
        assertEquals(Theme.LIGHT_SAFE, next.themeProperty().get(), "a new window starts colour-safe");
        assertSame(Theme.LIGHT_SAFE.palette(), next.workspace().diagram().palette(), "the canvases draw in it");
        assertTrue(robot.lookup("#colour-safe-palette").queryAs(ToggleButton.class).isSelected());

        // T (or the Dark switch) keeps the option, and both are saved
        robot.interact(() -> next.themeProperty().set(next.themeProperty().get().other()));
        assertTrue(store().load().settings().colourVisionSafe());
        assertTrue(store().load().settings().darkTheme());
        robot.clickOn("#colour-safe-palette");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(store().load().settings().colourVisionSafe(), "switching it off is saved too");
        assertEquals(Theme.DARK, next.themeProperty().get());
        robot.interact(stage[0]::close);
    }
}
