package org.gatelab.viewmodel.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.gatelab.engine.SequenceRunner;
import org.gatelab.io.CharModelFiles;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextSample;
import org.gatelab.viewmodel.TaskRunner;
import org.gatelab.vocabulary.SequenceKind;
import org.junit.jupiter.api.Test;

/** A text typed into the workspace: read by the character model being inspected, or by the seed's model. */
class TypedTextTest {
    private static CharModel brackets() throws IOException {
        return CharModelFiles.load(Path.of("assets", "models", "brackets-lstm.safetensors"));
    }

    @Test
    void aCharacterModelBeingInspectedReadsTheTypedTextWithItsOwnVocabulary() throws IOException {
        CharModel m = brackets();
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        w.inspect(m.model(), TextSample.of(m.vocabulary(), "((((("), "brackets LSTM", m.vocabulary());
        w.setTextInput("((())");
        assertEquals("", w.problemProperty().get());
        assertNotNull(w.inspectionProperty().get(), "the model is kept");
        assertEquals(SequenceKind.TEXT, w.settings().source());
        assertEquals(16, w.result().trace().hiddenSize());
        assertEquals(4, w.result().trace().inputSize(), "( ) line break and the unknown character");
        // the very numbers the model gives on that text
        var sample = TextSample.of(m.vocabulary(), "((())");
        var expected = new SequenceRunner().trace(m.model(), sample.input(), sample.targets(), null);
        assertEquals(expected.layer(0).cellState(3, 0, 8), w.result().trace().layer(0).cellState(3, 0, 8), 0.0);
        // any other change lets the model go
        w.setSource(SequenceKind.SINE);
        assertNull(w.inspectionProperty().get());
    }

    @Test
    void withoutACharacterModelATypedTextIsOneHotOverItsOwnCharacters() {
        WorkspaceViewModel w = new WorkspaceViewModel(TaskRunner.direct());
        w.setTextInput("abcab");
        assertEquals(SequenceKind.TEXT, w.settings().source());
        assertEquals(4, w.result().trace().inputSize(), "a b c and the unknown character");
        assertEquals(4, w.result().trace().length(), "each character but the last");
        w.setTextInput("a");
        assertTrue(w.problemProperty().get().contains("2"), w.problemProperty().get());
    }
}
