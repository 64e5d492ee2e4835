package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatelab.engine.SequenceRunner;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.tasks.text.TextStreams;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

class TextReadingTest {
    private final CharModel model = TextFixtures.model(CellKind.LSTM, "hello world\n", 5, 3);

    @Test
    void predictionsAreTheSoftmaxOfTheReadoutAndTheTopFiveAreTheLikeliest() {
        TextReading r = TextReading.of(model, "hello wo");
        assertEquals(8, r.length());
        double[] y = new SequenceRunner().forward(model.model(), TextStreams.oneHot(model.vocabulary()
                .encode("hello wo"), model.vocabulary().size()), null, null).outputs();
        int v = model.vocabulary().size();
        for (int t = 0; t < 8; t++) {
            double sum = 0;
            for (int s = 0; s < v; s++) {
                sum += r.probability(t, s);
            }
            assertEquals(1, sum, 1e-12);
            // p_a / p_b = exp(y_a - y_b)
            assertEquals(Math.exp(y[t * v + 1] - y[t * v + 2]), r.probability(t, 1) / r.probability(t, 2), 1e-9);
            int[] top = r.top(t, 5);
            assertEquals(5, top.length);
            for (int k = 1; k < 5; k++) {
                assertTrue(r.probability(t, top[k - 1]) >= r.probability(t, top[k]));
            }
            for (int s = 0; s < v; s++) {
                final int symbol = s;
                boolean inTop = java.util.Arrays.stream(top).anyMatch(x -> x == symbol);
                assertTrue(inTop || r.probability(t, s) <= r.probability(t, top[4]));
            }
        }
        assertEquals(-Math.log(r.probability(0, model.vocabulary().index('e'))) / Math.log(2), r.surprise(0), 1e-12);
        assertTrue(Double.isNaN(r.surprise(7)));
    }

    @Test
    void charactersOutsideTheVocabularyAreReadAsTheUnknownOne() {
        TextReading r = TextReading.of(model, "hi, you");
        assertEquals(4, r.unknownCount(), "i , y and u are not in \"hello world\"; h, the space and o are");
        assertArrayEquals(new int[] {model.vocabulary().index('h'), 0}, new int[] {r.symbol(0), r.symbol(1)});
        assertThrows(IllegalArgumentException.class, () -> TextReading.of(model, ""));
        assertThrows(IllegalArgumentException.class, () -> TextReading.of(model, "x".repeat(2001)));
    }
}
