package org.gatelab.lesson.markdown;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Lesson Markdown: CommonMark plus maths ({@code $...$} in a line, {@code $$...$$} on lines of its own, read
 * into {@link InlineMath} and {@link DisplayMath} nodes), with source positions so a problem can name its line.
 * Links to the glossary are ordinary links to {@code glossary:<term>}. The lesson checks and the app's lesson
 * pane read lessons with the same parser.
 */
public final class LessonMarkdown {
    /** A link's destination that points into the glossary: {@code glossary:spectral-radius}. */
    public static final String GLOSSARY_SCHEME = "glossary:";

    private static final Parser PARSER = Parser.builder()
            .customBlockParserFactory(new DisplayMathParser.Factory())
            .customInlineContentParserFactory(new InlineMathParser.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private LessonMarkdown() {
    }

    /** The parser (thread-safe: CommonMark parsers may be shared). */
    public static Parser parser() {
        return PARSER;
    }

    /** The glossary term a link destination names, or null when it is not a glossary link. */
    public static String glossaryTerm(String destination) {
        return destination != null && destination.startsWith(GLOSSARY_SCHEME)
                ? destination.substring(GLOSSARY_SCHEME.length()) : null;
    }
}
