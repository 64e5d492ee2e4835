package org.gatelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gatelab.render.Palette;
import org.gatelab.render.diagram.CellDiagramPainter;
import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramMarks;
import org.gatelab.render.diagram.DiagramValues;
import org.gatelab.render.diagram.Viewport;
import org.gatelab.ui.canvas.FxSurface;
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
 * Writes preview PNGs of the cell diagram to target/preview/diagram-*.png for people to look at: the LSTM,
 * GRU, RNN (tanh) and RNN (ReLU) at a 650x420 panel (a 1366x768 screen) and a 1600x1000 one, light and
 * dark, plus frames of a step's animation (pulses on the wires) and a highlighted gate.
 */
@ExtendWith(ApplicationExtension.class)
class CellDiagramPreviewTest {
    private static final Path DIR = Path.of("target/preview");
    private Scene scene;
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        scene = new Scene(root, 1700, 1100);
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void writesPreviews(FxRobot robot) {
        double[][] sizes = {{650, 420}, {1600, 1000}, {420, 270}};
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {  // the safe palettes: ColourVisionSafePaletteTest
            for (String cell : new String[] {"lstm", "gru", "rnn", "rnn-relu"}) {
                for (double[] size : sizes) {
                    robot.interact(() -> {
                        WorkspaceViewModel session = session(cell);
                        if (cell.equals("gru")) {
                            session.selection().highlightGate(Gate.Z);
                        }
                        CellDiagramView view = new CellDiagramView(session);
                        view.setPrefSize(size[0], size[1]);
                        root.getChildren().setAll(view);
                        theme.applyTo(scene);
                        root.applyCss();
                        root.layout();
                        WritableImage img = Snapshots.of(view);
                        Snapshots.savePng(img, DIR.resolve(String.format(Locale.ROOT, "diagram-%s-%dx%d-%s.png",
                                cell, (int) size[0], (int) size[1], theme.name().toLowerCase(Locale.ROOT))));
                        assertTrue(Snapshots.variance(img) > 0);
                    });
                }
            }
        }
    }

    @Test
    void writesFlowFrames(FxRobot robot) {
        for (CellKind kind : CellKind.values()) {
            for (double phase : new double[] {0.15, 0.5, 0.8}) {
                robot.interact(() -> {
                    WorkspaceViewModel session = session(kind.id());
                    DiagramValues v = DiagramValues.of(session.trace().layer(0), 7, 3);
                    DiagramLayout layout = DiagramLayout.of(kind, Nonlinearity.TANH);
                    Canvas canvas = new Canvas(650, 380);
                    FxSurface s = new FxSurface(canvas.getGraphicsContext2D(), 650, 380);
                    s.setFill(Palette.LIGHT.background());
                    s.fillRect(0, 0, 650, 380);
                    new CellDiagramPainter().paint(s, layout, Viewport.fit(layout, 8, 8, 634, 364), v, Palette.LIGHT,
                            new DiagramMarks(null, kind.blocks().get(0), phase));
                    WritableImage img = canvas.snapshot(null, null);
                    Snapshots.savePng(img, DIR.resolve(String.format(Locale.ROOT, "diagram-flow-%s-%02d.png",
                            kind.id(), (int) Math.round(phase * 100))));
                });
            }
        }
    }

    private static WorkspaceViewModel session(String cell) {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        if (cell.startsWith("rnn")) {
            session.setCell(CellKind.RNN);
            if (cell.endsWith("relu")) {
                session.setNonlinearity(Nonlinearity.RELU);
            }
        } else if (cell.equals("gru")) {
            session.setCell(CellKind.GRU);
        }
        session.timeline().setStep(7);
        session.selection().selectUnit(3);
        return session;
    }
}
