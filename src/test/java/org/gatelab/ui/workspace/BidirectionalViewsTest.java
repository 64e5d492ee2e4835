package org.gatelab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.diagram.Quantity;
import org.gatelab.render.equations.EquationFormat;
import org.gatelab.ui.diagram.CellDiagramPage;
import org.gatelab.ui.diagram.CellDiagramView;
import org.gatelab.ui.diagram.EquationPage;
import org.gatelab.ui.diagram.EquationView;
import org.gatelab.ui.heatmap.ActivationHeatmapView;
import org.gatelab.ui.heatmap.HeatmapPage;
import org.gatelab.ui.plots.GradientFlowPage;
import org.gatelab.ui.plots.GradientFlowView;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A bidirectional workspace: the control panel sets it, the direction selector beside the layer chooses which
 * direction the diagram, the equations, the heatmaps and the gradient flow show, and each draws that direction's
 * record (compared with the trace), saying on screen that the reverse direction reads right to left from t+1.
 */
@ExtendWith(ApplicationExtension.class)
class BidirectionalViewsTest {
    private WorkspaceViewModel session;
    private ControlPanel panel;
    private CellDiagramView diagram;
    private EquationView equations;
    private ActivationHeatmapView heatmap;
    private GradientFlowView flow;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        panel = new ControlPanel(session);
        diagram = new CellDiagramView(session);
        equations = new EquationView(session);
        heatmap = new ActivationHeatmapView(session);
        flow = new GradientFlowView(session);
        GridPane grid = new GridPane();
        grid.add(panel, 0, 0, 1, 2);
        grid.add(diagram, 1, 0);
        grid.add(equations, 2, 0);
        grid.add(heatmap, 1, 1);
        grid.add(flow, 2, 1);
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {diagram, equations, heatmap, flow}) {
            r.setPrefSize(500, 380);
        }
        stage.setScene(new Scene(grid, 1300, 800));
        stage.show();
    }

    @Test
    void theViewsFollowTheChosenDirectionAndShowItsOwnRecord(FxRobot robot) {
        assertFalse(panel.follow.direction.getParent().isVisible(), "no direction to choose in a one-way model");
        robot.interact(() -> panel.bidirectional.fire());
        assertTrue(session.settings().bidirectional());
        Trace trace = session.trace();
        assertTrue(trace.bidirectional());
        assertTrue(panel.follow.direction.getParent().isVisible());
        assertTrue(panel.follow.note.getText().contains("[h→ₜ ; h←ₜ]") && panel.follow.note.getText()
                .contains(trace.hiddenSize() + " forward and " + trace.hiddenSize() + " reverse units side by side ("
                        + 2 * trace.hiddenSize() + " values)"), panel.follow.note.getText());

        robot.interact(() -> {
            panel.follow.direction.setValue(Direction.REVERSE);
            session.timeline().setStep(7);
            session.selection().selectUnit(3);
        });
        assertEquals(Direction.REVERSE, session.selection().direction());
        LayerTrace reverse = trace.layer(0, Direction.REVERSE);
        LayerTrace forward = trace.layer(0, Direction.FORWARD);
        assertTrue(panel.follow.note.getText().startsWith("The reverse direction reads right to left, t = "
                + (trace.length() - 1) + " … 0: its step t reads xₜ and the h of step t+1"), panel.follow.note.getText());

        // the diagram: the reverse direction's gates, and as h before the step its h at t+1
        CellDiagramPage cell = new CellDiagramPage(diagram);
        assertEquals(reverse.gate(7, 0, Gate.F, 3), cell.shownActivation(Gate.F), 0.0);
        assertEquals(reverse.hidden(8, 0, 3), cell.shownState(Quantity.H_PREV), 0.0);
        assertEquals(reverse.cellState(8, 0, 3), cell.shownState(Quantity.C_PREV), 0.0);
        assertTrue(cell.title().contains("reverse (reads t = " + (trace.length() - 1) + " … 0: step t takes xₜ and "
                + "hₜ₊₁)"), cell.title());

        // the equations: the reverse direction's numbers, written with t+1
        EquationPage eq = new EquationPage(equations);
        String f = eq.lineFor(Gate.F);
        assertTrue(f.startsWith("fₜ = σ(W_if xₜ + b_if + W_hf hₜ₊₁ + b_hf) = σ("), f);
        assertTrue(f.endsWith(" = " + EquationFormat.number(reverse.gate(7, 0, Gate.F, 3))), f);
        assertTrue(eq.shownSet().title().contains("reverse"), eq.shownSet().title());
        String c = eq.shownLines().stream().filter(s -> s.startsWith("cₜ = ")).findFirst().orElseThrow();
        assertTrue(c.contains("fₜ·cₜ₊₁") && c.contains(EquationFormat.operand(reverse.cellState(8, 0, 3))), c);

        // the heatmaps and the gradient flow: the reverse direction's record
        HeatmapPage maps = new HeatmapPage(heatmap);
        assertEquals(reverse.hidden(12, 0, 5), maps.valueAt("h", 5, 12), 0.0);
        GradientFlowPage plot = new GradientFlowPage(flow);
        assertArrayEquals(reverse.gradHiddenNormCurve(), plot.shownCurve(GradientFlowView.GRADIENT), 0.0);
        assertTrue(plot.caption().contains("left to right"), plot.caption());

        // back to forward: every view shows the forward record again
        robot.interact(() -> panel.follow.direction.setValue(Direction.FORWARD));
        assertEquals(forward.gate(7, 0, Gate.F, 3), cell.shownActivation(Gate.F), 0.0);
        assertEquals(forward.hidden(6, 0, 3), cell.shownState(Quantity.H_PREV), 0.0);
        assertTrue(eq.lineFor(Gate.F).contains("hₜ₋₁"), eq.lineFor(Gate.F));
        assertEquals(forward.hidden(12, 0, 5), maps.valueAt("h", 5, 12), 0.0);
        assertArrayEquals(forward.gradHiddenNormCurve(), plot.shownCurve(GradientFlowView.GRADIENT), 0.0);
        assertEquals(CellKind.LSTM, trace.cell());
    }
}
