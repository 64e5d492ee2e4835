package org.gatelab.ui.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Palette;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.ui.canvas.Theme;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The gradient-flow plot against the trace: its curves, the overlay, the sliders, the marker. */
@ExtendWith(ApplicationExtension.class)
class GradientFlowViewTest {
    private WorkspaceViewModel session;
    private GradientFlowView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new GradientFlowView(session);
        scene = new Scene(view, 900, 600);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    private LayerTrace layer() {
        Trace trace = session.trace();
        return trace.layer(session.selection().layer());
    }

    /** ||dL/dh_t|| and the step Jacobian norm, exactly as the selected layer recorded them. */
    private void assertCurvesMatchTrace() {
        LayerTrace l = layer();
        assertEquals(List.of(GradientFlowView.GRADIENT, GradientFlowView.JACOBIAN), page().seriesNames());
        double[] grad = page().shownCurve(GradientFlowView.GRADIENT);
        double[] jac = page().shownCurve(GradientFlowView.JACOBIAN);
        assertEquals(l.length(), grad.length);
        assertEquals(l.length(), jac.length);
        for (int t = 0; t < l.length(); t++) {
            assertEquals(l.gradHiddenNorm(t), grad[t], 0.0, "||dL/dh_t|| at t = " + t);
            assertEquals(l.stepJacobianNorm(t, 0), jac[t], 0.0, "step Jacobian at t = " + t);
        }
        assertArrayEquals(l.gradHiddenNormCurve(), grad, 0.0);
    }

    @Test
    void curvesEqualTheTraceForEveryCell(FxRobot robot) {
        assertCurvesMatchTrace();
        assertTrue(page().heading().contains("LSTM"));
        assertTrue(page().caption().contains("t = 29"), page().caption());
        assertTrue(page().caption().contains("vanishing"));
        assertEquals(1, page().shownPlot().references().get(0).y(), 0.0, "a reference line at ||∂h_t/∂h_t-1|| = 1");
        assertTrue(((LogAxis) page().shownPlot().yAxis()).highExponent() >= 1, "with room above it");
        robot.interact(() -> session.setCell(CellKind.GRU));
        assertCurvesMatchTrace();
        robot.interact(() -> session.setCell(CellKind.RNN));
        assertCurvesMatchTrace();
        assertTrue(page().heading().contains("RNN"));
    }

    @Test
    void theSelectedLayerIsShown(FxRobot robot) {
        robot.interact(() -> {
            session.setLayers(2);
            session.selection().selectLayer(1);
        });
        assertEquals(1, session.selection().layer());
        assertCurvesMatchTrace();
        assertTrue(page().heading().contains("layer 2 of 2"), page().heading());
        robot.interact(() -> session.selection().selectLayer(0));
        assertCurvesMatchTrace();
    }

    @Test
    void theOverlayShowsTheThreeCellsOfTheComparison(FxRobot robot) {
        robot.interact(() -> session.setLength(100));
        robot.interact(() -> view.setOverlay(true));
        assertTrue(view.overlay());
        assertTrue(page().overlayToggle().isSelected());
        assertEquals(List.of("RNN", "LSTM", "GRU"), page().seriesNames());
        for (CellKind cell : CellKind.values()) {
            Trace other = session.result().comparison().get(cell);
            assertArrayEquals(other.gradHiddenNormCurve(), page().shownCurve(cell.name()), 0.0, cell.name());
            assertEquals(100, page().shownCurve(cell.name()).length);
        }
        assertTrue(page().legendLabels().contains("LSTM (selected)"));
        // the colours follow the palette's series colours for RNN, LSTM, GRU
        Palette p = Palette.LIGHT;
        for (int k = 0; k < 3; k++) {
            assertEquals(p.series(k), page().shownPlot().series().get(k).colour());
        }
        assertThrows(IllegalArgumentException.class, () -> page().shownCurve(GradientFlowView.GRADIENT));
        // a new setting recomputes all three
        robot.interact(() -> page().recurrentScaleSlider().setValue(2.0));
        for (CellKind cell : CellKind.values()) {
            assertArrayEquals(session.result().comparison().get(cell).gradHiddenNormCurve(),
                    page().shownCurve(cell.name()), 0.0);
        }
        robot.interact(() -> view.setOverlay(false));
        assertEquals(List.of(GradientFlowView.GRADIENT, GradientFlowView.JACOBIAN), page().seriesNames());
    }

    @Test
    void theOverlayFollowsTheWorkspaceAsALessonSetsIt(FxRobot robot) {
        robot.interact(() -> session.setOverlay(true));
        assertTrue(view.overlay());
        assertTrue(page().overlayToggle().isSelected());
        assertEquals(List.of("RNN", "LSTM", "GRU"), page().seriesNames());
        robot.interact(() -> session.setOverlay(false));
        assertFalse(view.overlay());
        robot.interact(() -> page().overlayToggle().fire());
        assertTrue(session.overlayProperty().get(), "the toggle sets the workspace's overlay");
    }

    @Test
    void theOverlayTurnsTheComparisonOnWhenItWasOff(FxRobot robot) {
        robot.interact(() -> session.setComparisonShown(false));
        assertTrue(session.comparison().isEmpty());
        robot.interact(() -> page().overlayToggle().fire());
        assertTrue(session.comparisonShownProperty().get());
        assertEquals(List.of("RNN", "LSTM", "GRU"), page().seriesNames());
    }

    @Test
    void theScaleSliderChangesTheModelAndTheCurve(FxRobot robot) {
        robot.interact(() -> session.setCell(CellKind.RNN));
        robot.interact(() -> page().recurrentScaleSlider().setValue(0.3));
        assertEquals(0.3, session.settings().recurrentScale(), 0.0);
        assertEquals("0.30×", page().shownScaleText());
        assertCurvesMatchTrace();
        double small = page().shownCurve(GradientFlowView.GRADIENT)[0];
        robot.interact(() -> page().recurrentScaleSlider().setValue(2.0));
        assertEquals(2.0, session.settings().recurrentScale(), 0.0);
        assertEquals("2.00×", page().shownScaleText());
        assertCurvesMatchTrace();
        double large = page().shownCurve(GradientFlowView.GRADIENT)[0];
        assertTrue(small < large, "||dL/dh_0|| with W_hh x 0.3 (" + small + ") < with x 2.0 (" + large + ")");
        // the step Jacobian grows with the scale too
        assertTrue(page().shownCurve(GradientFlowView.JACOBIAN)[5] > 1);
    }

    @Test
    void theBiasSliderAndItsResetGoThroughTheWorkspace(FxRobot robot) {
        assertEquals("default", page().shownBiasText());
        assertTrue(page().gateBiasDefaultButton().isDisabled());
        double[] before = page().shownCurve(GradientFlowView.GRADIENT);
        robot.interact(() -> page().gateBiasSlider().setValue(3.0));
        assertEquals(3.0, session.settings().gateBias(), 0.0);
        assertEquals("+3.0", page().shownBiasText());
        assertFalse(page().gateBiasDefaultButton().isDisabled());
        assertCurvesMatchTrace();
        double[] open = page().shownCurve(GradientFlowView.GRADIENT);
        assertTrue(open[0] > before[0], "an open forget gate carries more gradient back to t = 0");
        robot.interact(() -> page().gateBiasDefaultButton().fire());
        assertTrue(Double.isNaN(session.settings().gateBias()));
        assertEquals("default", page().shownBiasText());
        assertArrayEquals(before, page().shownCurve(GradientFlowView.GRADIENT), 0.0);
    }

    /**
     * Issue 14, defect 6: with the LSTM selected the overlay's slider is labelled "forget-gate bias b_f", so it moves
     * the LSTM only; with the RNN selected it is labelled as setting both gated cells, and it does.
     */
    @Test
    void theOverlaysBiasSliderMovesWhatItsLabelSays(FxRobot robot) {
        robot.interact(() -> view.setOverlay(true));
        double[] gru = page().shownCurve("GRU");
        double[] lstm = page().shownCurve("LSTM");
        robot.interact(() -> page().gateBiasSlider().setValue(5.0));
        assertTrue(page().legendLabels().contains("LSTM (selected)"));
        assertArrayEquals(gru, page().shownCurve("GRU"), 0.0, "the GRU keeps its own update-gate bias");
        assertTrue(page().shownCurve("LSTM")[0] > lstm[0], "the LSTM's forget gate opens");

        robot.interact(() -> {
            session.setGateBias(Double.NaN);
            session.setCell(CellKind.RNN);
        });
        double[] gruBefore = page().shownCurve("GRU");
        double[] lstmBefore = page().shownCurve("LSTM");
        robot.interact(() -> page().gateBiasSlider().setValue(5.0));
        assertTrue(page().shownBiasLabel().contains("LSTM b_f, GRU b_z"), page().shownBiasLabel());
        assertFalse(java.util.Arrays.equals(gruBefore, page().shownCurve("GRU")), "the RNN has none: both move");
        assertFalse(java.util.Arrays.equals(lstmBefore, page().shownCurve("LSTM")));
    }

    @Test
    void slidersFollowChangesMadeElsewhere(FxRobot robot) {
        robot.interact(() -> session.setRecurrentScale(2.5));
        assertEquals(2.5, page().recurrentScaleSlider().getValue(), 0.0);
        assertEquals("2.50×", page().shownScaleText());
        robot.interact(() -> session.setGateBias(-1.5));
        assertEquals(-1.5, page().gateBiasSlider().getValue(), 0.0);
        assertEquals("-1.5", page().shownBiasText());
        robot.interact(() -> session.rewind());
        assertEquals(1.0, page().recurrentScaleSlider().getValue(), 0.0);
        assertEquals("default", page().shownBiasText());
        assertEquals(0, page().gateBiasSlider().getValue(), 0.0);
        // syncing the sliders did not call the workspace again with rounded values
        assertTrue(Double.isNaN(session.settings().gateBias()));
        robot.interact(() -> session.setCell(CellKind.RNN));
        assertTrue(page().gateBiasSlider().isDisabled(), "the RNN has no gate bias");
        robot.interact(() -> view.setOverlay(true));
        assertFalse(page().gateBiasSlider().isDisabled(), "in the overlay the bias still moves the LSTM and GRU");
    }

    @Test
    void theMarkerFollowsTheTimeline(FxRobot robot) {
        robot.interact(() -> session.timeline().setStep(7));
        assertEquals(7, page().markerStep(), 0.0);
        robot.interact(() -> session.timeline().setStep(29));
        assertEquals(29, page().markerStep(), 0.0);
    }

    @Test
    void theLogAxisCoversTheCurves(FxRobot robot) {
        robot.interact(() -> {
            session.setCell(CellKind.RNN);
            session.setLength(100);
            session.setRecurrentScale(0.3);
        });
        LogAxis axis = (LogAxis) page().shownPlot().yAxis();
        assertTrue(axis.lowExponent() >= -12, "never below the floor");
        for (double v : page().shownCurve(GradientFlowView.GRADIENT)) {
            if (v > 0) {
                assertTrue(v <= axis.max());
                assertTrue(v >= axis.min() || axis.below(v));
            }
        }
    }

    @Test
    void snapshotIsNotBlank(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> {
            view.setOverlay(true);
            session.timeline().setStep(12);
            view.applyCss();
            view.layout();
            img.set(Snapshots.of(view));
        });
        assertTrue(Snapshots.variance(img.get()) > 0);
        assertNotNull(page().plotLayout(), "painted");
        assertTrue(page().plotLayout().frame().w() > 400);
        robot.interact(() -> {
            Theme.DARK.applyTo(scene);
            view.applyCss();
            view.layout();
            img.set(Snapshots.of(page().plotView()));
        });
        assertTrue(Snapshots.variance(img.get()) > 0);
        assertEquals(Palette.DARK.series(0), page().shownPlot().series().get(0).colour(), "rebuilt with the dark palette");
    }

    /** What the view shows, read through its page object. */
    private GradientFlowPage page() {
        return new GradientFlowPage(view);
    }
}
