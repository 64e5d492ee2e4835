package org.gatelab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.vocabulary.AttentionKind;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.DecoderFeed;
import org.gatelab.vocabulary.Nonlinearity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An encoder-decoder records the same numbers, bit for bit, with one thread or two and with the SIMD loops or the
 * scalar ones (hidden 20: whole vectors and a tail; batch 10: lanes of 5 sequences).
 */
class Seq2SeqDeterminismTest {

    private static Seq2SeqBatch batch(long seed) {
        Random random = new Random(seed);
        int t = 6;
        int s = 5;
        int b = 10;
        int[] source = new int[t * b];
        int[] target = new int[s * b];
        for (int i = 0; i < source.length; i++) {
            source[i] = random.nextInt(7);
        }
        for (int i = 0; i < target.length; i++) {
            target[i] = random.nextInt(5);
        }
        return new Seq2SeqBatch(t, s, b, source, target);
    }

    @ParameterizedTest
    @CsvSource({"LSTM, ADDITIVE", "GRU, GENERAL", "RNN, DOT", "LSTM, NONE"})
    void threadsAndSimdChangeNoBit(CellKind cell, AttentionKind kind) {
        Seq2SeqModel model = TestModels.randomSeq2Seq(new Seq2SeqConfig(cell, Nonlinearity.TANH, 7, 5, 20, 2, kind),
                77);
        Seq2SeqBatch batch = batch(78);
        Seq2SeqTrace one = new Seq2SeqRunner(1).trace(model, batch, DecoderFeed.GREEDY);
        assertSame(one, new Seq2SeqRunner(2).trace(model, batch, DecoderFeed.GREEDY));
        assertArrayEquals(new Seq2SeqRunner(1).decode(model, batch), new Seq2SeqRunner(2).decode(model, batch));
        if (Simd.enabled()) {
            assertSame(one, new Seq2SeqRunner(1, false).trace(model, batch, DecoderFeed.GREEDY));
        }
        assumeTrue(Simd.enabled(), "the JVM has no Vector API: only the thread count was compared");
    }

    private static void assertSame(Seq2SeqTrace a, Seq2SeqTrace b) {
        assertEquals(a.loss(), b.loss(), 0.0);
        for (int s = 0; s < a.targetLength(); s++) {
            for (int k = 0; k < a.batchSize(); k++) {
                assertEquals(a.decoderInput(s, k), b.decoderInput(s, k));
                for (int v = 0; v < a.shape().targetVocabulary(); v++) {
                    assertEquals(a.output(s, k, v), b.output(s, k, v), 0.0, "y");
                }
                for (int t = 0; t < a.sourceLength(); t++) {
                    assertEquals(a.inputGradientNorm(s, k, t), b.inputGradientNorm(s, k, t), 0.0, "input gradient");
                    if (a.hasAttention()) {
                        assertEquals(a.attention().weight(s, k, t), b.attention().weight(s, k, t), 0.0, "α");
                        assertEquals(a.attention().gradWeight(s, k, t), b.attention().gradWeight(s, k, t), 0.0,
                                "dL/dα");
                    }
                }
            }
        }
        for (int l = 0; l < a.encoder().size(); l++) {
            assertLayer(a.encoder().get(l), b.encoder().get(l));
            assertLayer(a.decoder().get(l), b.decoder().get(l));
        }
        for (String name : a.parameterGradients().keySet()) {
            assertArrayEquals(a.parameterGradients().get(name).values(), b.parameterGradients().get(name).values(), 0.0,
                    name);
        }
    }

    private static void assertLayer(LayerTrace a, LayerTrace b) {
        for (int t = 0; t < a.length(); t++) {
            for (int k = 0; k < a.batchSize(); k++) {
                assertArrayEquals(a.hiddenVector(t, k), b.hiddenVector(t, k), 0.0, "h");
                assertArrayEquals(a.gradHiddenVector(t, k), b.gradHiddenVector(t, k), 0.0, "dL/dh");
            }
        }
    }
}
