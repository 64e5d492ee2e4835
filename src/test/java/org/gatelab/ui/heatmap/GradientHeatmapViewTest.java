package org.gatelab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.ColorMap;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.heatmap.ValueFormat;
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
import org.testfx.util.WaitForAsyncUtils;

/** The gradient heatmap against the trace: dL/d(pre-activation) of each block, selector, markers, clicks. */
@ExtendWith(ApplicationExtension.class)
class GradientHeatmapViewTest {
    private WorkspaceViewModel session;
    private GradientHeatmapView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new GradientHeatmapView(session);
        scene = new Scene(view, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private LayerTrace layer() {
        return session.trace().layer(session.selection().layer());
    }

    /** For every block of the cell: the map equals dL/d(pre-activation) of the trace, on ±max|grad|. */
    private void assertEveryBlockMatchesTrace(FxRobot robot) {
        LayerTrace l = layer();
        assertTrue(l.hasGradients());
        for (Gate g : l.cell().blocks()) {
            robot.interact(() -> view.selectGate(g));
            assertEquals(g, view.shownGate());
            assertEquals(List.of(g.symbol()), view.shownMaps());
            HeatmapData d = page().mapData(g.symbol()).orElseThrow();
            assertEquals(ColorMap.diverging(), d.colorMap());
            assertEquals(l.maxAbsGradPreActivation(g), d.max());
            assertEquals(-l.maxAbsGradPreActivation(g), d.min());
            for (int u = 0; u < l.hiddenSize(); u++) {
                for (int t = 0; t < l.length(); t++) {
                    assertEquals(l.gradPreActivation(t, 0, g, u), page().valueAt(g.symbol(), u, t), 0.0,
                            g.symbol() + " unit " + u + " t " + t);
                }
            }
        }
    }

    @Test
    void lstmGruAndRnnGradientsMatchTheTrace(FxRobot robot) {
        assertEquals(Gate.F, view.shownGate(), "the LSTM starts on the forget gate");
        assertEveryBlockMatchesTrace(robot);
        robot.interact(() -> session.setCell(CellKind.GRU));
        assertEquals(Gate.Z, view.shownGate());
        assertEveryBlockMatchesTrace(robot);
        robot.interact(() -> session.setCell(CellKind.RNN));
        assertEquals(Gate.A, view.shownGate());
        assertEveryBlockMatchesTrace(robot);
    }

    @Test
    void theSelectorListsTheCellsBlocks(FxRobot robot) {
        assertTrue(robot.lookup("#grad-i").tryQuery().isPresent());
        assertTrue(robot.lookup("#grad-o").tryQuery().isPresent());
        robot.clickOn("#grad-i");
        assertEquals(Gate.I, view.shownGate());
        assertEquals(layer().gradPreActivation(29, 0, Gate.I, 4), page().valueAt("i", 4, 29));
        robot.clickOn("#grad-i");
        assertEquals(Gate.I, view.shownGate(), "clicking the selected block keeps it");

        robot.interact(() -> session.setCell(CellKind.GRU));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#grad-i").tryQuery().isPresent());
        robot.clickOn("#grad-r");
        assertEquals(Gate.R, view.shownGate());
        // a lesson's highlighted gate selects its block
        robot.interact(() -> session.selection().highlightGate(Gate.N));
        assertEquals(Gate.N, view.shownGate());
    }

    @Test
    void theLogScaleChangesColoursNotValues(FxRobot robot) {
        robot.clickOn("#grad-log");
        assertTrue(view.logarithmic());
        HeatmapData d = page().mapData("f").orElseThrow();
        assertTrue(d.logarithmic());
        assertEquals(layer().maxAbsGradPreActivation(Gate.F), d.max());
        assertEquals(layer().gradPreActivation(3, 0, Gate.F, 2), page().valueAt("f", 2, 3));
    }

    @Test
    void clickingACellSelectsItsUnitAndStepAndHoverShowsTheValue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D p = page().cellCenter("f", 6, 25).orElseThrow();
        robot.clickOn(view.localToScreen(p));
        assertEquals(6, session.selection().unit());
        assertEquals(25, session.timeline().step());
        assertEquals(6, view.markerUnit());
        assertEquals(25, view.markerStep());
        assertEquals(new HeatmapHit("f", 6, 25), view.cellAt(p.getX(), p.getY()).orElseThrow());
        assertEquals("dL/d pre-f · unit 6 · t = 25: "
                + ValueFormat.readout(layer().gradPreActivation(25, 0, Gate.F, 6)), page().currentTooltip());
    }

    @Test
    void theMarkersFollowTheTimelineAndSelection(FxRobot robot) {
        robot.interact(() -> {
            session.timeline().setStep(9);
            session.selection().selectUnit(2);
        });
        assertEquals(9, view.markerStep());
        assertEquals(2, view.markerUnit());
        robot.interact(() -> session.timeline().toEnd());
        assertEquals(29, view.markerStep());
    }

    @Test
    void snapshotIsNotBlank(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(Snapshots.of(view)));
        assertTrue(Snapshots.variance(img.get()) > 100, "variance " + Snapshots.variance(img.get()));
    }

    /** What the view shows, read through its page object. */
    private HeatmapPage page() {
        return new HeatmapPage(view);
    }
}
