package org.gatelab.ui.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
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

/** Connectivity (||dL/dx_t||) and gate saturation against the trace. */
@ExtendWith(ApplicationExtension.class)
class ConnectivityViewTest {
    private WorkspaceViewModel session;
    private ConnectivityView view;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new ConnectivityView(session);
        Scene scene = new Scene(view, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void assertMatchesTrace(List<Gate> expectedGates) {
        Trace trace = session.trace();
        LayerTrace input = trace.layer(0);
        assertEquals(List.of(ConnectivityView.INPUT_GRADIENT), page().seriesNames());
        double[] shown = page().shownCurve(ConnectivityView.INPUT_GRADIENT);
        assertEquals(input.length(), shown.length);
        for (int t = 0; t < input.length(); t++) {
            assertEquals(input.gradInputNorm(t), shown[t], 0.0, "||dL/dx_t|| at t = " + t);
        }
        LayerTrace layer = trace.layer(session.selection().layer());
        assertEquals(expectedGates, page().shownGates());
        for (Gate g : expectedGates) {
            assertArrayEquals(layer.saturation(g, 0.1, 0.9), page().shownSaturation(g), 0.0, g.title());
        }
    }

    @Test
    void lstmGruAndRnnMatchTheTrace(FxRobot robot) {
        assertMatchesTrace(List.of(Gate.I, Gate.F, Gate.O));
        assertThrows(IllegalArgumentException.class, () -> page().shownSaturation(Gate.G), "g is a tanh block");
        robot.interact(() -> session.setCell(CellKind.GRU));
        assertMatchesTrace(List.of(Gate.R, Gate.Z));
        robot.interact(() -> session.setCell(CellKind.RNN));
        assertMatchesTrace(List.of());
        assertEquals(ConnectivityView.NO_GATES, page().saturationNote());
        assertThrows(IllegalArgumentException.class, () -> page().shownSaturation(Gate.A));
    }

    @Test
    void saturationFollowsTheGateBias(FxRobot robot) {
        robot.interact(() -> session.setGateBias(5));
        assertMatchesTrace(List.of(Gate.I, Gate.F, Gate.O));
        assertTrue(page().shownSaturation(Gate.F)[1] > 0.5, "a bias of 5 holds the forget gate open");
        robot.interact(() -> session.setGateBias(-5));
        assertTrue(page().shownSaturation(Gate.F)[0] > 0.5, "a bias of -5 holds it closed");
    }

    @Test
    void theInputPlotStaysOnLayerZeroWhileTheBarsFollowTheSelectedLayer(FxRobot robot) {
        robot.interact(() -> {
            session.setCell(CellKind.GRU);
            session.setLayers(2);
            session.selection().selectLayer(1);
        });
        assertMatchesTrace(List.of(Gate.R, Gate.Z));
    }

    @Test
    void theMarkerFollowsTheTimelineAndTheSnapshotIsNotBlank(FxRobot robot) {
        robot.interact(() -> session.timeline().setStep(11));
        assertEquals(11, view.markerStep(), 0.0);
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> {
            view.layout();
            img.set(Snapshots.of(view));
        });
        assertTrue(Snapshots.variance(img.get()) > 0);
        assertTrue(page().plotLayout() != null && page().plotLayout().frame().w() > 400);
    }

    /** What the view shows, read through its page object. */
    private ConnectivityPage page() {
        return new ConnectivityPage(view);
    }
}
