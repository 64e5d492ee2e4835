package org.gatelab.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Sealed;
import org.gatelab.render.diagram.Quantity;
import org.gatelab.render.equations.Run;
import org.gatelab.render.heatmap.ValueFormat;
import org.gatelab.ui.diagram.CellDiagramPage;
import org.gatelab.ui.diagram.EquationPage;
import org.gatelab.ui.heatmap.HeatmapPage;
import org.gatelab.ui.plots.GradientFlowPage;
import org.gatelab.ui.plots.GradientFlowView;
import org.gatelab.ui.window.AppView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.lesson.LessonPlayerViewModel;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sealed prediction in the real window: every view that would show the number masks it until the learner
 * answers or skips, then shows the trace's value. Compared with the engine's record, view by view.
 */
@ExtendWith(ApplicationExtension.class)
class SealedViewsTest {
    private static final int T = 5;
    private static final int UNIT = 1;
    private static final int GRAD_T = 2;
    private static final int JAC_T = 7;

    static final String LESSON = """
            ---
            id: 05-sealed
            title: Predict before you look
            summary: Every kind of sealed number.
            level: beginner
            minutes: 5
            ---
            ## Predict
            ```scene
            cell: lstm
            hidden: 4
            seed: 3
            input: adding
            length: 12
            step: 5
            unit: 1
            views: [diagram, equations, activations, gradient-flow]
            ```
            Predict, then look.
            ```check
            kind: predict
            question: f of unit 1 at t = 5?
            quantity: gate
            gate: f
            t: 5
            unit: 1
            tolerance: 0.05
            explain: f.
            ```
            ```check
            kind: predict
            question: c of unit 1 at t = 5?
            quantity: cell
            t: 5
            unit: 1
            tolerance: 0.05
            explain: c.
            ```
            ```check
            kind: predict
            question: The gradient norm at t = 2?
            quantity: grad_h
            t: 2
            tolerance: 0.05
            explain: g.
            ```
            ```check
            kind: predict
            question: The step Jacobian's norm at t = 7?
            quantity: jacobian
            t: 7
            tolerance: 0.05
            explain: j.
            ```
            ```check
            kind: predict
            question: The loss?
            quantity: loss
            tolerance: 0.05
            explain: l.
            ```
            ```check
            kind: predict
            question: The prediction?
            quantity: output
            tolerance: 0.05
            explain: o.
            ```
            ```check
            kind: predict
            question: The parameters?
            quantity: params
            tolerance: 0.5
            explain: p.
            ```
            """;

    @TempDir
    Path dir;
    private WorkspaceViewModel session;
    private AppView shell;

    @Start
    void start(Stage stage) {
        LessonFixtures.write(LessonFixtures.lessons(dir), "05-sealed.md", LESSON);
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        shell = LessonFixtures.shell(dir, session, new ArrayList<>());
        stage.setScene(new Scene(shell, 1600, 1000));
        // the shared test stage may keep a size an earlier test gave it; the heatmaps choose their maps by room
        stage.setWidth(1600);
        stage.setHeight(1000);
        stage.show();
    }

    private LessonPlayerViewModel player() {
        return shell.player();
    }

    private LayerTrace layer() {
        return session.trace().layer(0);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryLabeled().getText();
    }

    private String params(FxRobot robot) {
        return robot.lookup("#params-pytorch").queryLabeled().getText() + " | "
                + robot.lookup("#params-textbook").queryLabeled().getText();
    }

    @Test
    void everyViewMasksTheSealedNumbersUntilAnsweredThenShowsTheTrace(FxRobot robot) throws Exception {
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        robot.clickOn("#lesson-open-05-sealed");
        WaitForAsyncUtils.waitForFxEvents();
        CellDiagramPage diagram = new CellDiagramPage(shell.workspace().diagram());
        EquationPage equations = new EquationPage(shell.workspace().equations());
        HeatmapPage heatmap = new HeatmapPage(shell.workspace().heatmaps());
        GradientFlowPage flow = new GradientFlowPage(shell.workspace().gradientFlow());
        // the maps asked about are shown whatever room the heatmap view has (the learner's toggles)
        robot.interact(() -> {
            robot.lookup("#show-f").queryAs(ToggleButton.class).setSelected(true);
            robot.lookup("#show-c").queryAs(ToggleButton.class).setSelected(true);
        });
        // where a gate or a cell sits is known once the views have painted, one pulse or more later on a busy machine
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> diagram.gateCenter(Gate.F).isPresent() && heatmap.cellCenter("f", UNIT, T).isPresent());
        Trace trace = session.trace();
        assertEquals(T, session.timeline().step());
        assertEquals(UNIT, session.selection().unit());

        // sealed: masked everywhere
        assertTrue(Double.isNaN(diagram.shownActivation(Gate.F)));
        assertTrue(Double.isNaN(diagram.shownState(Quantity.C)));
        assertTrue(Double.isNaN(diagram.shownState(Quantity.TANH_C)));
        assertTrue(Double.isNaN(diagram.shownState(Quantity.H)), "h_t would give the sealed c_t away");
        assertEquals(layer().hidden(T - 1, 0, UNIT), diagram.shownState(Quantity.H_PREV), 0.0, "h_{t-1} is shown");
        robot.moveTo(shell.workspace().diagram().localToScreen(diagram.gateCenter(Gate.F).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diagram.currentTooltip().contains("f = σ(") && diagram.currentTooltip().contains(
                Sealed.MARK + " (" + Sealed.HOVER + ")"), diagram.currentTooltip());
        assertTrue(equations.lineFor(Gate.F).endsWith("= ?"), equations.lineFor(Gate.F));
        assertTrue(Double.isNaN(heatmap.valueAt("f", UNIT, T)));
        assertTrue(Double.isNaN(heatmap.valueAt("c", UNIT, T)));
        Point2D cell = heatmap.cellCenter("f", UNIT, T).orElseThrow();
        robot.moveTo(shell.workspace().heatmaps().localToScreen(cell));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("f · unit 1 · t = 5: ? (" + Sealed.HOVER + ")", heatmap.currentTooltip());
        assertTrue(Double.isNaN(flow.shownCurve(GradientFlowView.GRADIENT)[GRAD_T]));
        assertTrue(Double.isNaN(flow.shownCurve(GradientFlowView.JACOBIAN)[JAC_T]));
        assertEquals(layer().gradHiddenNorm(GRAD_T + 1), flow.shownCurve(GradientFlowView.GRADIENT)[GRAD_T + 1], 0.0);
        assertTrue(status(robot).contains("prediction ?") && status(robot).contains("loss ?"), status(robot));
        assertEquals("?  as PyTorch counts (2 biases) | ?  as textbooks count (1 bias)", params(robot));

        // the learner skips the first with the button and answers the others: every view shows the trace
        robot.interact(() -> robot.lookup("#check-0-skip").query().requestFocus());
        robot.clickOn("#check-0-skip");
        robot.interact(() -> {
            for (int c = 1; c < 7; c++) {
                player().answerPredict(c, -123);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(session.sealed().any());
        assertEquals(layer().gate(T, 0, Gate.F, UNIT), diagram.shownActivation(Gate.F), 0.0);
        assertEquals(layer().cellState(T, 0, UNIT), diagram.shownState(Quantity.C), 0.0);
        assertEquals(layer().tanhCellState(T, 0, UNIT), diagram.shownState(Quantity.TANH_C), 0.0);
        assertTrue(equations.lineFor(Gate.F).endsWith("= " + Run.result(layer().gate(T, 0, Gate.F, UNIT)).text()),
                equations.lineFor(Gate.F));
        assertEquals(layer().gate(T, 0, Gate.F, UNIT), heatmap.valueAt("f", UNIT, T), 0.0);
        assertEquals(layer().cellState(T, 0, UNIT), heatmap.valueAt("c", UNIT, T), 0.0);
        robot.moveTo(shell.workspace().heatmaps().localToScreen(heatmap.cellCenter("f", UNIT, T).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("f · unit 1 · t = 5: " + ValueFormat.readout(layer().gate(T, 0, Gate.F, UNIT)),
                heatmap.currentTooltip());
        assertEquals(layer().gradHiddenNorm(GRAD_T), flow.shownCurve(GradientFlowView.GRADIENT)[GRAD_T], 0.0);
        assertEquals(layer().stepJacobianNorm(JAC_T, 0), flow.shownCurve(GradientFlowView.JACOBIAN)[JAC_T], 0.0);
        assertTrue(status(robot).contains(String.format(Locale.ROOT, "prediction %.3f",
                trace.output(trace.length() - 1, 0, 0))), status(robot));
        assertTrue(status(robot).contains(String.format(Locale.ROOT, "loss %.4g", trace.loss())), status(robot));
        assertEquals(String.format(Locale.ROOT, "%,d  as PyTorch counts (2 biases) | %,d  as textbooks count (1 bias)",
                session.result().pytorchParameters(), session.result().textbookParameters()), params(robot));
    }

    @Test
    void leavingTheLessonUnsealsAndComingBackSealsWhatIsStillOpen(FxRobot robot) {
        robot.interact(() -> shell.tabs().getSelectionModel().select(0));
        robot.clickOn("#lesson-open-05-sealed");
        WaitForAsyncUtils.waitForFxEvents();
        CellDiagramPage diagram = new CellDiagramPage(shell.workspace().diagram());
        robot.interact(() -> player().skip(1));
        robot.clickOn("#lesson-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Sealed.NONE, session.sealed());
        assertEquals(layer().gate(T, 0, Gate.F, UNIT), diagram.shownActivation(Gate.F), 0.0,
                "outside a lesson nothing is sealed");
        robot.clickOn("#lesson-open-05-sealed");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Double.isNaN(diagram.shownActivation(Gate.F)), "still open: sealed again");
        assertEquals(layer().cellState(T, 0, UNIT), diagram.shownState(Quantity.C), 0.0, "skipped: shown");
    }
}
