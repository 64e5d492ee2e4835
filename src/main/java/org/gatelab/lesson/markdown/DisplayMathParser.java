package org.gatelab.lesson.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Reads display maths on lines of its own: a line that starts with {@code $$} opens it and the next line that
 * ends in {@code $$} closes it (text after the opening and before the closing {@code $$} belongs to the maths);
 * a line {@code $$...$$} is a block by itself. A line {@code $$...$$} followed by more text is left to the
 * paragraph (and to {@link InlineMathParser}). Lines inside are taken as they are: {@code +}, {@code -} or {@code #} at their start
 * make no list or heading.
 */
final class DisplayMathParser extends AbstractBlockParser {
    private static final String FENCE = "$$";

    private final DisplayMath block = new DisplayMath();
    private final StringBuilder latex = new StringBuilder();
    private boolean finished;

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().strip();
            if (!rest.startsWith(FENCE)) {
                return BlockStart.none();
            }
            String inner = rest.substring(FENCE.length());
            DisplayMathParser parser = new DisplayMathParser();
            int close = inner.indexOf(FENCE);
            if (close >= 0) {
                if (close != inner.length() - FENCE.length()) {
                    return BlockStart.none(); // $$...$$ followed by text: maths within a paragraph
                }
                parser.latex.append(inner, 0, close);
                parser.finished = true;
            } else {
                parser.append(inner);
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (finished) {
            return BlockContinue.none();
        }
        CharSequence line = state.getLine().getContent();
        String text = line.toString();
        if (text.strip().endsWith(FENCE)) {
            int end = text.lastIndexOf(FENCE);
            append(text.substring(0, end));
            finished = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        append(line.getContent().toString());
    }

    private void append(String text) {
        if (text.isBlank()) {
            return;
        }
        if (latex.length() > 0) {
            latex.append('\n');
        }
        latex.append(text.strip());
    }

    @Override
    public void closeBlock() {
        block.setLatex(latex.toString().strip());
        block.setClosed(finished);
    }
}
