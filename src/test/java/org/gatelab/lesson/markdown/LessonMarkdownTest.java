package org.gatelab.lesson.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/** Maths in lesson Markdown: what is maths, what stays text, and where each piece came from. */
class LessonMarkdownTest {
    /** Every node of the kinds asked for, in document order. */
    private static <T extends Node> List<T> all(String markdown, Class<T> kind) {
        Node doc = LessonMarkdown.parser().parse(markdown);
        List<T> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                collect(node);
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                collect(node);
                visitChildren(node);
            }

            @Override
            public void visit(Text node) {
                collect(node);
            }

            @Override
            public void visit(Code node) {
                collect(node);
            }

            @Override
            public void visit(BulletList node) {
                collect(node);
                visitChildren(node);
            }

            private void collect(Node n) {
                if (kind.isInstance(n)) {
                    out.add(kind.cast(n));
                }
            }
        });
        return out;
    }

    private static String text(String markdown) {
        StringBuilder b = new StringBuilder();
        all(markdown, Text.class).forEach(t -> b.append(t.getLiteral()));
        return b.toString();
    }

    @Test
    void dollarsAroundMathsMakeInlineMaths() {
        List<InlineMath> m = all("The state $h_{t-1}$ feeds $\\tanh$.", InlineMath.class);
        assertEquals(List.of("h_{t-1}", "\\tanh"), m.stream().map(InlineMath::latex).toList());
        assertFalse(m.get(0).display());
        assertEquals("The state  feeds .", text("The state $h_{t-1}$ feeds $\\tanh$."));
    }

    @Test
    void pricesEscapedDollarsAndCodeStayText() {
        assertTrue(all("It costs $5 and $10 today.", InlineMath.class).isEmpty());
        assertTrue(all("a $ b $ c", InlineMath.class).isEmpty(), "spaces inside the dollars: not maths");
        assertTrue(all("Escaped \\$x\\$ stays.", InlineMath.class).isEmpty());
        assertEquals("Escaped $x$ stays.", text("Escaped \\$x\\$ stays."));
        assertTrue(all("Code `$x$` is code.", InlineMath.class).isEmpty());
        assertEquals("$x$", all("Code `$x$` is code.", Code.class).get(0).getLiteral());
        assertEquals("a\\$b", all("$a\\$b$ is one formula", InlineMath.class).get(0).latex());
    }

    @Test
    void doubleDollarsInALineAreDisplayStyle() {
        InlineMath m = all("so $$\\sum_t x_t$$ adds up", InlineMath.class).get(0);
        assertEquals("\\sum_t x_t", m.latex());
        assertTrue(m.display());
    }

    @Test
    void displayMathOnItsOwnLinesIsABlockWhoseLinesMakeNoList() {
        String md = "Before.\n\n$$\na_t = W_{ih} x_t\n+ W_{hh} h_{t-1}\n$$\n\nAfter.";
        List<DisplayMath> blocks = all(md, DisplayMath.class);
        assertEquals(1, blocks.size());
        assertEquals("a_t = W_{ih} x_t\n+ W_{hh} h_{t-1}", blocks.get(0).latex());
        assertTrue(blocks.get(0).closed());
        assertTrue(all(md, BulletList.class).isEmpty(), "the + line is maths, not a list");
        assertEquals("Before.After.", text(md));
        assertEquals("\\rho(W)", all("$$\\rho(W)$$", DisplayMath.class).get(0).latex());
        assertEquals("x", all("$$ x\n$$", DisplayMath.class).get(0).latex().strip());
    }

    @Test
    void anUnclosedDisplayIsMarked() {
        DisplayMath m = all("$$\nx + y\n\nmore", DisplayMath.class).get(0);
        assertFalse(m.closed());
    }

    @Test
    void mathsKnowsItsLine() {
        String md = "line one\n\nline three $x$\n\n$$\ny\n$$";
        assertEquals(2, all(md, InlineMath.class).get(0).getSourceSpans().get(0).getLineIndex());
        assertEquals(4, all(md, DisplayMath.class).get(0).getSourceSpans().get(0).getLineIndex());
    }

    @Test
    void glossaryLinks() {
        assertEquals("spectral-radius", LessonMarkdown.glossaryTerm("glossary:spectral-radius"));
        assertNull(LessonMarkdown.glossaryTerm("https://example.org"));
        assertNull(LessonMarkdown.glossaryTerm(null));
    }
}
