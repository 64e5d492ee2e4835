package org.gatelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes preview PNGs of the equation view to target/preview/equations-*.png: LSTM (forget gate highlighted),
 * GRU, RNN tanh and relu at step 7, unit 3, in a 650x420 and a 1600x900 panel, light and dark.
 */
@ExtendWith(ApplicationExtension.class)
class EquationPreviewTest {
    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        // previews go into a scene that is never shown (the headless screen is small; snapshots work anyway)
        root = new Pane();
        scene = new Scene(root, 1700, 1000);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        String[] names = {"lstm", "gru", "rnn-tanh", "rnn-relu"};
        CellKind[] cells = {CellKind.LSTM, CellKind.GRU, CellKind.RNN, CellKind.RNN};
        Nonlinearity[] nls = {Nonlinearity.TANH, Nonlinearity.TANH, Nonlinearity.TANH, Nonlinearity.RELU};
        double[][] sizes = {{650, 420}, {1600, 900}};
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {  // the safe palettes: ColourVisionSafePaletteTest
            for (double[] size : sizes) {
                for (int k = 0; k < names.length; k++) {
                    int i = k;
                    robot.interact(() -> {
                        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
                        session.timeline().setTransitionMillis(0);
                        session.setCell(cells[i]);
                        session.setNonlinearity(nls[i]);
                        session.timeline().setStep(7);
                        session.selection().selectUnit(3);
                        if (cells[i] == CellKind.LSTM) {
                            session.selection().highlightGate(Gate.F);
                        }
                        EquationView view = new EquationView(session);
                        view.setPrefSize(size[0], size[1]);
                        view.resize(size[0], size[1]);
                        root.getChildren().setAll(view);
                        theme.applyTo(scene);
                        root.applyCss();
                        root.layout();
                        WritableImage img = Snapshots.of(view);
                        String name = String.format(Locale.ROOT, "equations-%s-%dx%d-%s.png", names[i], (int) size[0],
                                (int) size[1], theme.name().toLowerCase(Locale.ROOT));
                        Snapshots.savePng(img, Path.of("target/preview", name));
                        assertTrue(Snapshots.variance(img) > 0);
                    });
                }
            }
        }
    }
}
