package org.gatelab.render.text;

import java.util.List;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * Draws a {@link ColouredText} in a {@link TextGrid}: each character on its colour (the text in black or white,
 * whichever reads better on it), a frame around the selected one, the predictions under each character on a
 * grey as dark as their probability, and the colour scale with its legend.
 */
public final class TextGridPainter {
    private TextGridPainter() {
    }

    /** The colour of a value on the text's scale, or null for NaN. */
    public static Rgb colour(ColouredText text, double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        return (text.diverging() ? ColorMap.diverging() : ColorMap.sequential()).at(value, text.min(), text.max());
    }

    /** Draws the text; returns the grid it used (for hit tests). */
    public static TextGrid paint(Surface s, ColouredText text, Palette palette, double left, double top, double width,
                                 double fontSize, int hovered) {
        TextGrid grid = new TextGrid(text, left, top, width, fontSize);
        double cw = grid.cellWidth();
        double rh = grid.rowHeight();
        double ph = TextGrid.predictionRowHeight(fontSize);
        for (int t = 0; t < text.length(); t++) {
            double x = grid.x(t);
            double y = grid.y(t);
            Rgb fill = colour(text, text.value(t));
            s.setFill(fill == null ? palette.panel() : fill);
            s.fillRect(x, y, cw, rh);
            s.setFont(fontSize, false, true);
            s.setFill(fill == null ? palette.text() : readable(fill));
            s.text(text.glyphs().get(t), x + cw / 2, y + rh / 2, HAlign.CENTER, VAlign.CENTER);
            if (text.hasPredictions()) {
                List<String> next = text.predictions().get(t);
                double[] p = text.probabilities().get(t);
                s.setFont(fontSize * 0.78, false, true);
                for (int k = 0; k < next.size(); k++) {
                    double py = y + rh + fontSize * 0.2 + k * ph;
                    Rgb shade = palette.background().mix(palette.text(), Math.min(1, Math.max(0, p[k])) * 0.85);
                    s.setFill(shade);
                    s.fillRect(x + 0.5, py, cw - 1, ph - 1);
                    s.setFill(readable(shade));
                    s.text(next.get(k), x + cw / 2, py + ph / 2, HAlign.CENTER, VAlign.CENTER);
                }
            }
            if (t == text.selected() || t == hovered) {
                s.setStroke(palette.accent());
                s.setLineWidth(t == text.selected() ? Math.max(2, fontSize * 0.14) : Math.max(1, fontSize * 0.08));
                s.strokeRect(x + 0.5, y + 0.5, cw - 1, rh - 1);
            }
        }
        return grid;
    }

    /** Black or white text, whichever contrasts more with {@code background}. */
    public static Rgb readable(Rgb background) {
        // black text has the larger contrast ratio when (L + 0.05) / 0.05 > 1.05 / (L + 0.05), i.e. L > 0.179
        return background.luminance() > 0.179 ? Rgb.of(0, 0, 0) : Rgb.of(255, 255, 255);
    }

    /**
     * A horizontal colour bar from min to max with the legend above it, the legend wrapped onto as many lines of
     * {@code width} as it needs ({@link #legendLines}); returns the height it took.
     */
    public static double paintScale(Surface s, ColouredText text, Palette palette, double left, double top,
                                    double width, double fontSize) {
        s.setFont(fontSize * 0.85, false, false);
        s.setFill(palette.mutedText());
        List<String> lines = wrap(s, text.legend(), width);
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), left, top + i * LEGEND_LINE * fontSize, HAlign.LEFT, VAlign.TOP);
        }
        double barTop = top + fontSize * 1.3 + (lines.size() - 1) * LEGEND_LINE * fontSize;
        double barHeight = fontSize * 0.6;
        int steps = 64;
        double barWidth = Math.min(width, fontSize * 20);
        for (int i = 0; i < steps; i++) {
            double v = text.min() + (text.max() - text.min()) * (i + 0.5) / steps;
            Rgb c = colour(text, v);
            s.setFill(c == null ? palette.panel() : c);
            s.fillRect(left + barWidth * i / steps, barTop, barWidth / steps + 0.5, barHeight);
        }
        s.setFill(palette.mutedText());
        s.text(number(text.min()), left, barTop + barHeight + 2, HAlign.LEFT, VAlign.TOP);
        s.text(number(text.max()), left + barWidth, barTop + barHeight + 2, HAlign.RIGHT, VAlign.TOP);
        return barTop + barHeight + fontSize * 1.2 - top;
    }

    /** Height of each legend line after the first, in units of the font size. */
    public static final double LEGEND_LINE = 1.1;

    /** How many lines {@code text}'s legend takes in {@code width} at {@code fontSize} (1 when it fits on one). */
    public static int legendLines(Surface s, ColouredText text, double width, double fontSize) {
        s.setFont(fontSize * 0.85, false, false);
        return Math.max(1, wrap(s, text.legend(), width).size());
    }

    /** {@code text} split at spaces into lines no wider than {@code width} in the current font. */
    private static List<String> wrap(Surface s, String text, double width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && s.textWidth(candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
