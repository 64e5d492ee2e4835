package org.gatelab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes preview PNGs of the heatmap views to target/preview/heatmap-*.png (LSTM with 8 and 64 units, 30 and
 * 200 steps, light and dark, at a 1366x768 panel size and a 2560x1440 one; a GRU with a highlighted gate and
 * an RNN), for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class HeatmapPreviewTest {
    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        // the headless screen is 1280x800: previews go into a scene that is never shown (snapshots work anyway)
        root = new Pane();
        scene = new Scene(root, 1400, 900);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        write(robot, CellKind.LSTM, new int[][] {{8, 30}, {64, 200}}, new double[][] {{650, 420}, {1280, 800}},
                new Theme[] {Theme.LIGHT, Theme.DARK});
        write(robot, CellKind.GRU, new int[][] {{8, 30}}, new double[][] {{650, 420}}, new Theme[] {Theme.LIGHT});
        write(robot, CellKind.RNN, new int[][] {{16, 60}}, new double[][] {{650, 420}}, new Theme[] {Theme.DARK});
    }

    private void write(FxRobot robot, CellKind cell, int[][] shapes, double[][] sizes, Theme[] themes) {
        for (Theme theme : themes) {
            for (int[] shape : shapes) {
                for (double[] size : sizes) {
                    for (int kind = 0; kind < 3; kind++) {
                        int k = kind;
                        robot.interact(() -> {
                            WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
                            session.setCell(cell);
                            session.timeline().setTransitionMillis(0);
                            session.setHiddenSize(shape[0]);
                            session.setLength(shape[1]);
                            session.timeline().setStep(shape[1] * 2 / 3);
                            session.selection().selectUnit(shape[0] / 3);
                            if (cell == CellKind.GRU) {
                                session.selection().highlightGate(Gate.Z);
                            }
                            CanvasView view = k == 0 ? new ActivationHeatmapView(session) : new GradientHeatmapView(session);
                            if (k == 2) {
                                ((GradientHeatmapView) view).setLogarithmic(true);
                            }
                            view.setPrefSize(size[0], size[1]);
                            root.getChildren().setAll(view);
                            theme.applyTo(scene);
                            root.applyCss();
                            root.layout();
                            WritableImage img = Snapshots.of(view);
                            String name = String.format(Locale.ROOT, "heatmap-%s-%s-h%d-t%d-%dx%d-%s.png",
                                    new String[] {"activations", "gradients", "gradients-log"}[k], cell.id(), shape[0], shape[1], (int) size[0],
                                    (int) size[1], theme.name().toLowerCase(Locale.ROOT));
                            Snapshots.savePng(img, Path.of("target/preview", name));
                            assertTrue(Snapshots.variance(img) > 0);
                        });
                    }
                }
            }
        }
    }
}
