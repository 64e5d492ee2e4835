package org.gatelab.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.CourseWindow;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.ui.window.AppView;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes pictures of the whole window to target/preview/window-*.png for people to look at, on the projector's
 * screen (1366 x 768, the "projector" test run's): presenter mode at 1.5x and 3x, light and dark, with the
 * workspace's views and with a lesson step and its caption; and the workspace outside presenter mode.
 */
@Tag("projector")
@ExtendWith(ApplicationExtension.class)
class WindowPreviewTest {
    private static final Path DIR = Path.of("target/preview");
    @TempDir
    Path user;
    private Stage stage;
    private AppView shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = CourseWindow.of(user);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private void shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            WritableImage img = Snapshots.of(stage.getScene().getRoot());
            Snapshots.savePng(img, DIR.resolve("window-" + name + ".png"));
            assertTrue(Snapshots.variance(img) > 0);
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void writesPreviews(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(1));
        shoot(robot, "workspace-1366x768-light");
        robot.interact(() -> shell.themeProperty().set(Theme.DARK));
        shoot(robot, "workspace-1366x768-dark");
        robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.DIAGRAM, ViewKind.ACTIVATIONS)));
        shoot(robot, "workspace-two-views-1366x768-dark");
        robot.interact(() -> shell.workspace().showViews(List.of()));
        for (Theme theme : Theme.values()) {
            String t = theme.name().toLowerCase(Locale.ROOT);
            robot.interact(() -> shell.themeProperty().set(theme));
            for (double scale : new double[] {1.5, 2.25, 3}) {
                String s = String.format(Locale.ROOT, "%.1fx", scale);
                robot.interact(() -> {
                    shell.player().close();
                    shell.workspace().showViews(List.of());
                    shell.presenter().setScale(scale);
                    shell.presenter().enter();
                });
                shoot(robot, "presenter-" + s + "-" + t);
                robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.UNROLLED, ViewKind.WHH)));
                shoot(robot, "presenter-unrolled-whh-" + s + "-" + t);
                robot.interact(() -> shell.workspace().showViews(List.of(ViewKind.DIAGRAM)));
                shoot(robot, "presenter-diagram-" + s + "-" + t);
                robot.interact(() -> {
                    shell.presenter().exit();
                    shell.player().open(CourseWindow.lesson(shell, "01"));
                    shell.player().goTo(2);
                    shell.presenter().enter();
                });
                shoot(robot, "presenter-lesson-" + s + "-" + t);
                robot.interact(() -> shell.presenter().exit());
            }
        }
    }
}
