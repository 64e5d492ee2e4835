package org.gatelab.tasks.seq2seq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.gatelab.engine.Seq2SeqBatch;
import org.junit.jupiter.api.Test;

/** The sequence-to-sequence tasks give the right answers, the same pairs for a seed, and batches of one length. */
class Seq2SeqTasksTest {

    @Test
    void reverseWritesTheSourceBackwards() {
        ReverseTask task = new ReverseTask(10, 2, 6, 200, 50);
        assertEquals("dcba", task.targetAlphabet().text(task.answer(task.sourceAlphabet().encode("abcd"))));
        Seq2SeqData data = task.generate(3);
        for (int i = 0; i < data.train().size(); i++) {
            assertArrayEquals(task.answer(data.train().source(i)), data.train().target(i));
            int length = data.train().sourceLength(i);
            assertTrue(length >= 2 && length <= 6, "length " + length);
        }
        assertEquals(0.1, data.chanceAccuracy(), 0.0);
    }

    @Test
    void theSameSeedGivesTheSamePairsAndAnotherSeedOthers() {
        ReverseTask task = ReverseTask.defaults();
        Seq2SeqData a = task.generate(7);
        Seq2SeqData b = task.generate(7);
        Seq2SeqData c = task.generate(8);
        boolean differs = false;
        for (int i = 0; i < a.train().size(); i++) {
            assertArrayEquals(a.train().source(i), b.train().source(i));
            differs |= !java.util.Arrays.equals(a.train().source(i), c.train().source(i));
        }
        assertTrue(differs);
    }

    @Test
    void theValidationSetHasAsManyPairsAtEveryLength() {
        Seq2SeqData data = new ReverseTask(10, 2, 20, 500, 950).generate(1);
        Map<SymbolPairs.Lengths, int[]> groups = data.validation().groups();
        assertEquals(19, groups.size());
        groups.values().forEach(g -> assertEquals(50, g.length));
    }

    @Test
    void aBatchHoldsPairsOfOneLengthTimeMajor() {
        SymbolPairs set = new SymbolPairs(java.util.List.of(new int[] {1, 2}, new int[] {3, 4}, new int[] {5}),
                java.util.List.of(new int[] {2, 1}, new int[] {4, 3}, new int[] {5}));
        Seq2SeqBatch batch = set.batch(new int[] {0, 1});
        assertEquals(2, batch.sourceLength());
        assertArrayEquals(new int[] {1, 3, 2, 4}, batch.sources());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.batch(new int[] {0, 2}));
        assertTrue(e.getMessage().contains("one length"), e.getMessage());
    }

    @Test
    void sortPutsTheDigitsInOrder() {
        SortTask task = SortTask.defaults();
        assertEquals("1134", task.targetAlphabet().text(task.answer(task.sourceAlphabet().encode("3141"))));
        Seq2SeqData data = task.generate(2);
        for (int i = 0; i < 100; i++) {
            int[] t = data.train().target(i);
            for (int k = 1; k < t.length; k++) {
                assertTrue(t[k - 1] <= t[k]);
            }
        }
    }

    @Test
    void everyDateFormatBecomesTheIsoDate() {
        LocalDate d = LocalDate.of(2024, 3, 15);
        assertEquals("15 March 2024", DateFormat.LONG.format(d));
        assertEquals("March 15, 2024", DateFormat.AMERICAN.format(d));
        assertEquals("15.03.2024", DateFormat.DOTTED.format(d));
        assertEquals("03/15/2024", DateFormat.SLASHED.format(d));
        assertEquals("15 Mar 24", DateFormat.SHORT.format(d));
        assertEquals("Friday, 15 March 2024", DateFormat.WEEKDAY.format(d));
        for (DateFormat f : DateFormat.values()) {
            assertEquals(f.example(), f.format(d));
        }
        DatesTask task = DatesTask.defaults();
        Seq2SeqData data = task.generate(4);
        for (int i = 0; i < 200; i++) {
            String iso = task.targetAlphabet().text(data.train().target(i));
            LocalDate date = LocalDate.parse(iso);
            assertTrue(!date.isBefore(DatesTask.FIRST) && !date.isAfter(DatesTask.LAST), iso);
            String source = task.sourceAlphabet().text(data.train().source(i));
            boolean some = false;
            for (DateFormat f : DateFormat.values()) {
                some |= f.format(date).equals(source);
            }
            assertTrue(some, source + " is none of the formats of " + iso);
        }
        assertEquals("1 May 01".length(), task.minLength());
        assertEquals("Wednesday, 27 September 2000".length(), task.maxLength());
    }

    @Test
    void settingsOutsideTheirRangesAreRefusedByName() {
        assertEquals("alphabet size must be between 2 and 26, got 30",
                assertThrows(IllegalArgumentException.class, () -> new ReverseTask(30, 2, 5, 100, 100)).getMessage());
        assertEquals("the shortest length (8) is above the longest (5)",
                assertThrows(IllegalArgumentException.class, () -> new SortTask(8, 5, 100, 100)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DateFormat.parse("iso")).getMessage()
                .contains("expected long, american"));
    }
}
