package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gatelab.vocabulary.Direction;
import org.junit.jupiter.api.Test;

/**
 * The scene keys of the Sequence-to-sequence tab ({@code open: seq2seq}, {@code seq2seq.*}) and of a
 * bidirectional workspace ({@code bidirectional}, {@code direction}): read, refused with their line and field, and
 * written back exactly.
 */
class SceneSeq2SeqAndDirectionTest {
    private static final LessonPaths PATHS = new LessonPaths(Path.of("assets").toAbsolutePath().normalize());

    private static SceneFiles.Result parse(String text) {
        return SceneFiles.parse(text, "s.gatelab", PATHS, null);
    }

    private static Scene read(String text) {
        SceneFiles.Result r = parse(text);
        assertTrue(r.problems().isEmpty(), r.problems() + " in\n" + text);
        return r.scene();
    }

    @Test
    void readsTheSeq2SeqTabAndTheBidirectionalKeys() {
        Scene s = read("""
                open: seq2seq
                seq2seq.task: Sort
                seq2seq.length: 9
                seq2seq.cell: lstm
                seq2seq.attention: additive
                seq2seq.hidden: 32
                seq2seq.epochs: 4
                seq2seq.pairs: 2000
                bidirectional: true
                direction: reverse
                layers: 2
                """);
        assertEquals(SceneTab.SEQ2SEQ, s.open());
        assertEquals(Map.of("task", "sort", "length", "9", "cell", "lstm", "attention", "additive", "hidden", "32",
                "epochs", "4", "pairs", "2000"), s.seq2seq());
        assertEquals(Boolean.TRUE, s.bidirectional());
        assertEquals(Direction.REVERSE, s.direction());
    }

    @Test
    void namesTheLineAndTheFieldOfEveryBadValue() {
        SceneFiles.Result r = parse("""
                open: seq2sek
                seq2seq.task: shuffle
                seq2seq.atention: dot
                seq2seq.attention: none
                seq2seq.hidden: 0
                seq2seq.epochs: many
                bidirectional: perhaps
                direction: backwards
                """);
        List<String> m = r.problems().stream().map(Object::toString).toList();
        assertEquals(8, m.size(), m.toString());
        assertTrue(m.get(0).contains(":1:") && m.get(0).contains("\"open\" must be") && m.get(0).contains("seq2seq"),
                m.get(0));
        assertTrue(m.get(1).contains(":2:") && m.get(1).contains("\"seq2seq.task\": unknown sequence-to-sequence task"),
                m.get(1));
        assertTrue(m.get(2).contains(":3:") && m.get(2).contains("did you mean seq2seq.attention?"), m.get(2));
        assertTrue(m.get(3).contains(":4:") && m.get(3).contains("\"seq2seq.attention\": the tab trains one model "
                + "without attention"), m.get(3));
        assertTrue(m.get(4).contains(":5:") && m.get(4).contains("seq2seq.hidden"), m.get(4));
        assertTrue(m.get(5).contains(":6:") && m.get(5).contains("seq2seq.epochs"), m.get(5));
        assertTrue(m.get(6).contains(":7:") && m.get(6).contains("bidirectional"), m.get(6));
        assertTrue(m.get(7).contains(":8:") && m.get(7).contains("\"direction\": unknown direction"), m.get(7));
    }

    @Test
    void theKeysAreWrittenAndReadBackExactly() {
        Scene s = read("""
                open: seq2seq
                layers: 3
                bidirectional: true
                layer: 1
                direction: reverse
                seq2seq.task: dates
                seq2seq.attention: dot
                seq2seq.epochs: 3
                """);
        String text = SceneWriter.text(s);
        assertEquals(s, read(text));
        assertEquals(s, read(SceneLinks.text(SceneLinks.link(s))));
        assertTrue(text.contains("bidirectional: true\n") && text.contains("direction: reverse\n")
                && text.contains("seq2seq.task: dates\n") && text.indexOf("seq2seq.task") < text.indexOf("seq2seq"
                + ".attention"), text);
    }

    @Test
    void aLaterStepInheritsTheKeysAndMayChangeOne() {
        Scene first = read("bidirectional: true\ndirection: reverse\nseq2seq.task: sort\nseq2seq.length: 8\n");
        Scene second = read("seq2seq.length: 6\n").over(first);
        assertEquals(Boolean.TRUE, second.bidirectional());
        assertEquals(Direction.REVERSE, second.direction());
        assertEquals(Map.of("task", "sort", "length", "6"), second.seq2seq());
    }
}
