package org.gatelab.viewmodel.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.figures.MemoryFigure;
import org.gatelab.tasks.MemoryQuantity;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.training.UnitMemory;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/** The Memory tab's view model without a window: the bundled models, synchronous work. */
class MemoryViewModelTest {
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(TaskRunner.direct());
    private final MemoryViewModel m = new MemoryViewModel(TaskRunner.direct(), workspace,
            MemorySources.bundled(Path.of("assets", "models")));

    @Test
    void theBundledModelsAreOfferedWithTheirTasks() {
        assertEquals(List.of("trained LSTM · adding problem, T = 100", "trained GRU · adding problem, T = 100",
                "trained RNN · adding problem, T = 100", "trained LSTM · embedded Reber grammar",
                "trained GRU · copy task"), m.sources().stream().map(MemorySource::title).toList());
        assertEquals(100, m.sources().get(0).task().length());
    }

    @Test
    void theLstmsBestUnitHoldsTheFirstMarkedValueAndTheFigureShowsItsTrace() {
        m.start();
        MemoryResult r = m.resultProperty().get();
        assertNotNull(r);
        assertFalse(m.busyProperty().get());
        assertEquals("first-marked", r.quantity().id());
        assertEquals(UnitMemory.State.CELL, r.state());
        assertTrue(m.readsCellProperty().get() && m.cellStateOfferedProperty().get());
        assertEquals(32, m.unitsProperty().get());
        // the ranking is UnitMemory's over the fresh sequences
        SequenceSet set = MemoryComputation.sequences(m.sources().get(0));
        UnitMemory.Ranking expected = UnitMemory.rank(r.model(), set, MemoryViewModel.SEQUENCES, r.quantity(),
                UnitMemory.State.CELL, 0);
        assertEquals(expected.best().unit(), m.unitProperty().get(), "the best unit is shown first");
        assertEquals(expected.best().score(), r.ranking().best().score(), 0.0);
        assertTrue(r.ranking().best().score() > 0.95, "" + r.ranking().best());
        // the figure's numbers are the trace's
        int u = m.unitProperty().get();
        MemoryFigure.Data d = m.pictureProperty().get();
        LayerTrace l = r.trace().layer(0);
        for (int t = 0; t < 100; t++) {
            assertEquals(l.cellState(t, 0, u), d.state()[t], 0.0);
            assertEquals(Math.abs(l.gradCellState(t, 0, u)), d.gradient()[t], 0.0);
            assertEquals(l.gate(t, 0, Gate.F, u), d.gates().get(0)[t], 0.0);
            assertEquals(l.gate(t, 0, Gate.I, u), d.gates().get(1)[t], 0.0);
        }
        assertArrayEquals(MemoryQuantity.markedSteps(set, 0), d.events());
        assertEquals(List.of("1st marker", "2nd marker"), d.eventNames());
        assertEquals(u, d.units()[0]);
        assertTrue(m.summaryProperty().get().startsWith("Unit " + u + " (1st of 32): c ≈ "),
                m.summaryProperty().get());
    }

    @Test
    void anotherSequenceOrUnitKeepsTheRanking() {
        m.start();
        UnitMemory.Ranking first = m.resultProperty().get().ranking();
        m.setSequence(5);
        assertSame(first, m.resultProperty().get().ranking());
        assertEquals(5, m.resultProperty().get().sequence());
        m.selectUnit(3);
        assertEquals(3, m.unitProperty().get());
        assertEquals(3, m.pictureProperty().get().selected());
        assertTrue(m.summaryProperty().get().startsWith("Unit 3 ("), m.summaryProperty().get());
        m.setQuantity(1);
        assertEquals("running-sum", m.resultProperty().get().quantity().id());
        assertEquals(m.resultProperty().get().ranking().best().unit(), m.unitProperty().get(),
                "a new ranking shows its best unit");
    }

    @Test
    void theRnnTrainedWithTheSameBudgetHoldsNothing() {
        m.setSource(m.sources().get(2));
        MemoryResult r = m.resultProperty().get();
        assertEquals(CellKind.RNN, r.model().config().cell());
        assertEquals(UnitMemory.State.HIDDEN, r.state(), "an RNN has only h");
        assertFalse(m.cellStateOfferedProperty().get());
        assertTrue(r.ranking().best().score() < 0.2, "" + r.ranking().best());
        assertTrue(m.pictureProperty().get().gateNames().isEmpty());
    }

    @Test
    void showInDiagramOpensTheModelSequenceAndUnitBetweenTheMarkers() {
        m.start();
        m.setSequence(4);
        m.selectUnit(7);
        m.showInDiagram();
        MemoryResult r = m.resultProperty().get();
        assertNotNull(workspace.inspectionProperty().get());
        assertEquals(CellKind.LSTM, workspace.trace().cell());
        assertEquals(100, workspace.trace().length());
        assertEquals(7, workspace.selection().unit());
        assertEquals(Gate.F, workspace.selection().highlightedGateProperty().get());
        int[] marks = r.events();
        assertEquals((marks[0] + marks[1]) / 2, workspace.timeline().step());
        // the workspace traces the same sequence: the same cell state
        assertEquals(r.trace().layer(0).cellState(50, 0, 7), workspace.trace().layer(0).cellState(50, 0, 7), 0.0);
    }

    @Test
    void theReberAndCopyModelsRankByTheirOwnQuantities() {
        m.setSource(m.sources().get(3));
        assertEquals(List.of("branch taken (T or P)"), m.quantityTitles());
        assertTrue(m.summaryProperty().get().contains("after T and"), m.summaryProperty().get());
        m.setSource(m.sources().get(4));
        assertEquals(3, m.quantityTitles().size());
        assertTrue(m.resultProperty().get().ranking().best().score() > 0.9, "symbol 1 is held by one unit");
    }
}
