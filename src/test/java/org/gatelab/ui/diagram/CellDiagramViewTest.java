package org.gatelab.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.diagram.Quantity;
import org.gatelab.ui.canvas.CanvasProbe;
import org.gatelab.ui.testing.Snapshots;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cell diagram view against the trace: values, hover texts, hit-testing, clicks, animation, snapshot. */
@ExtendWith(ApplicationExtension.class)
class CellDiagramViewTest {
    private static final int T = 7;
    private static final int UNIT = 3;

    private WorkspaceViewModel session;
    private CellDiagramView view;

    @Start
    void start(Stage stage) {
        session = new WorkspaceViewModel(TaskRunner.direct());
        session.timeline().setTransitionMillis(0);
        view = new CellDiagramView(session);
        stage.setScene(new Scene(new StackPane(view), 900, 600));
        stage.show();
    }

    private LayerTrace layer() {
        return session.trace().layer(0);
    }

    private void show(FxRobot robot, CellKind cell) {
        robot.interact(() -> {
            session.setCell(cell);
            session.timeline().setStep(T);
            session.selection().selectUnit(UNIT);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void showsTheTracesValuesForTheSelectedStepAndUnit(CellKind cell, FxRobot robot) {
        show(robot, cell);
        assertEquals(8, layer().hiddenSize());
        for (Gate g : cell.blocks()) {
            assertEquals(layer().gate(T, 0, g, UNIT), page().shownActivation(g), 0.0, g.symbol());
            assertEquals(layer().preActivation(T, 0, g, UNIT), page().shownPreActivation(g), 0.0, g.symbol());
            assertEquals(page().shownActivation(g), page().displayedActivation(g), 0.0, "at rest the display is exact");
        }
        for (Gate g : Gate.values()) {
            if (!cell.blocks().contains(g)) {
                assertTrue(Double.isNaN(page().shownActivation(g)), cell + " shows no " + g);
            }
        }
        assertEquals(layer().hidden(T, 0, UNIT), page().shownState(Quantity.H), 0.0);
        assertEquals(layer().previousHidden(T, 0, UNIT), page().shownState(Quantity.H_PREV), 0.0);
        assertEquals(layer().input(T, 0, 0), page().shownState(Quantity.X), 0.0);
        if (cell == CellKind.LSTM) {
            assertEquals(layer().cellState(T, 0, UNIT), page().shownState(Quantity.C), 0.0);
            assertEquals(layer().previousCellState(T, 0, UNIT), page().shownState(Quantity.C_PREV), 0.0);
            assertEquals(layer().tanhCellState(T, 0, UNIT), page().shownState(Quantity.TANH_C), 0.0);
        } else {
            assertTrue(Double.isNaN(page().shownState(Quantity.C)));
        }
        assertEquals(cell.name() + " cell \u00B7 layer 1 \u00B7 unit 3 \u00B7 t = 7", view.titleText());
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void hoverTextNamesTheGateItsValueAndRole(CellKind cell, FxRobot robot) {
        show(robot, cell);
        for (Gate g : cell.blocks()) {
            String text = view.hoverText(g);
            assertTrue(text.contains(g.title()), text);
            assertTrue(text.contains(DiagramFormat.value(layer().gate(T, 0, g, UNIT))), text);
            assertTrue(text.contains(DiagramFormat.value(layer().preActivation(T, 0, g, UNIT))), text);
            assertTrue(text.contains(DiagramFormat.value(layer().preActivationInputPart(T, 0, g, UNIT))), text);
            assertTrue(text.contains(DiagramFormat.value(layer().preActivationHiddenPart(T, 0, g, UNIT))), text);
            assertTrue(text.contains(g.role()), text);
            assertTrue(text.contains("unit 3") && text.contains("t = 7"), text);
        }
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void hitTestingAGatesCentreFindsIt(CellKind cell, FxRobot robot) {
        show(robot, cell);
        for (Gate g : cell.blocks()) {
            Point2D c = page().gateCenter(g).orElseThrow();
            assertEquals(Optional.of(g), view.gateAtViewPoint(c.getX(), c.getY()));
            assertTrue(c.getX() > 0 && c.getX() < view.getWidth() && c.getY() > 0 && c.getY() < view.getHeight());
        }
        assertEquals(Optional.empty(), view.gateAtViewPoint(2, 2));
    }

    @ParameterizedTest
    @EnumSource(CellKind.class)
    void snapshotIsNotBlank(CellKind cell, FxRobot robot) {
        show(robot, cell);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = Snapshots.of(view));
        assertTrue(Snapshots.variance(img[0]) > 100, "the diagram draws something");
    }

    @Test
    void followsTheUnitAndTheStep(FxRobot robot) {
        show(robot, CellKind.LSTM);
        robot.interact(() -> session.selection().selectUnit(5));
        assertEquals(layer().gate(T, 0, Gate.F, 5), page().shownActivation(Gate.F), 0.0);
        robot.interact(() -> session.timeline().setStep(12));
        assertEquals(layer().gate(12, 0, Gate.O, 5), page().shownActivation(Gate.O), 0.0);
        assertTrue(view.titleText().endsWith("unit 5 \u00B7 t = 12"), view.titleText());
    }

    @Test
    void showsTheSelectedLayerOfAStack(FxRobot robot) {
        robot.interact(() -> {
            session.setLayers(2);
            session.selection().selectLayer(1);
            session.timeline().setStep(T);
            session.selection().selectUnit(UNIT);
        });
        LayerTrace upper = session.trace().layer(1);
        assertEquals(upper.gate(T, 0, Gate.I, UNIT), page().shownActivation(Gate.I), 0.0);
        // the upper layer's input is the lower layer's h_t: the diagram shows its first feature
        assertEquals(upper.input(T, 0, 0), page().shownState(Quantity.X), 0.0);
        assertTrue(view.titleText().contains("layer 2"), view.titleText());
        robot.interact(() -> {
            session.selection().selectLayer(0);
            session.setLayers(1);
        });
    }

    @Test
    void reluRnnSaysSo(FxRobot robot) {
        robot.interact(() -> {
            session.setCell(CellKind.RNN);
            session.setNonlinearity(Nonlinearity.RELU);
            session.timeline().setStep(T);
            session.selection().selectUnit(UNIT);
        });
        assertTrue(view.titleText().startsWith("RNN cell (ReLU)"), view.titleText());
        assertEquals(layer().gate(T, 0, Gate.A, UNIT), page().shownActivation(Gate.A), 0.0);
        assertTrue(view.hoverText(Gate.A).contains("ReLU("), view.hoverText(Gate.A));
    }

    @Test
    void clickingAGateHighlightsItAndClickingAgainClears(FxRobot robot) {
        show(robot, CellKind.LSTM);
        Point2D f = view.localToScreen(page().gateCenter(Gate.F).orElseThrow());
        robot.clickOn(f);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Gate.F, session.selection().highlightedGateProperty().get());
        robot.clickOn(f);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(session.selection().highlightedGateProperty().get());
    }

    @Test
    void hoveringAGateSetsItsTooltip(FxRobot robot) {
        show(robot, CellKind.GRU);
        robot.moveTo(view.localToScreen(page().gateCenter(Gate.Z).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(Gate.Z), page().hoveredGate());
        assertEquals(view.hoverText(Gate.Z), page().currentTooltip());
        robot.moveTo(view.localToScreen(new Point2D(3, 3)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), page().hoveredGate());
        assertEquals("", page().currentTooltip());
    }

    @Test
    void animatesADisplayCopyButReportsTheExactValue(FxRobot robot) throws Exception {
        show(robot, CellKind.LSTM);
        double before = layer().gate(T, 0, Gate.F, UNIT);
        double after = layer().gate(T + 1, 0, Gate.F, UNIT);
        robot.interact(() -> {
            session.timeline().setTransitionMillis(400);
            session.timeline().setStep(T + 1);
            assertTrue(page().isAnimating());
            assertEquals(after, page().shownActivation(Gate.F), 0.0, "the model's value is exact at once");
            assertEquals(before, page().displayedActivation(Gate.F), 0.0, "the display starts at the old value");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !page().isAnimating());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, page().displayedActivation(Gate.F), 0.0);
        robot.interact(() -> session.timeline().setTransitionMillis(0));
    }

    /**
     * Issue 14, defect 3: while playing, the diagram showed the previous step's h and partial sums beside the new
     * step's title. The look eases (fills, valves, pulses); every number drawn is the new step's from the first frame.
     */
    @ParameterizedTest
    @EnumSource(CellKind.class)
    void everyNumberDrawnDuringTheAnimationIsTheNewSteps(CellKind cell, FxRobot robot) throws Exception {
        show(robot, cell);
        int next = T + 5;
        robot.interact(() -> {
            session.timeline().setTransitionMillis(60_000);
            session.timeline().setStep(next);
        });
        try {
            assertTrue(page().isAnimating(), "the look is still easing");
            LayerTrace l = layer();
            List<String> drawn = WaitForAsyncUtils.asyncFx(() -> CanvasProbe.texts(view)).get(10, TimeUnit.SECONDS)
                    .stream().map(CanvasProbe.Drawn::text).toList();
            assertTrue(drawn.contains(DiagramFormat.value(l.hidden(next, 0, UNIT))), "h_t of t = " + next);
            assertTrue(drawn.contains(DiagramFormat.value(l.previousHidden(next, 0, UNIT))), "h_t-1 of t = " + next);
            for (Gate g : cell.blocks()) {
                assertTrue(drawn.contains(DiagramFormat.value(l.gate(next, 0, g, UNIT))), g.symbol() + " of t = " + next);
            }
            for (var part : page().diagramLayout().orElseThrow().partLabels()) {
                double v = part.inputSide() ? l.preActivationInputPart(next, 0, part.gate(), UNIT)
                        : l.preActivationHiddenPart(next, 0, part.gate(), UNIT);
                assertTrue(drawn.contains(DiagramFormat.value(v)), "the partial sum " + part.text());
            }
            if (cell == CellKind.LSTM) {
                assertTrue(drawn.contains(DiagramFormat.value(l.cellState(next, 0, UNIT))), "c_t");
            }
            assertTrue(drawn.stream().anyMatch(t -> t.endsWith("t = " + next)), "the title's step");
        } finally {
            robot.interact(() -> session.timeline().setTransitionMillis(0));
        }
    }

    @Test
    void changingTheCellJumpsWithoutAnimating(FxRobot robot) {
        show(robot, CellKind.LSTM);
        robot.interact(() -> {
            session.timeline().setTransitionMillis(400);
            session.setCell(CellKind.GRU);
            assertFalse(page().isAnimating());
            session.timeline().setTransitionMillis(0);
        });
        assertEquals(layer().gate(T, 0, Gate.Z, UNIT), page().displayedActivation(Gate.Z), 0.0);
        assertEquals(CellKind.GRU, page().diagramLayout().orElseThrow().cell());
    }

    /** What the view shows, read through its page object. */
    private CellDiagramPage page() {
        return new CellDiagramPage(view);
    }
}
