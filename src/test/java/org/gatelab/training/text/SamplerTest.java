package org.gatelab.training.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.gatelab.tasks.text.CharModel;
import org.gatelab.vocabulary.CellKind;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private final CharModel model = TextFixtures.model(CellKind.LSTM, "abc de\n", 6, 2);

    @Test
    void theSameSeedWritesTheSameTextAfterThePrime() {
        String a = new Sampler().sample(model, "ab", 40, 1.0, 5);
        assertEquals(a, new Sampler().sample(model, "ab", 40, 1.0, 5));
        assertTrue(a.startsWith("ab"));
        assertEquals(42, a.codePointCount(0, a.length()));
        assertNotEquals(a, new Sampler().sample(model, "ab", 40, 1.0, 6));
        assertTrue(a.chars().allMatch(c -> "abcde \n".indexOf(c) >= 0), "never the unknown character: " + a);
    }

    @Test
    void aLowTemperatureAlmostAlwaysTakesTheLikeliestCharacter() {
        double[] logits = {5, 1, 2, 1.5};
        Random random = new Random(1);
        int likeliest = 0;
        for (int i = 0; i < 1000; i++) {
            likeliest += Sampler.draw(logits, 0.05, random) == 2 ? 1 : 0;
        }
        assertEquals(1000, likeliest, "at τ = 0.05, 2.0 against 1.5 is e^10 to 1; the unknown (5) is never drawn");
        int[] counts = new int[4];
        for (int i = 0; i < 30_000; i++) {
            counts[Sampler.draw(logits, 1.0, random)]++;
        }
        double z = Math.exp(1) + Math.exp(2) + Math.exp(1.5);
        assertEquals(Math.exp(2) / z, counts[2] / 30_000.0, 0.01, "τ = 1 draws the model's own probabilities");
    }

    @Test
    void aPrimeWithCharactersOutsideTheVocabularyGetsAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Sampler().sample(model, "Xa", 5, 1, 1));
        assertTrue(e.getMessage().startsWith("the prime \"Xa\" has a character the model never saw: \"X\" (U+0058) "
                + "(the first at character 1)"), e.getMessage());
        CharModel noLineBreak = TextFixtures.model(CellKind.GRU, "abc", 4, 1);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new Sampler().sample(noLineBreak, "", 5, 1, 1));
        assertTrue(empty.getMessage().startsWith("give a prime"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sampler().sample(model, "a", 5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Sampler().sample(model, "a", 0, 1, 1));
    }
}
