package org.gatelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.gatelab.io.AppSettings;
import org.gatelab.io.SettingsStore;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.window.AppView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application remembers the theme and the presenter scale in the per-user folder: a second start reads
 * what the first one saved; a broken settings file is set aside and its message shown, and the app starts.
 */
class GateLabAppSettingsTest {
    @TempDir
    Path home;

    private static AppView shell(Stage stage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (AppView) stage.getScene().getRoot()).get();
    }

    /** Runs {@code body} with the per-user folder moved to {@link #home}. */
    private void withHome(ThrowingRunnable body) throws Exception {
        String before = System.getProperty("gatelab.home");
        System.setProperty("gatelab.home", home.toString());
        try {
            body.run();
        } finally {
            // the primary stage is shared with the other window tests: undo what the app set on it
            FxToolkit.setupStage(stage -> {
                stage.setMinWidth(0);
                stage.setMinHeight(0);
            });
            if (before == null) {
                System.clearProperty("gatelab.home");
            } else {
                System.setProperty("gatelab.home", before);
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aSecondStartHasTheThemeAndTheScaleOfTheFirst() throws Exception {
        withHome(() -> {
            Stage stage = FxToolkit.registerPrimaryStage();
            Application first = FxToolkit.setupApplication(GateLabApp.class);
            AppView shell = shell(stage);
            FxToolkit.setupFixture(() -> {
                shell.themeProperty().set(Theme.DARK);
                shell.presenter().setScale(2.5);
            });
            FxToolkit.cleanupApplication(first);
            AppSettings saved = new SettingsStore(home.resolve("settings.json")).load().settings();
            assertTrue(saved.darkTheme());
            assertEquals(2.5, saved.presenterScale());

            Application second = FxToolkit.setupApplication(GateLabApp.class);
            AppView again = shell(stage);
            assertEquals(Theme.DARK, again.themeProperty().get());
            assertEquals(2.5, again.presenter().scale());
            FxToolkit.cleanupApplication(second);
        });
    }

    @Test
    void aBrokenSettingsFileIsSetAsideWithAMessageAndTheAppStarts() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"gatelab\": \"settings\", \"presenter_scale\": \"big\"}");
        withHome(() -> {
            Stage stage = FxToolkit.registerPrimaryStage();
            Application app = FxToolkit.setupApplication(GateLabApp.class);
            AppView shell = shell(stage);
            String message = shell.settings().messageProperty().get();
            assertTrue(message.contains("presenter_scale"), message);
            assertTrue(WaitForAsyncUtils.asyncFx(() -> shell.lookup("#settings-notice").isVisible()).get(),
                    "the message is shown");
            assertEquals(Theme.LIGHT, shell.themeProperty().get(), "the defaults");
            try (var files = Files.list(home)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("settings.json.broken-")));
            }
            FxToolkit.cleanupApplication(app);
        });
    }
}
