package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HypothesisTest {
    private static final double N = Double.NaN;

    @Test
    void insideQuotesTurnsOnAtTheOpeningQuoteAndOffAtTheClosingOneOrTheLineBreak() {
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 1, 1, 0, 0},
                Hypothesis.INSIDE_QUOTES.signal("a\"b\"c\"d\ne", null));
        assertArrayEquals(new double[] {1, 1, 0}, Hypothesis.INSIDE_QUOTES.signal("\u201Cx\u201D", null));
    }

    @Test
    void bracketsCountEveryKindAndResetAtALineBreak() {
        assertArrayEquals(new double[] {1, 2, 2, 1, 0, 0, 1}, Hypothesis.BRACKET_DEPTH.signal("([a]}\n{", null));
        assertArrayEquals(new double[] {1, 1, 1, 1, 0, 0, 1}, Hypothesis.INSIDE_BRACKETS.signal("([a]}\n{", null));
    }

    @Test
    void positionSpaceAndVowelSignals() {
        assertArrayEquals(new double[] {1, 2, 0, 1}, Hypothesis.POSITION_IN_LINE.signal("ab\nc", null));
        assertArrayEquals(new double[] {0, 1, 0}, Hypothesis.AFTER_SPACE.signal("a b", null));
        assertArrayEquals(new double[] {1, 0, N, 1, 0}, Hypothesis.VOWEL.signal("aB1éz", null));
    }

    @Test
    void aRegularExpressionMarksTheCharactersOfItsMatches() {
        assertArrayEquals(new double[] {0, 0, 0, 1, 1, 0, 1}, Hypothesis.REGEX.signal("ab 12x3", "[0-9]+"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Hypothesis.REGEX.signal("abc", "a(b"));
        assertTrue(e.getMessage().startsWith("the regular expression unclosed group"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hypothesis.REGEX.signal("abc", ""));
    }

    @Test
    void idsParse() {
        for (Hypothesis h : Hypothesis.values()) {
            assertEquals(h, Hypothesis.parse(h.id().toUpperCase(java.util.Locale.ROOT)));
        }
        assertThrows(IllegalArgumentException.class, () -> Hypothesis.parse("quotes"));
    }
}
