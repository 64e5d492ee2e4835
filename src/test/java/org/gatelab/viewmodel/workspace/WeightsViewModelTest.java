package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gatelab.engine.Spectra;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.junit.jupiter.api.Test;

/**
 * The W_hh view's model: the spectra are the engine's for the model the workspace shows, computed only while the
 * view is shown, again after every change (the W_hh-scale knob scales every eigenvalue), the latest of several
 * quick changes only, and for a large model only when asked.
 */
class WeightsViewModelTest {
    /** Runs the work when the test says so, one job at a time, as a worker thread would. */
    private static final class QueueRunner implements TaskRunner {
        private final Deque<Runnable> jobs = new ArrayDeque<>();
        int started;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            started++;
            jobs.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }

    @Test
    void theSpectraAreTheEnginesForTheShownModelAndFollowTheKnob() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        WeightsViewModel m = new WeightsViewModel(w, TaskRunner.direct());
        assertNull(m.weightsProperty().get(), "nothing computed while the view is not shown");
        m.setActive(true);
        List<RecurrentWeights> expected = Spectra.of(w.result().model());
        RecurrentWeights shown = m.selectedLayer();
        assertEquals(CellKind.LSTM, shown.cell());
        assertEquals(expected.get(0).spectrum(Gate.F).spectralRadius(), shown.spectrum(Gate.F).spectralRadius(),
                0);
        double radius = shown.spectrum(Gate.F).spectralRadius();
        w.setRecurrentScale(2);
        assertEquals(2 * radius, m.selectedLayer().spectrum(Gate.F).spectralRadius(), 1e-9,
                "doubling W_hh doubles every eigenvalue");
        assertEquals("", m.messageProperty().get());
    }

    @Test
    void quickChangesAreComputedOnceTheLatest() {
        QueueRunner runner = new QueueRunner();
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        WeightsViewModel m = new WeightsViewModel(w, runner);
        m.setActive(true);
        assertTrue(m.busyProperty().get());
        w.setRecurrentScale(1.5);
        w.setRecurrentScale(2.5);
        w.setRecurrentScale(3);
        runner.runAll();
        assertEquals(2, runner.started, "the first computation and the latest change, nothing between");
        assertFalse(m.busyProperty().get());
        double expected = Spectra.of(w.result().model()).get(0).spectrum(Gate.F).spectralRadius();
        assertEquals(expected, m.selectedLayer().spectrum(Gate.F).spectralRadius(), 0);
    }

    @Test
    void aLargeModelWaitsUntilAskedAndItsSizeIsRememberedThen() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        w.setCell(CellKind.RNN);
        w.setHiddenSize(WeightsViewModel.AUTOMATIC_UNITS + 1);
        WeightsViewModel m = new WeightsViewModel(w, TaskRunner.direct());
        m.setActive(true);
        assertTrue(m.waitingForConsentProperty().get());
        assertNull(m.weightsProperty().get());
        assertTrue(m.messageProperty().get().contains((WeightsViewModel.AUTOMATIC_UNITS + 1) + " × "),
                m.messageProperty().get());
        m.computeLarge();
        assertFalse(m.waitingForConsentProperty().get());
        assertEquals(WeightsViewModel.AUTOMATIC_UNITS + 1, m.selectedLayer().hiddenSize());
        w.setRecurrentScale(0.5);
        assertFalse(m.waitingForConsentProperty().get(), "the same size again needs no second yes");
        w.setHiddenSize(WeightsViewModel.AUTOMATIC_UNITS + 2);
        assertTrue(m.waitingForConsentProperty().get(), "a larger one asks again");
    }

    @Test
    void aViewShownAgainCatchesUp() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        WeightsViewModel m = new WeightsViewModel(w, TaskRunner.direct());
        m.setActive(true);
        m.setActive(false);
        w.setCell(CellKind.GRU);
        assertEquals(CellKind.LSTM, m.selectedLayer().cell(), "hidden: not recomputed");
        m.setActive(true);
        assertEquals(CellKind.GRU, m.selectedLayer().cell());
    }

    @Test
    void aBidirectionalModelShowsTheChosenDirectionsOwnMatrix() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        w.setLayers(2);
        w.setBidirectional(true);
        WeightsViewModel m = new WeightsViewModel(w, TaskRunner.direct());
        m.setActive(true);
        assertEquals(4, m.weightsProperty().get().size(), "both directions of both layers");
        w.selection().selectLayer(1);
        w.selection().selectDirection(org.gatelab.vocabulary.Direction.REVERSE);
        RecurrentWeights shown = m.selectedLayer();
        assertEquals(1, shown.layer());
        assertEquals(org.gatelab.vocabulary.Direction.REVERSE, shown.direction());
        org.gatelab.engine.trace.Tensor reverse = w.result().model().parameter(
                org.gatelab.engine.ParameterNames.weightHh(1, org.gatelab.vocabulary.Direction.REVERSE));
        assertEquals(reverse.get(5, 3), shown.value(5, 3), 0.0, "weight_hh_l1_reverse, as the model holds it");
        assertTrue(org.gatelab.render.weights.WeightsFigure.heading(shown, 2).contains("reverse direction "
                + "(weight_hh_l1_reverse)"), org.gatelab.render.weights.WeightsFigure.heading(shown, 2));
        assertTrue(org.gatelab.render.weights.WeightsFigure.caption(shown, Gate.F).contains("∂hₜ/∂hₜ₊₁"));
        w.selection().selectDirection(org.gatelab.vocabulary.Direction.FORWARD);
        assertEquals(w.result().model().parameter(org.gatelab.engine.ParameterNames.weightHh(1)).get(5, 3),
                m.selectedLayer().value(5, 3), 0.0);
        assertTrue(reverse.get(5, 3) != m.selectedLayer().value(5, 3), "two directions, two matrices");
    }
}
