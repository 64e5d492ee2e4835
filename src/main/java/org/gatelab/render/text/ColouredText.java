package org.gatelab.render.text;

import java.util.List;

/**
 * A text to draw with each character on a coloured background. Immutable; the arrays are copied in and kept.
 *
 * @param glyphs      what each character shows (a line break as ↵, a space as itself)
 * @param lineBreaks  true where the text's line ends after the character
 * @param values      the number each character is coloured by; NaN for no colour
 * @param min         the value at the colour scale's low end
 * @param max         the value at its high end
 * @param diverging   a blue-grey-red scale centred between min and max (signed values), else viridis
 * @param predictions the likeliest next characters under each one ({@code predictions.get(t)}, likeliest
 *                    first, with {@code probabilities.get(t)}); empty lists to show none
 * @param selected    a character drawn with a frame (the one whose prediction is explained), or -1
 * @param legend      what the colour means, e.g. "LSTM unit 8: c, −3.1 … 2.4"
 */
public record ColouredText(List<String> glyphs, boolean[] lineBreaks, double[] values, double min, double max,
                           boolean diverging, List<List<String>> predictions, List<double[]> probabilities,
                           int selected, String legend) {
    public ColouredText {
        glyphs = List.copyOf(glyphs);
        int n = glyphs.size();
        if (lineBreaks.length != n || values.length != n) {
            throw new IllegalArgumentException(n + " glyphs need " + n + " line-break flags and values");
        }
        lineBreaks = lineBreaks.clone();
        values = values.clone();
        predictions = predictions.stream().map(List::copyOf).toList();
        probabilities = probabilities.stream().map(double[]::clone).toList();
        if (!predictions.isEmpty() && (predictions.size() != n || probabilities.size() != n)) {
            throw new IllegalArgumentException("predictions for " + predictions.size() + " of " + n + " characters");
        }
        legend = legend == null ? "" : legend;
    }

    /** Characters. */
    public int length() {
        return glyphs.size();
    }

    /** True when predictions are drawn under the characters. */
    public boolean hasPredictions() {
        return !predictions.isEmpty();
    }

    /** Predictions shown under each character (0 without). */
    public int predictionRows() {
        return predictions.stream().mapToInt(List::size).max().orElse(0);
    }

    public double value(int t) {
        return values[t];
    }

    public boolean lineBreakAfter(int t) {
        return lineBreaks[t];
    }
}
