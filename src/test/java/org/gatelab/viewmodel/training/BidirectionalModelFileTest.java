package org.gatelab.viewmodel.training;

import static org.gatelab.viewmodel.training.TrainingLabFixtures.synchronous;
import static org.gatelab.viewmodel.training.TrainingLabFixtures.tinyAdding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.trace.Trace;
import org.gatelab.io.ModelFiles;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.viewmodel.workspace.WorkspaceViewModel;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.InitScheme;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bidirectional model saved as safetensors (with its {@code _reverse} tensors), loaded in the training lab and
 * inspected, is shown in the workspace with both directions: the settings follow it and the reverse direction's
 * record is the model's own.
 */
class BidirectionalModelFileTest {
    @TempDir
    Path dir;

    @Test
    void aLoadedBidirectionalModelIsInspectedWithBothDirections() throws IOException {
        ModelConfig c = new ModelConfig(CellKind.LSTM, Nonlinearity.TANH, 2, 4, 2, 1, true);
        Model saved = Initializer.create(c, new InitSpec(InitScheme.PYTORCH_DEFAULT, 11, Double.NaN, 1.0, 10));
        Path file = dir.resolve("bilstm.safetensors");
        ModelFiles.save(file, saved);

        WorkspaceViewModel workspace = new WorkspaceViewModel(TaskRunner.direct());
        TrainingLabViewModel lab = synchronous(workspace);
        tinyAdding(lab, 1);
        lab.loadModel(file);
        assertEquals(TrainingState.LOADED, lab.state(), lab.noticeProperty().get().text());
        assertTrue(lab.noticeProperty().get().text().endsWith("It is bidirectional; the lab trains one-way networks, "
                + "so Start trains a one-way LSTM of the same sizes."), lab.noticeProperty().get().text());
        lab.inspect();

        assertTrue(workspace.settings().bidirectional(), "the settings follow the model");
        Trace trace = workspace.trace();
        assertTrue(trace.bidirectional());
        assertEquals(2, trace.layerCount());
        assertTrue(workspace.selection().bidirectionalProperty().get(), "the direction can be chosen");
        workspace.selection().selectLayer(1);
        workspace.selection().selectDirection(Direction.REVERSE);
        assertEquals(trace.layer(1, Direction.REVERSE), workspace.selection().layerOf(trace));
        assertEquals(8, trace.layer(1, Direction.REVERSE).inputSize(), "layer 2 reads [h→ ; h←] of layer 1");
    }
}
