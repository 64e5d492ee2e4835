package org.gatelab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gatelab.engine.trace.Trace;
import org.gatelab.ui.diagram.CellDiagramPage;
import org.gatelab.ui.diagram.EquationPage;
import org.gatelab.ui.heatmap.HeatmapPage;
import org.gatelab.ui.plots.GradientFlowPage;
import org.gatelab.ui.testing.TestApp;
import org.gatelab.ui.window.AppView;
import org.gatelab.ui.workspace.WorkspaceView;
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

/**
 * Drives the real workspace window as a user would: choose a cell, step the timeline with the keyboard,
 * pick a unit, and check that every view shows the engine's recorded value for that (t, unit).
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private WorkspaceViewModel session;
    private AppView shell;
    private WorkspaceView view;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = new AppView(TestApp.of(session), null);
        view = shell.workspace();
        stage.setScene(new Scene(shell, 1366, 768));
        stage.show();
    }

    private Trace trace() {
        return session.trace();
    }

    @Test
    void choosingACellRecomputesAndEveryViewFollows(FxRobot robot) {
        robot.clickOn("#cell-gru");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CellKind.GRU, trace().cell());
        robot.clickOn("#cell-rnn");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CellKind.RNN, trace().cell());
        robot.clickOn("#cell-lstm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CellKind.LSTM, trace().cell());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("LSTM"));
    }

    @Test
    void keyboardStepsTheTimelineAndTheViewsShowTheTracesValues(FxRobot robot) {
        robot.clickOn("#scrubber");
        robot.interact(() -> session.timeline().toStart());
        robot.interact(() -> view.requestFocus());
        robot.type(KeyCode.RIGHT, 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, session.timeline().step());
        robot.interact(() -> session.selection().selectUnit(3));
        WaitForAsyncUtils.waitForFxEvents();
        double f = trace().layer(0).gate(7, 0, Gate.F, 3);
        assertEquals(f, new CellDiagramPage(view.diagram()).shownActivation(Gate.F), 0.0);
        assertTrue(new EquationPage(view.equations()).lineFor(Gate.F).contains(String.format(java.util.Locale.ROOT, "%.3f", f)),
                new EquationPage(view.equations()).lineFor(Gate.F));
        assertEquals(trace().layer(0).gate(12, 0, Gate.O, 5), new HeatmapPage(view.heatmaps()).valueAt("o", 5, 12), 0.0);
        robot.type(KeyCode.END);
        assertEquals(trace().length() - 1, session.timeline().step());
        robot.type(KeyCode.HOME);
        assertEquals(0, session.timeline().step());
        robot.type(KeyCode.SPACE);
        assertTrue(session.timeline().isPlaying());
        robot.type(KeyCode.SPACE);
        assertTrue(!session.timeline().isPlaying());
    }

    @Test
    void theGradientCurveIsTheTraces(FxRobot robot) {
        double[] shown = new GradientFlowPage(view.gradientFlow()).shownCurve("||dL/dh_t||");
        double[] expected = trace().gradHiddenNormCurve();
        assertEquals(expected.length, shown.length);
        for (int t = 0; t < expected.length; t++) {
            assertEquals(expected[t], shown[t], 0.0);
        }
    }

    @Test
    void darkThemeSwitchesTheCanvases(FxRobot robot) {
        robot.clickOn("#dark-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.gatelab.render.Palette.DARK, view.diagram().palette());
    }

    @Test
    void theTrainingLabAndTheComparisonAreTabsOfTheSameWindow(FxRobot robot) {
        robot.clickOn("Training lab");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.training().isVisible());
        robot.clickOn("Compare RNN · LSTM · GRU");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shell.compare().isVisible());
        robot.type(KeyCode.RIGHT);
        assertEquals(0, session.timeline().step(), "the timeline keys belong to the workspace tab");
        robot.clickOn("Workspace");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(1, session.timeline().step());
    }
}
