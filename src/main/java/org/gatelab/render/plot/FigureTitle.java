package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * A figure's heading (bold) and caption (muted, word-wrapped to a few lines), as above a figure in a book:
 * the heading says what is plotted, the caption says how to read it.
 */
public final class FigureTitle {
    private FigureTitle() {
    }

    /** A heading too long for one line takes a second rather than being cut (at most two). */
    static final int HEADING_LINES = 2;

    /**
     * How many lines a figure {@code height} high with body font {@code font} gives its caption: as many as fit in a
     * quarter of its height, at least two, so a caption at 1366 × 768 shows whole rather than cut after a line.
     */
    public static int captionLines(double height, double font) {
        return Math.max(2, (int) Math.floor(height / 4 / (1.3 * 0.9 * font)));
    }

    /** Height the heading and the caption's lines need. */
    public static double height(Surface s, PlotStyle style, String heading, String caption, double width, int maxLines) {
        double f = style.font();
        s.setFont(1.08 * f, true, false);
        int headingLines = heading.isEmpty() ? 0 : wrap(s, heading, width, HEADING_LINES).size();
        s.setFont(0.9 * f, false, false);
        int lines = caption.isEmpty() ? 0 : wrap(s, caption, width, maxLines).size();
        return (headingLines == 0 ? 0 : 1.6 * f + (headingLines - 1) * 1.3 * f) + lines * 1.3 * f + 0.35 * f;
    }

    /** Paints the heading and caption from {@code (x, y)} down; returns the height used. */
    public static double paint(Surface s, PlotStyle style, String heading, String caption, double x, double y,
                               double width, int maxLines) {
        double f = style.font();
        double cy = y;
        if (!heading.isEmpty()) {
            s.setFont(1.08 * f, true, false);
            s.setFill(style.palette().text());
            List<String> lines = wrap(s, heading, width, HEADING_LINES);
            for (int i = 0; i < lines.size(); i++) {
                ScriptText.draw(s, lines.get(i), x, cy + 0.8 * f, HAlign.LEFT, VAlign.CENTER, 1.08 * f, true, false);
                cy += i == lines.size() - 1 ? 1.6 * f : 1.3 * f;
            }
        }
        s.setFont(0.9 * f, false, false);
        s.setFill(style.palette().mutedText());
        for (String line : caption.isEmpty() ? List.<String>of() : wrap(s, caption, width, maxLines)) {
            ScriptText.draw(s, line, x, cy + 0.65 * f, HAlign.LEFT, VAlign.CENTER, 0.9 * f, false, false);
            cy += 1.3 * f;
        }
        return cy - y + 0.35 * f;
    }

    /**
     * Splits {@code text} at spaces into lines no wider than {@code width} in the current font, at most
     * {@code maxLines} of them; the last line ends with an ellipsis when text was left over. Sub- and superscripts
     * ({@link ScriptText}) are measured as if they were full size, which they never exceed.
     */
    public static List<String> wrap(Surface s, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.trim().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && lines.size() < maxLines) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (s.textWidth(ScriptText.plain(candidate)) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < words.length && !lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, fit(s, lines.get(last) + " " + words[i] + "…", width));
        } else if (!lines.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, fit(s, lines.get(last), width));
        }
        return lines;
    }

    /**
     * The first of {@code wordings} (each a whole label, from the fullest to the shortest) that fits {@code width}
     * in the current font, so a narrow figure says the same thing more briefly instead of cutting it mid-word; the
     * shortest cut to fit when none does.
     */
    public static String firstThatFits(Surface s, double width, String... wordings) {
        for (String w : wordings) {
            if (s.textWidth(ScriptText.plain(w)) <= width) {
                return w;
            }
        }
        return fit(s, wordings[wordings.length - 1], width);
    }

    /** {@code text}, or its longest prefix that fits {@code width} with an ellipsis. */
    public static String fit(Surface s, String text, double width) {
        // a script is drawn smaller than its plain reading, so a text whose plain reading fits fits
        if (s.textWidth(ScriptText.plain(text)) <= width) {
            return text;
        }
        text = ScriptText.plain(text);
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int m = (lo + hi + 1) / 2;
            if (s.textWidth(text.substring(0, m) + "…") <= width) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "…";
    }
}
