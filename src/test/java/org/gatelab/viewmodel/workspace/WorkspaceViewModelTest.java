package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gatelab.engine.trace.Trace;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;

/** The workspace view model, without a window. */
class WorkspaceViewModelTest {

    @Test
    void computesATraceForTheDefaultsAndForEveryChange() {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        WorkspaceViewModel w = session;
        Trace first = w.trace();
        assertEquals(CellKind.LSTM, first.cell());
        assertEquals(w.settings().length(), first.length());
        assertEquals(first.length(), session.timeline().length());

        w.setCell(CellKind.GRU);
        assertEquals(CellKind.GRU, w.trace().cell());
        w.setHiddenSize(12);
        assertEquals(12, w.trace().hiddenSize());
        assertEquals(12, session.selection().unitCountProperty().get());
        w.setLayers(2);
        assertEquals(2, w.trace().layerCount());
        w.setLength(57);
        assertEquals(57, w.trace().length());
        assertEquals(57, session.timeline().length());
    }

    @Test
    void theSameSettingsGiveTheSameNumbersAndRewindRestoresTheInitialWeights() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        double before = w.trace().layer(0).gate(5, 0, Gate.F, 2);
        w.setRecurrentScale(2.5);
        w.setGateBias(3.0);
        double changed = w.trace().layer(0).gate(5, 0, Gate.F, 2);
        assertTrue(Math.abs(changed - before) > 1e-6, "the change must show");
        w.rewind();
        assertEquals(before, w.trace().layer(0).gate(5, 0, Gate.F, 2), 0.0);
        assertEquals(1.0, w.settings().recurrentScale());
        assertTrue(Double.isNaN(w.settings().gateBias()));
    }

    @Test
    void theOverlayRunsTheSameInputThroughAllThreeCells() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        assertEquals(3, w.comparison().size());
        assertSame(w.trace(), w.comparison().get(CellKind.LSTM));
        Trace rnn = w.comparison().get(CellKind.RNN);
        assertEquals(CellKind.RNN, rnn.cell());
        assertEquals(w.trace().hiddenSize(), rnn.hiddenSize());
        assertEquals(w.trace().layer(0).input(4, 0, 0), rnn.layer(0).input(4, 0, 0), 0.0);
    }

    @Test
    void badInputIsRefusedWithAMessageAndTheLastTraceIsKept() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        Trace before = w.trace();
        w.setCustomInput("0.5, abc, 2", 0);
        assertTrue(w.problemProperty().get().contains("\"abc\" is not a number"), w.problemProperty().get());
        assertSame(before, w.trace());
        w.setHiddenSize(0);
        assertTrue(w.problemProperty().get().contains("hidden size"));
        w.setCustomInput("1, 2, 3", 0.5);
        assertEquals("", w.problemProperty().get());
        assertEquals(SequenceKind.CUSTOM, w.settings().source());
        assertEquals(3, w.trace().length());
        assertEquals(2.0, w.trace().layer(0).input(1, 0, 0), 0.0);
    }

    /** A runner that holds work until the test releases it, to see coalescing. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void releaseOne() {
            held.remove(0).run();
        }
    }

    @Test
    void changesWhileComputingAreCoalescedToTheLatest() {
        HeldRunner runner = new HeldRunner();
        WorkspaceViewModel w = new WorkspaceViewModel(runner);
        assertTrue(w.busyProperty().get());
        w.setHiddenSize(3);
        w.setHiddenSize(4);
        w.setHiddenSize(5);
        assertEquals(1, runner.held.size(), "one computation at a time");
        runner.releaseOne();
        assertEquals(8, w.trace().hiddenSize(), "the first result is shown while the next computes");
        assertEquals(1, runner.held.size(), "only the latest settings are computed next");
        runner.releaseOne();
        assertEquals(5, w.trace().hiddenSize());
        assertFalse(w.busyProperty().get());
        assertTrue(runner.held.isEmpty());
    }

    @Test
    void selectionStaysInsideTheModel() {
        WorkspaceViewModel session = new WorkspaceViewModel(TaskRunner.direct());
        session.selection().selectUnit(7);
        assertEquals(7, session.selection().unit());
        session.setHiddenSize(4);
        assertEquals(3, session.selection().unit());
        session.timeline().setStep(29);
        session.setLength(10);
        assertEquals(9, session.timeline().step());
        Trace t = session.trace();
        assertNotSame(null, t);
    }

    @Test
    void aTrainedModelCanBeInspectedUntilTheSettingsChange() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        org.gatelab.engine.Model trained = org.gatelab.engine.Initializer.create(
                new org.gatelab.engine.ModelConfig(CellKind.GRU, null, 2, 5, 1, 1),
                org.gatelab.engine.InitSpec.pytorchDefault(99));
        org.gatelab.tasks.SampleSequence sample = org.gatelab.tasks.SampleSequences.generate(SequenceKind.ADDING, 12, 3);
        w.inspect(trained, sample, "trained GRU");
        assertEquals(CellKind.GRU, w.trace().cell());
        assertEquals(5, w.trace().hiddenSize());
        assertEquals(12, w.trace().length());
        assertEquals(CellKind.GRU, w.settings().cell());
        assertTrue(w.result().description().startsWith("trained GRU"));
        Trace expected = new org.gatelab.engine.SequenceRunner().trace(trained, sample.input(), sample.targets(), null);
        assertEquals(expected.layer(0).gate(4, 0, Gate.Z, 2), w.trace().layer(0).gate(4, 0, Gate.Z, 2), 0.0);
        w.setSeed(5);
        assertEquals(null, w.inspectionProperty().get());
        assertEquals(w.settings().length(), w.trace().length(), "back to the workspace's own input");
    }
}
