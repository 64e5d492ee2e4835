package org.gatelab.lesson;

import java.util.Collection;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.gatelab.lesson.markdown.DisplayMath;
import org.gatelab.lesson.markdown.InlineMath;
import org.gatelab.lesson.markdown.LessonMarkdown;

/**
 * Checks the prose of a lesson step (or a glossary entry) as a learner will read it: every formula must be LaTeX
 * that JLaTeXMath sets as written ({@link LatexCheck}), every {@code $$} block must be closed, and every link to
 * {@code glossary:<term>} must name a term of the glossary (with a "did you mean" for a near miss). Each problem
 * names the line of the file it is on.
 */
final class TextChecks {
    /** Where a problem goes: the file's 1-based line and the message. */
    interface Sink {
        void problem(int line, String message);
    }

    private TextChecks() {
    }

    /**
     * @param markdown the text as it was cut from the file
     * @param fileLine the file's 1-based line of the text's 0-based line
     * @param terms    the glossary's terms
     */
    static void check(String markdown, IntUnaryOperator fileLine, Collection<String> terms, Sink sink) {
        if (markdown.isBlank()) {
            return;
        }
        Node doc = LessonMarkdown.parser().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof InlineMath m) {
                    maths(m.latex(), node);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof DisplayMath m) {
                    if (!m.closed()) {
                        sink.problem(line(node), "this $$ is never closed: end the maths with a line ending in $$");
                    } else {
                        maths(m.latex(), node);
                    }
                }
                visitChildren(node);
            }

            @Override
            public void visit(Link link) {
                String term = LessonMarkdown.glossaryTerm(link.getDestination());
                if (term != null && !terms.contains(term)) {
                    String hint = Values.suggest(term, terms);
                    sink.problem(line(link), "unknown glossary term \"" + term + "\"" + (hint != null
                            ? " (did you mean " + hint + "?)" : " (the glossary has: " + String.join(", ", terms) + ")"));
                }
                visitChildren(link);
            }

            private void maths(String latex, Node node) {
                String p = LatexCheck.problem(latex);
                if (p != null) {
                    sink.problem(line(node), "maths: " + p);
                }
            }

            private int line(Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                return fileLine.applyAsInt(spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
            }
        });
    }
}
