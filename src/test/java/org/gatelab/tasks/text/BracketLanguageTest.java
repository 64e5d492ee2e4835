package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BracketLanguageTest {
    @Test
    void everyLineIsBalancedAndNoDeeperThanTheLimit() {
        String text = BracketLanguage.generate(1, BracketLanguage.DEFAULT_LINES);
        String[] lines = text.split("\n", -1);
        assertEquals(BracketLanguage.DEFAULT_LINES + 1, lines.length, "every line ends in a line break");
        assertEquals("", lines[lines.length - 1]);
        int deepest = 0;
        long characters = 0;
        for (int k = 0; k < lines.length - 1; k++) {
            String line = lines[k];
            assertTrue(line.matches("[()]+"), line);
            int depth = 0;
            for (char c : line.toCharArray()) {
                depth += c == '(' ? 1 : -1;
                assertTrue(depth >= 0, "never closes more than it opened: " + line);
                deepest = Math.max(deepest, depth);
            }
            assertEquals(0, depth, "balanced: " + line);
            characters += line.length();
        }
        assertEquals(BracketLanguage.MAX_DEPTH, deepest, "some line reaches the deepest nesting");
        double mean = (double) characters / BracketLanguage.DEFAULT_LINES;
        // the class comment says "18 characters long on average"
        assertEquals(18, mean, 1.0, "mean line length " + mean);
    }

    @Test
    void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
        assertEquals(BracketLanguage.generate(7, 50), BracketLanguage.generate(7, 50));
        assertNotEquals(BracketLanguage.generate(7, 50), BracketLanguage.generate(8, 50));
    }

    @Test
    void theDepthSignalCountsOpenBrackets() {
        double[] depth = Hypothesis.BRACKET_DEPTH.signal("((()\n()", null);
        assertEquals(Arrays.toString(new double[] {1, 2, 3, 2, 0, 1, 0}), Arrays.toString(depth));
    }
}
