package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerPositionsTest {
    /** Choice checks with {@code options} options each, the right one at the given 1-based positions. */
    private static List<Check.Choice> answersAt(int options, int... positions) {
        List<Check.Choice> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < options; k++) {
            texts.add("option " + k);
        }
        for (int p : positions) {
            out.add(new Check.Choice("?", texts, p - 1, List.of(), "because", 1));
        }
        return out;
    }

    @Test
    void theCoursesOldHabitIsAPile() {
        // issue 13: 24 of the 30 answers at position 2 of 3
        int[] positions = new int[30];
        for (int i = 0; i < 30; i++) {
            positions[i] = i < 24 ? 2 : i % 2 == 0 ? 1 : 3;
        }
        AnswerPositions.Pile pile = AnswerPositions.pile(answersAt(3, positions));
        assertEquals(new AnswerPositions.Pile(2, 24, 30), pile);
        assertEquals("choice answers pile onto position 2 (24 of 30)", pile.message());
    }

    @Test
    void fortyPercentIsAllowedAndMoreIsNot() {
        assertNull(AnswerPositions.pile(answersAt(3, 1, 1, 2, 2, 3)), "2 of 5 is 40 %");
        assertEquals(new AnswerPositions.Pile(1, 3, 5), AnswerPositions.pile(answersAt(3, 1, 1, 1, 2, 3)));
    }

    @Test
    void whatTheOptionsCannotSpreadThinnerIsNoPile() {
        assertNull(AnswerPositions.pile(answersAt(3, 2)), "one check");
        assertNull(AnswerPositions.pile(answersAt(2, 1, 2)), "two checks of two options: 50 % is the fairest");
        assertNull(AnswerPositions.pile(answersAt(3, 1, 2, 3, 3)), "four checks of three options: two share one");
        assertEquals(new AnswerPositions.Pile(2, 2, 2), AnswerPositions.pile(answersAt(3, 2, 2)));
        assertEquals(2, AnswerPositions.fairest(answersAt(3, 1, 1, 1, 1)));
        List<Check.Choice> mixed = new ArrayList<>(answersAt(2, 1, 1, 1));
        mixed.addAll(answersAt(4, 3));
        assertEquals(2, AnswerPositions.fairest(mixed), "three two-option checks share positions 1 and 2");
        assertNull(AnswerPositions.pile(List.of()));
    }
}
