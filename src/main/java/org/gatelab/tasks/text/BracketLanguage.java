package org.gatelab.tasks.text;

import java.util.Random;
import org.gatelab.tasks.Seeds;
import org.gatelab.vocabulary.Range;

/**
 * A language of balanced brackets, one string per line, generated from a seed. Each line draws a depth limit
 * from 1 to {@link #MAX_DEPTH}, opens a bracket, and then at every step opens another with probability 1/2
 * (never past the limit) or closes one; back at depth 0 the line ends with probability 1/2, or opens again.
 * So a line is {@code (()(()))}-like, 18 characters long on average, and to know whether a {@code )} may come
 * next, or the line may end, a model must keep count of the open brackets: the depth. Karpathy, Johnson and
 * Fei-Fei (2015) found units that count the nesting in code; here the counting is all there is to learn.
 */
public final class BracketLanguage {
    /** The deepest nesting a line may reach. */
    public static final int MAX_DEPTH = 8;
    /** Lines generated (training and held-out together). */
    public static final Range LINES = Range.of(20, 200_000);
    /** The default number of lines: about 55,000 characters. */
    public static final int DEFAULT_LINES = 3000;

    private BracketLanguage() {
    }

    /** The corpus of {@code lines} lines from {@code seed}. */
    public static TextCorpus corpus(long seed, int lines) {
        return new TextCorpus("brackets", "Balanced brackets", generate(seed, lines), TextCorpus.Split.LINES,
                String.format(java.util.Locale.ROOT, "generated from seed %d: %d lines of balanced brackets, "
                        + "depth up to %d", seed, lines, MAX_DEPTH));
    }

    /** {@code lines} lines of balanced brackets, each ending in a line break. */
    public static String generate(long seed, int lines) {
        LINES.check("bracket lines", lines);
        Random random = Seeds.stream(seed, Seeds.STRUCTURE);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines; k++) {
            line(random, sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void line(Random random, StringBuilder sb) {
        int limit = 1 + random.nextInt(MAX_DEPTH);
        int depth = 0;
        do {
            sb.append('(');
            depth = 1;
            while (depth > 0) {
                if (depth < limit && random.nextBoolean()) {
                    sb.append('(');
                    depth++;
                } else {
                    sb.append(')');
                    depth--;
                }
            }
        } while (random.nextBoolean());
    }
}
