package org.gatelab.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;

/**
 * A line of figure text with sub- and superscripts that Unicode cannot write as characters (there is no subscript
 * F, so the Frobenius norm {@code ‖W‖_F} cannot be written {@code ‖W‖ꜰ}): {@code _{...}} is a subscript and
 * {@code ^{...}} a superscript, drawn smaller and lowered or raised as in a textbook, never as the raw markup. Only
 * braces mark a script, so a plain underscore ({@code W_hh}, PyTorch's spelling) stays as it is. A text without
 * markup is drawn with one {@link Surface#text} call, exactly as before.
 */
public final class ScriptText {
    /** A script's size against the text's. */
    static final double SCRIPT_SIZE = 0.72;

    /** A piece of the text: {@code level} 0 on the line, -1 a subscript, +1 a superscript. */
    record Piece(String text, int level) {
    }

    private ScriptText() {
    }

    /** True when {@code text} has a script in it. */
    public static boolean hasScripts(String text) {
        return text.contains("_{") || text.contains("^{");
    }

    /** The text without its markup, the scripts inline ({@code ‖W‖_{F}} reads {@code ‖W‖F}). */
    public static String plain(String text) {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces(text)) {
            b.append(p.text());
        }
        return b.toString();
    }

    static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = (c == '_' || c == '^') && i + 1 < text.length() && text.charAt(i + 1) == '{'
                    ? text.indexOf('}', i + 2) : -1;
            if (close < 0) {
                run.append(c);
                i++;
                continue;
            }
            if (run.length() > 0) {
                out.add(new Piece(run.toString(), 0));
                run.setLength(0);
            }
            out.add(new Piece(text.substring(i + 2, close), c == '_' ? -1 : 1));
            i = close + 1;
        }
        if (run.length() > 0) {
            out.add(new Piece(run.toString(), 0));
        }
        return out;
    }

    /** Width of {@code text} drawn at {@code size} (the font is left at that size). */
    public static double width(Surface s, String text, double size, boolean bold, boolean mono) {
        double w = 0;
        for (Piece p : pieces(text)) {
            s.setFont(p.level() == 0 ? size : SCRIPT_SIZE * size, bold, mono);
            w += s.textWidth(p.text());
        }
        s.setFont(size, bold, mono);
        return w;
    }

    /**
     * Draws {@code text} at {@code size}, anchored at ({@code x, y}) as {@link Surface#text} anchors a text; the
     * scripts sit a third of the size below or above the line. The font is left at {@code size}.
     */
    public static void draw(Surface s, String text, double x, double y, HAlign h, VAlign v, double size,
                            boolean bold, boolean mono) {
        s.setFont(size, bold, mono);
        if (!hasScripts(text)) {
            s.text(text, x, y, h, v);
            return;
        }
        double total = width(s, text, size, bold, mono);
        double left = switch (h) {
            case LEFT -> x;
            case CENTER -> x - total / 2;
            case RIGHT -> x - total;
        };
        for (Piece p : pieces(text)) {
            s.setFont(p.level() == 0 ? size : SCRIPT_SIZE * size, bold, mono);
            double dy = p.level() < 0 ? 0.3 * size : p.level() > 0 ? -0.38 * size : 0;
            s.text(p.text(), left, y + dy, HAlign.LEFT, v);
            left += s.textWidth(p.text());
        }
        s.setFont(size, bold, mono);
    }
}
