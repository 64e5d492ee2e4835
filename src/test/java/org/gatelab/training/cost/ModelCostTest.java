package org.gatelab.training.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatelab.engine.InitSpec;
import org.gatelab.engine.Initializer;
import org.gatelab.engine.Model;
import org.gatelab.engine.ModelConfig;
import org.gatelab.engine.Seq2SeqConfig;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.api.Test;

/** The cost table's counts, worked out by hand for small models. */
class ModelCostTest {

    private static Model model(CellKind cell, int in, int hidden, int layers, int out, boolean bidirectional) {
        return Initializer.create(new ModelConfig(cell, Nonlinearity.TANH, in, hidden, layers, out, bidirectional),
                InitSpec.pytorchDefault(1));
    }

    @Test
    void anLstmOnTheAddingProblem() {
        // LSTM, 2 inputs, hidden 32, 1 output: 4·32·(2 + 32 + 2) + (32 + 1) = 4641 parameters
        ModelCost c = ModelCost.of(model(CellKind.LSTM, 2, 32, 1, 1, false), List.of(100L));
        assertEquals(4641, c.parameters());
        assertEquals(4 * 4641, c.bytesFloat32());
        // int8: 4·32·(2 + 32) + 32 weights, 2·128 + 1 biases, 3 scales (per tensor) or 128 + 128 + 1 (per row)
        assertEquals(4352 + 32 + 4 * (257 + 3), c.bytesInt8PerTensor());
        assertEquals(4352 + 32 + 4 * (257 + 257), c.bytesInt8PerRow());
        assertEquals(4 * 32 * 34 + 32, c.macsPerStep());
        assertEquals(5 * 32, c.squashingsPerStep());
        assertEquals(3 * 32, c.productsPerStep());
        assertEquals(64, c.stateFloats(), "h and c");
        assertTrue(c.streamable());
        ContextCost row = c.contexts().get(0);
        assertEquals(64, row.modelFloats());
        assertEquals(c.macsPerStep(), row.modelMacs());
        // a transformer of width 32, one layer, 100 tokens: 2·100·32 cached, 12·32² + 2·100·32 per token
        assertEquals(6400, row.transformerFloats());
        assertEquals(12 * 1024 + 6400, row.transformerMacs());
    }

    @Test
    void aGruDoesThreeQuartersOfAnLstmsProducts() {
        ModelCost lstm = ModelCost.of(model(CellKind.LSTM, 16, 64, 2, 4, false), List.of(10L));
        ModelCost gru = ModelCost.of(model(CellKind.GRU, 16, 64, 2, 4, false), List.of(10L));
        long head = 4 * 64;
        assertEquals(3.0 / 4, (double) (gru.macsPerStep() - head) / (lstm.macsPerStep() - head), 1e-15);
        assertEquals(2 * 64, gru.stateFloats(), "two layers, h only");
    }

    @Test
    void aBidirectionalModelCannotStream() {
        ModelCost c = ModelCost.of(model(CellKind.GRU, 3, 8, 1, 2, true), List.of(10L, 1000L));
        assertFalse(c.streamable());
        long direction = 3 * 8 * (3 + 8);
        assertEquals(2 * direction + 2 * 16, c.macsPerStep());
        // one more step: the forward direction once, the reverse direction over the whole context again
        assertEquals(direction + 1000 * direction + 2 * 16, c.contexts().get(1).modelMacs());
        assertEquals(1000 * 3 + 16, c.contexts().get(1).modelFloats(), "the inputs and both states");
    }

    @Test
    void attentionKeepsEveryEncoderStateAndLooksAtAllOfThem() {
        Seq2SeqConfig config = new Seq2SeqConfig(CellKind.GRU, Nonlinearity.TANH, 10, 10, 16, 1, AttentionKind.DOT);
        ModelCost dot = ModelCost.of(Initializer.create(config, InitSpec.pytorchDefault(1)), List.of(10L, 100L));
        ModelCost none = ModelCost.of(Initializer.create(config.withAttention(AttentionKind.NONE),
                InitSpec.pytorchDefault(1)), List.of(10L, 100L));
        assertEquals(16 + 10 * 16, dot.contexts().get(0).modelFloats());
        assertEquals(16 + 100 * 16, dot.contexts().get(1).modelFloats());
        assertEquals(16, none.contexts().get(1).modelFloats(), "no attention: the decoder's state only");
        long decoder = 3 * 16 * (11 + 16) + 10 * 16;
        assertEquals(decoder, none.contexts().get(1).modelMacs());
        assertEquals(decoder + 2 * 100 * 16 + 2 * 16 * 16, dot.contexts().get(1).modelMacs());
        assertFalse(dot.streamable());
        assertEquals(config.parameterCount(), dot.parameters());
    }
}
