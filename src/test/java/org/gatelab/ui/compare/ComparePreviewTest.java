package org.gatelab.ui.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.compare.CompareMode;
import org.gatelab.viewmodel.compare.CompareViewModel;
import org.gatelab.vocabulary.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes preview PNGs of the comparison lab to target/preview/training-compare-*.png for people to look at: a
 * finished comparison on a small adding problem, a finished length sweep, and the view before any run; light
 * and dark, at the tab's size in a 1366x768 window (1366x700) and at 1900x1100. Small settings, so it stays
 * fast; the numbers are real.
 */
@ExtendWith(ApplicationExtension.class)
class ComparePreviewTest {
    private static final double[][] SIZES = {{1366, 700}, {1900, 1100}};

    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        scene = new Scene(root, 1950, 1150);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        CompareViewModel single = new CompareViewModel(Runnable::run);
        CompareViewModel sweep = new CompareViewModel(Runnable::run);
        CompareViewModel idle = new CompareViewModel(Runnable::run);
        robot.interact(() -> {
            single.setTaskKind(TaskKind.ADDING);
            single.setTaskField("length", 20);
            single.setTaskField("train", 1000);
            single.setTaskField("validation", 200);
            single.setHidden(16);
            single.setEpochs(10);
            single.start();
            single.drain();

            sweep.setMode(CompareMode.SWEEP);
            sweep.setTaskField("train", 800);
            sweep.setTaskField("validation", 100);
            sweep.setHidden(16);
            sweep.setEpochs(8);
            sweep.setLengths("10, 30, 60");
            sweep.start();
            sweep.drain();
        });
        write(robot, "single", single);
        write(robot, "sweep", sweep);
        write(robot, "idle", idle);
    }

    private void write(FxRobot robot, String name, CompareViewModel model) {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {  // the safe palettes: ColourVisionSafePaletteTest
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    CompareView view = new CompareView(model);
                    view.resize(size[0], size[1]);
                    view.setPrefSize(size[0], size[1]);
                    root.getChildren().setAll(view);
                    theme.applyTo(scene);
                    root.applyCss();
                    root.layout();
                    view.applyCss();
                    view.layout();
                    view.layout();
                    WritableImage img = Snapshots.of(view);
                    Snapshots.savePng(img, Path.of("target/preview", String.format(Locale.ROOT,
                            "training-compare-%s-%dx%d-%s.png", name, (int) size[0], (int) size[1],
                            theme.name().toLowerCase(Locale.ROOT))));
                    assertTrue(Snapshots.variance(img) > 0);
                });
            }
        }
    }
}
