package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * A figure's heading (bold) and caption (muted, word-wrapped to a few lines), as above a figure in a book:
 * the heading says what is plotted, the caption says how to read it. Both show whole at any type size: the heading
 * takes as many lines as it needs, and a caption too long for its lines gives up whole sentences from its end (each
 * holds on its own) rather than being cut mid-word. A figure's message in place of its plot ("appears here once
 * training starts") wraps onto as many lines as it needs too.
 */
public final class FigureTitle {
    private FigureTitle() {
    }

    /** A heading too long for one line takes more rather than being cut. */
    static final int HEADING_LINES = Integer.MAX_VALUE;

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
        String shown = wholeSentences(s, caption, width, maxLines);
        int lines = shown.isEmpty() ? 0 : wrap(s, shown, width, maxLines).size();
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
        String shown = wholeSentences(s, caption, width, maxLines);
        for (String line : shown.isEmpty() ? List.<String>of() : wrap(s, shown, width, maxLines)) {
            ScriptText.draw(s, line, x, cy + 0.65 * f, HAlign.LEFT, VAlign.CENTER, 0.9 * f, false, false);
            cy += 1.3 * f;
        }
        return cy - y + 0.35 * f;
    }

    /**
     * The first sentences of {@code caption} that fit in {@code maxLines} lines of {@code width} in the current
     * font: where the room is short, whole sentences are left out from the end; none at all when even the first
     * does not fit.
     */
    public static String wholeSentences(Surface s, String caption, double width, int maxLines) {
        String text = caption.strip();
        while (!text.isEmpty() && wrap(s, text, width, Integer.MAX_VALUE).size() > maxLines) {
            int cut = text.lastIndexOf(". ", text.length() - 2);
            text = cut < 0 ? "" : text.substring(0, cut + 1);
        }
        return text;
    }

    /**
     * Paints {@code message} (a figure's words in place of its plot) in the current font and fill, wrapped at
     * spaces onto as many lines of {@code width} as it needs, each centred on {@code cx}, the block centred between
     * {@code top} and {@code bottom}.
     */
    public static void message(Surface s, String message, double cx, double top, double bottom, double width,
                               double font) {
        List<String> lines = wrap(s, message, width, Integer.MAX_VALUE);
        double step = 1.25 * font;
        double y = (top + bottom) / 2 - (lines.size() - 1) * step / 2;
        for (String line : lines) {
            s.text(line, cx, y, HAlign.CENTER, VAlign.CENTER);
            y += step;
        }
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
