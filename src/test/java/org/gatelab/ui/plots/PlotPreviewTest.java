package org.gatelab.ui.plots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes preview PNGs of the plot views to target/preview/plot-*.png for people to look at: the RNN / LSTM /
 * GRU overlay at length 100, an exploding RNN (W_hh scale 3), the LSTM's own curve, and the connectivity view
 * for each cell; light and dark; at a 650x420 panel size and a 1600x900 one.
 */
@ExtendWith(ApplicationExtension.class)
class PlotPreviewTest {
    private static final double[][] SIZES = {{650, 420}, {1600, 900}};

    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        // the headless screen is small: previews go into a scene that is never shown (snapshots work anyway)
        root = new Pane();
        scene = new Scene(root, 1700, 1000);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        write(robot, "flow-overlay-t100", s -> {
            s.setLength(100);
            s.timeline().setStep(70);
        }, s -> {
            GradientFlowView v = new GradientFlowView(s);
            v.setOverlay(true);
            return v;
        });
        write(robot, "flow-exploding-rnn", s -> {
            s.setCell(CellKind.RNN);
            s.setInit(InitScheme.ORTHOGONAL);
            s.setHiddenSize(32);
            s.setLength(100);
            s.setRecurrentScale(3);
            s.timeline().setStep(40);
        }, GradientFlowView::new);
        write(robot, "flow-exploding-relu", s -> {
            s.setCell(CellKind.RNN);
            s.setNonlinearity(Nonlinearity.RELU);
            s.setInit(InitScheme.XAVIER);
            s.setSource(SequenceKind.ADDING);
            s.setLength(100);
            s.setRecurrentScale(3);
            s.timeline().setStep(99);
        }, GradientFlowView::new);
        write(robot, "flow-lstm-t30", s -> s.timeline().setStep(12), GradientFlowView::new);
        write(robot, "flow-vanishing-rnn", s -> {
            s.setCell(CellKind.RNN);
            s.setLength(100);
            s.setRecurrentScale(0.3);
            s.timeline().setStep(40);
        }, GradientFlowView::new);
        for (CellKind cell : CellKind.values()) {
            write(robot, "connectivity-" + cell.id(), s -> {
                s.setCell(cell);
                s.setLength(60);
                s.setGateBias(3);
                s.setRecurrentScale(2);
                s.timeline().setStep(45);
            }, ConnectivityView::new);
        }
    }

    private void write(FxRobot robot, String name, Consumer<WorkspaceViewModel> setup, Function<WorkspaceViewModel, Region> make) {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {  // the safe palettes: ColourVisionSafePaletteTest
            for (double[] size : SIZES) {
                robot.interact(() -> {
                    WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
                    session.timeline().setTransitionMillis(0);
                    setup.accept(session);
                    Region view = make.apply(session);
                    view.resize(size[0], size[1]);
                    view.setPrefSize(size[0], size[1]);
                    root.getChildren().setAll(view);
                    theme.applyTo(scene);
                    root.applyCss();
                    root.layout();
                    view.applyCss();
                    view.layout();
                    WritableImage img = Snapshots.of(view);
                    Snapshots.savePng(img, Path.of("target/preview", String.format(Locale.ROOT,
                            "plot-%s-%dx%d-%s.png", name, (int) size[0], (int) size[1],
                            theme.name().toLowerCase(Locale.ROOT))));
                    assertTrue(Snapshots.variance(img) > 0);
                });
            }
        }
    }
}
