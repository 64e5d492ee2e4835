package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.engine.Spectra;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.ui.canvas.CanvasProbe;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.window.AppViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.ViewKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network unrolled in time and the matrix W_hh in the window: keys 7 and 8 show them, every number they draw is
 * the engine's (the unrolled copies' h_t, W_hh's spectral radius), W_hh follows the W_hh-scale knob, and the
 * backward sweep plays when asked.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomViewsTest {
    private WorkspaceViewModel session;
    private AppViewModel app;
    private AppView shell;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        app = TestApp.of(session);
        app.unrolled().setSweepMillis(0);
        shell = new AppView(app, null);
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.interact(() -> shell.requestFocus());
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CanvasView canvas(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAs(CanvasView.class);
    }

    private List<String> drawn(FxRobot robot, String styleClass) throws Exception {
        CanvasView view = canvas(robot, styleClass);
        return WaitForAsyncUtils.asyncFx(() -> CanvasProbe.texts(view)).get(10, TimeUnit.SECONDS).stream()
                .map(CanvasProbe.Drawn::text).toList();
    }

    /** Waits (the spectra are computed on a worker) until the W_hh view shows the spectral radius {@code rho}. */
    private void waitForRadius(FxRobot robot, double rho) throws Exception {
        String label = "ρ = " + ValueFormat.readout(rho);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> drawn(robot, "weights-canvas").contains(label));
    }

    @Test
    void key8ShowsWhhWithTheEnginesSpectrumMovingWithTheKnob(FxRobot robot) throws Exception {
        press(robot, KeyCode.DIGIT8);
        assertTrue(shell.workspace().shownViews().contains(ViewKind.WHH));
        assertFalse(shell.workspace().shownViews().contains(ViewKind.GRADIENT_FLOW), "its panel's other tab gives way");
        double rho = Spectra.of(session.result().model()).get(0).spectrum(Gate.F).spectralRadius();
        waitForRadius(robot, rho);
        robot.interact(() -> session.setRecurrentScale(2.5));
        waitForRadius(robot, 2.5 * rho);
        robot.clickOn("#whh-block-o");
        WaitForAsyncUtils.waitForFxEvents();
        double rhoO = Spectra.of(session.result().model()).get(0).spectrum(Gate.O).spectralRadius();
        waitForRadius(robot, rhoO);
    }

    @Test
    void key7ShowsTheUnrolledCopiesWithTheTracesStatesAndPlaysTheSweep(FxRobot robot) throws Exception {
        robot.interact(() -> session.timeline().setStep(12));
        press(robot, KeyCode.DIGIT7);
        assertTrue(shell.workspace().shownViews().contains(ViewKind.UNROLLED));
        assertFalse(shell.workspace().shownViews().contains(ViewKind.DIAGRAM), "its panel's other tab gives way");
        LayerTrace l = session.trace().layer(0);
        List<String> texts = drawn(robot, "unrolled-canvas");
        assertTrue(texts.contains(DiagramFormat.value(l.hidden(12, 0, 0))), "h_12 of unit 0 as recorded: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("t = 12")), texts.toString());
        robot.interact(() -> app.unrolled().setSweepMillis(60_000));
        robot.clickOn("#unrolled-play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.unrolled().sweepingProperty().get(), "the sweep travels");
        assertTrue(app.unrolled().progress() < 1);
        robot.interact(() -> app.unrolled().finishSweep());
        assertEquals(1, app.unrolled().progress());
    }
}
