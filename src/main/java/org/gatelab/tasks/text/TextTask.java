package org.gatelab.tasks.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.gatelab.tasks.Seeds;
import org.gatelab.vocabulary.Range;

/**
 * Next-character prediction on a corpus: the model reads one character at a time (one-hot over the corpus's
 * {@link Vocabulary}) and predicts the next at every step ({@code ce-all}), trained with truncated BPTT over
 * windows of {@code window} characters. A share of the corpus is held out ({@link TextCorpus.Split}) and never
 * trained on. Immutable; the constructor checks every setting.
 *
 * @param corpus  the text
 * @param window  T: characters per window of truncated BPTT ({@link #WINDOW})
 * @param heldOut the share of the text held out ({@link #HELD_OUT})
 */
public record TextTask(TextCorpus corpus, int window, double heldOut) {
    /** T, characters the gradient flows back through. */
    public static final Range WINDOW = Range.of(2, 1000);
    /** The held-out share. */
    public static final Range HELD_OUT = Range.between(0.05, 0.5);
    /** The default window. */
    public static final int DEFAULT_WINDOW = 50;
    /** The default held-out share. */
    public static final double DEFAULT_HELD_OUT = 0.1;

    public TextTask {
        Objects.requireNonNull(corpus, "corpus");
        WINDOW.check("window T", window);
        HELD_OUT.check("held-out share", heldOut);
    }

    /** The corpus with the default window and held-out share. */
    public static TextTask of(TextCorpus corpus) {
        return new TextTask(corpus, DEFAULT_WINDOW, DEFAULT_HELD_OUT);
    }

    public TextTask withWindow(int t) {
        return new TextTask(corpus, t, heldOut);
    }

    /** E.g. "English first names (59,167 characters), window T = 50, 10% held out". */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%,d characters), window T = %d, %.0f%% held out", corpus.title(),
                corpus.length(), window, 100 * heldOut);
    }

    /**
     * The training and held-out text for {@code seed} (which shuffles the lines of a corpus split by line) and
     * the baselines measured with {@code batch} streams, as training will read the held-out text.
     */
    public TextData generate(long seed, int batch) {
        Vocabulary vocabulary = Vocabulary.of(corpus.text());
        List<String> notes = new ArrayList<>();
        String[] parts = split(seed, notes);
        int[] train = vocabulary.encode(parts[0]);
        int[] validation = vocabulary.encode(parts[1]);
        TextStreams streams = new TextStreams(validation, vocabulary.size(), batch, window);
        NgramBaselines baselines = NgramBaselines.measure(train, validation, vocabulary.size(), streams);
        if (!corpus.source().isEmpty()) {
            notes.add(0, corpus.source());
        }
        return new TextData(this, vocabulary, train, validation, baselines, notes);
    }

    private String[] split(long seed, List<String> notes) {
        String text = corpus.text();
        if (corpus.split() == TextCorpus.Split.LINES) {
            List<String> lines = lines(text);
            if (lines.size() >= 2) {
                Random random = Seeds.stream(seed, Seeds.VALIDATION);
                for (int i = lines.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                int held = Math.max(1, (int) Math.round(heldOut * lines.size()));
                notes.add(String.format(Locale.ROOT, "%,d lines shuffled with seed %d; the last %,d are held out",
                        lines.size(), seed, held));
                return new String[] {String.join("", lines.subList(0, lines.size() - held)),
                        String.join("", lines.subList(lines.size() - held, lines.size()))};
            }
        }
        int n = corpus.length();
        int cut = text.offsetByCodePoints(0, (int) Math.floor((1 - heldOut) * n));
        cut = nearestLineStart(text, cut, n);
        int trainChars = text.codePointCount(0, cut);
        notes.add(String.format(Locale.ROOT, "the first %,d characters train; the last %,d are held out", trainChars,
                n - trainChars));
        return new String[] {text.substring(0, cut), text.substring(cut)};
    }

    /**
     * The start of a line nearest to {@code cut} that leaves the held-out part between half and twice its share,
     * or {@code cut} itself when no line starts there: the held-out text then begins on a fresh line.
     */
    private int nearestLineStart(String text, int cut, int n) {
        int before = text.lastIndexOf('\n', cut - 1) + 1;
        int after = text.indexOf('\n', cut) + 1;
        int best = cut;
        int bestDistance = Integer.MAX_VALUE;
        for (int start : new int[] {before, after}) {
            if (start <= 0 || start >= text.length()) {
                continue;
            }
            int held = text.codePointCount(start, text.length());
            if (held >= heldOut * n / 2 && held <= 2 * heldOut * n && Math.abs(start - cut) < bestDistance) {
                best = start;
                bestDistance = Math.abs(start - cut);
            }
        }
        return best;
    }

    /** The lines of {@code text}, each with its line break (a last line without one keeps none). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
