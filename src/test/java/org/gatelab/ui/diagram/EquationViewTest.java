package org.gatelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.equations.EquationFormat;
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

/** The equation view shows the trace's numbers for the selected layer, step and unit, and follows changes. */
@ExtendWith(ApplicationExtension.class)
class EquationViewTest {
    private WorkspaceViewModel session;
    private EquationView view;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new EquationView(session);
        stage.setScene(new Scene(new StackPane(view), 900, 600));
        stage.show();
    }

    private LayerTrace layer() {
        return session.trace().layer(session.selection().layer());
    }

    private static String f(double v) {
        return EquationFormat.number(v);
    }

    /** The block's line holds the trace's input part, hidden part, pre-activation and activation as formatted. */
    private void assertBlockLine(Gate g, int t, int u) {
        LayerTrace l = layer();
        String line = page().lineFor(g);
        assertNotNull(line, "no line for " + g);
        assertTrue(line.contains(f(l.preActivationInputPart(t, 0, g, u))), line);
        assertTrue(line.contains(f(l.preActivationHiddenPart(t, 0, g, u))), line);
        assertTrue(line.contains("(" + f(l.preActivation(t, 0, g, u)) + ")"), line);
        assertTrue(line.endsWith(" = " + f(l.gate(t, 0, g, u))), line);
    }

    private void select(FxRobot robot, int t, int u) {
        robot.interact(() -> {
            session.timeline().setStep(t);
            session.selection().selectUnit(u);
        });
    }

    @Test
    void lstmForgetGateLineShowsTheTraceAndFollowsStepAndUnit(FxRobot robot) {
        select(robot, 7, 3);
        assertBlockLine(Gate.F, 7, 3);
        assertTrue(page().lineFor(Gate.F).startsWith("fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf) = σ("),
                page().lineFor(Gate.F));
        for (Gate g : CellKind.LSTM.blocks()) {
            assertBlockLine(g, 7, 3);
        }
        String before = page().lineFor(Gate.F);
        select(robot, 12, 5);
        assertBlockLine(Gate.F, 12, 5);
        assertNotEquals(before, page().lineFor(Gate.F));
        assertNull(page().lineFor(Gate.Z), "the LSTM has no update gate");
    }

    @Test
    void lstmCellAndHiddenLinesHoldTheTracesValues(FxRobot robot) {
        select(robot, 7, 3);
        LayerTrace l = layer();
        List<String> lines = page().shownLines();
        String c = lines.stream().filter(s -> s.startsWith("cₜ = ")).findFirst().orElseThrow();
        assertEquals("cₜ = fₜ·cₜ₋₁ + iₜ·gₜ = " + f(l.gate(7, 0, Gate.F, 3)) + "·"
                + EquationFormat.operand(l.previousCellState(7, 0, 3)) + " + " + f(l.gate(7, 0, Gate.I, 3)) + "·"
                + EquationFormat.operand(l.gate(7, 0, Gate.G, 3)) + " = " + f(l.cellState(7, 0, 3)), c);
        String h = lines.stream().filter(s -> s.startsWith("hₜ = ")).findFirst().orElseThrow();
        assertEquals("hₜ = oₜ·tanh(cₜ) = " + f(l.gate(7, 0, Gate.O, 3)) + "·tanh(" + f(l.cellState(7, 0, 3)) + ") = "
                + f(l.gate(7, 0, Gate.O, 3)) + "·" + EquationFormat.operand(l.tanhCellState(7, 0, 3)) + " = "
                + f(l.hidden(7, 0, 3)), h);
        assertTrue(lines.contains("∂L/∂hₜ = " + f(l.gradHidden(7, 0, 3))), lines.toString());
        assertTrue(lines.contains("∂L/∂cₜ = " + f(l.gradCellState(7, 0, 3))), lines.toString());
        assertTrue(lines.contains("∂L/∂a_f = " + f(l.gradPreActivation(7, 0, Gate.F, 3))), lines.toString());
    }

    @Test
    void gruLinesShowTheTraceAndFollowStepAndUnit(FxRobot robot) {
        robot.interact(() -> session.setCell(CellKind.GRU));
        select(robot, 7, 3);
        for (Gate g : List.of(Gate.R, Gate.Z)) {
            assertBlockLine(g, 7, 3);
        }
        LayerTrace l = layer();
        String n = page().lineFor(Gate.N);
        assertEquals("nₜ = tanh(W_in xₜ + b_in + rₜ·(W_hn hₜ₋₁ + b_hn)) = tanh("
                + f(l.preActivationInputPart(7, 0, Gate.N, 3)) + " + " + f(l.gate(7, 0, Gate.R, 3)) + "·"
                + EquationFormat.operand(l.preActivationHiddenPart(7, 0, Gate.N, 3)) + ") = tanh("
                + f(l.preActivation(7, 0, Gate.N, 3)) + ") = " + f(l.gate(7, 0, Gate.N, 3)), n);
        String h = page().shownLines().stream().filter(s -> s.startsWith("hₜ = ")).findFirst().orElseThrow();
        assertTrue(h.contains(EquationFormat.operand(l.previousHidden(7, 0, 3))), h);
        assertTrue(h.endsWith(" = " + f(l.hidden(7, 0, 3))), h);
        select(robot, 20, 6);
        assertBlockLine(Gate.Z, 20, 6);
        assertTrue(page().lineFor(Gate.N).endsWith(" = " + f(layer().gate(20, 0, Gate.N, 6))));
        assertNull(page().lineFor(Gate.F));
    }

    @Test
    void rnnLineShowsTheTraceWithTanhAndRelu(FxRobot robot) {
        robot.interact(() -> session.setCell(CellKind.RNN));
        select(robot, 7, 3);
        assertBlockLine(Gate.A, 7, 3);
        assertTrue(page().lineFor(Gate.A).startsWith("hₜ = tanh(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh) = tanh("));
        assertTrue(page().lineFor(Gate.A).endsWith(" = " + f(layer().hidden(7, 0, 3))));
        robot.interact(() -> session.setNonlinearity(Nonlinearity.RELU));
        assertBlockLine(Gate.A, 7, 3);
        assertTrue(page().lineFor(Gate.A).startsWith("hₜ = relu(W_ih xₜ + b_ih + W_hh hₜ₋₁ + b_hh) = relu("),
                page().lineFor(Gate.A));
        select(robot, 15, 1);
        assertBlockLine(Gate.A, 15, 1);
        assertTrue(page().lineFor(Gate.A).endsWith(" = " + f(layer().hidden(15, 0, 1))));
    }

    @Test
    void followsTheSelectedLayer(FxRobot robot) {
        robot.interact(() -> {
            session.setLayers(2);
            session.selection().selectLayer(1);
        });
        select(robot, 7, 3);
        assertEquals(1, layer().index());
        assertBlockLine(Gate.F, 7, 3);
    }

    @Test
    void drawsSomethingAndHighlightsTheGate(FxRobot robot) {
        select(robot, 7, 3);
        WritableImage[] img = new WritableImage[2];
        robot.interact(() -> img[0] = Snapshots.of(view));
        assertTrue(Snapshots.variance(img[0]) > 0, "not blank");
        robot.interact(() -> session.selection().highlightGate(Gate.F));
        robot.interact(() -> img[1] = Snapshots.of(view));
        assertTrue(differs(img[0], img[1]), "the highlight changes the drawing");
        assertNotNull(view.lastLayout());
        assertTrue(view.lastLayout().fits());
    }

    private static boolean differs(WritableImage a, WritableImage b) {
        for (int y = 0; y < (int) a.getHeight(); y += 2) {
            for (int x = 0; x < (int) a.getWidth(); x += 2) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What the view shows, read through its page object. */
    private EquationPage page() {
        return new EquationPage(view);
    }
}
