package org.gatelab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockParserTest {
    private static BlockParser.Result parse(String... lines) {
        return BlockParser.parse(List.of(lines), 10, "x.md");
    }

    @Test
    void readsScalarsListsCommentsAndContinuations() {
        BlockParser.Result r = parse(
                "cell: lstm  # the cell",
                "question: \"Why # not a comment?\"",
                "views: [diagram, equations]",
                "options:",
                "  - first",
                "  - 'second'",
                "explain: one",
                "  two three");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals("lstm", r.entries().get("cell").value());
        assertEquals(10, r.entries().get("cell").line());
        assertEquals("Why # not a comment?", r.entries().get("question").value());
        assertEquals(List.of("diagram", "equations"), r.entries().get("views").items());
        assertEquals(List.of("first", "second"), r.entries().get("options").items());
        assertEquals("one two three", r.entries().get("explain").value());
        assertEquals(16, r.entries().get("explain").line());
    }

    @Test
    void refusesYamlFeaturesThatCouldExpandOrRunAndNamesTheLine() {
        BlockParser.Result r = parse("a: &anchor x", "b: *anchor", "c: !!python/object x", "d: |");
        assertEquals(4, r.problems().size());
        assertEquals(10, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("anchors"));
    }

    @Test
    void reportsDuplicatesMissingColonsAndBadKeys() {
        BlockParser.Result r = parse("cell: lstm", "cell: gru", "just words", "- orphan", "9x: 1");
        List<String> messages = r.problems().stream().map(LessonProblem::toString).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("x.md:11: \"cell\" is given twice (first on line 10)"), messages.get(0));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("x.md:12: expected \"key: value\"")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("x.md:13: a list item")));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("x.md:14: \"9x\" is not a valid key")));
    }

    @Test
    void boundsLongValues() {
        BlockParser.Result r = parse("a: " + "x".repeat(BlockParser.MAX_VALUE + 1));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("too long"));
    }
}
