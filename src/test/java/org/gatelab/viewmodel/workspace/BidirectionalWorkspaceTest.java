package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.Initializer;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.trace.Trace;
import org.gatelab.tasks.SampleSequences;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;

/** A bidirectional workspace: the setting, the direction the views follow, and an inspected bidirectional model. */
class BidirectionalWorkspaceTest {

    @Test
    void theSettingRunsABidirectionalModelAndTheSelectionCanFollowEitherDirection() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        w.selection().selectDirection(Direction.REVERSE);
        assertEquals(Direction.FORWARD, w.selection().direction(), "a one-direction model has no reverse to follow");

        w.setLayers(2);
        w.setBidirectional(true);
        Trace trace = w.trace();
        assertTrue(trace.bidirectional());
        assertEquals(2, trace.layerCount());
        assertTrue(w.selection().bidirectionalProperty().get());
        assertEquals(2 * trace.hiddenSize(), trace.layer(1, Direction.FORWARD).inputSize(),
                "the layer above reads both directions of the layer below");

        w.selection().selectLayer(1);
        w.selection().selectDirection(Direction.REVERSE);
        assertSame(trace.layer(1, Direction.REVERSE), w.selection().layerOf(trace));
        w.selection().selectDirection(Direction.FORWARD);
        assertSame(trace.layer(1, Direction.FORWARD), w.selection().layerOf(trace));

        w.selection().selectDirection(Direction.REVERSE);
        w.setBidirectional(false);
        assertFalse(w.trace().bidirectional());
        assertEquals(Direction.FORWARD, w.selection().direction(), "back to forward when the reverse one is gone");
        w.undo();
        assertTrue(w.trace().bidirectional(), "the change can be undone like any other");
    }

    @Test
    void anInspectedBidirectionalModelIsShownWithBothDirections() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        ModelConfig c = new ModelConfig(CellKind.GRU, Nonlinearity.TANH, 1, 5, 1, 1, true);
        Model m = Initializer.create(c, new InitSpec(InitScheme.PYTORCH_DEFAULT, 3, Double.NaN, 1.0, 10));
        w.inspect(m, SampleSequences.generate(SequenceKind.SINE, 12, 4), "a bidirectional GRU");
        assertTrue(w.settings().bidirectional());
        assertTrue(w.trace().bidirectional());
        assertEquals(5, w.trace().hiddenSize());
        assertTrue(w.selection().bidirectionalProperty().get());
    }
}
