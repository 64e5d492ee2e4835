package org.gatelab.tasks.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextTaskTest {
    private static String names() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("Name").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aCorpusSplitByLineHoldsOutWholeLinesTheTrainingTextLacks() {
        TextCorpus corpus = new TextCorpus("n", "names", names(), TextCorpus.Split.LINES, "");
        TextData d = new TextTask(corpus, 10, 0.1).generate(3, 4);
        String held = d.validationText(0, d.validationLength());
        List<String> heldLines = TextTask.lines(held);
        assertEquals(20, heldLines.size());
        Set<String> trainLines = new HashSet<>();
        // the training text is every line not held out
        assertEquals(corpus.length(), d.trainLength() + d.validationLength());
        for (String line : TextTask.lines(names())) {
            trainLines.add(line);
        }
        for (String line : heldLines) {
            assertTrue(trainLines.remove(line), "a held-out line is a whole line of the corpus: " + line);
        }
        assertEquals(180, trainLines.size());
        assertEquals(d.validationText(0, 99), new TextTask(corpus, 10, 0.1).generate(3, 4).validationText(0, 99),
                "the same seed holds out the same lines");
        assertFalse(held.equals(new TextTask(corpus, 10, 0.1).generate(4, 4).validationText(0, 10_000)));
    }

    @Test
    void proseIsHeldOutAtItsEndFromALineStart() {
        String text = "first line of prose\nsecond line here\nthird line, the end of it\n";
        TextData d = new TextTask(TextCorpus.prose("p", "p", text, ""), 5, 0.3).generate(1, 2);
        assertEquals("third line, the end of it\n", d.validationText(0, 1000));
        assertEquals(text.length() - 26, d.trainLength());
        assertTrue(d.notes().get(0).startsWith("the first 37 characters train"), d.notes().toString());
    }

    @Test
    void settingsAreCheckedAndATinyTextIsRefused() {
        TextCorpus ok = TextCorpus.prose("p", "p", "a".repeat(40), "");
        assertThrows(IllegalArgumentException.class, () -> new TextTask(ok, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new TextTask(ok, 10, 0.6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextCorpus.prose("tiny.txt", "t", "abc", ""));
        assertEquals("tiny.txt: the text has only 3 characters; a character model needs at least 20", e.getMessage());
    }
}
