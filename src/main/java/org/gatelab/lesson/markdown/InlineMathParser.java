package org.gatelab.lesson.markdown;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code $...$} and {@code $$...$$} inside a paragraph, with Pandoc's rules so that prices are not maths:
 * the opening {@code $} is followed by a non-space, the closing {@code $} follows a non-space and is not followed
 * by a digit ({@code costs $5 and $10} stays text). {@code \$} is a dollar sign (CommonMark's escapes are read
 * first), and inside the maths it does not close it; a code span's dollars are code, never maths.
 */
final class InlineMathParser implements InlineContentParser {
    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner sc = state.scanner();
        int opening = sc.matchMultiple('$');
        if (opening > 2 || !sc.hasNext() || Character.isWhitespace(sc.peek())) {
            return ParsedInline.none();
        }
        boolean display = opening == 2;
        Position start = sc.position();
        while (sc.hasNext()) {
            char c = sc.peek();
            if (c == '\\') {
                sc.next();
                if (sc.hasNext()) {
                    sc.next();
                }
                continue;
            }
            if (c != '$') {
                sc.next();
                continue;
            }
            Position end = sc.position();
            int closing = sc.matchMultiple('$');
            if (closing != opening) {
                continue;
            }
            String latex = sc.getSource(start, end).getContent();
            boolean spaceBefore = latex.isEmpty() || Character.isWhitespace(latex.charAt(latex.length() - 1));
            boolean digitAfter = sc.hasNext() && Character.isDigit(sc.peek());
            if (display || !spaceBefore && !digitAfter) {
                return ParsedInline.of(new InlineMath(latex, display), sc.position());
            }
        }
        return ParsedInline.none();
    }
}
