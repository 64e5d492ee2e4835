package org.gatelab.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gatelab.render.math.FormulaBox;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX maths typeset by JLaTeXMath (TeX's layout rules, the Computer Modern faces it ships) on any Graphics2D:
 * a PNG's, JFreeSVG's, PDFBox's, and on screen FXGraphics2D's. Glyphs are drawn as outlines in SVG (so the file
 * needs none of JLaTeXMath's fonts) and, by the PDF's text drawer, in PDF; the rest of a figure's text stays
 * text. Formulas are parsed once and kept (the most recent {@link #CACHED}); every method is thread-safe.
 */
public final class TeXGraphics {
    /** Parsed formulas kept. */
    static final int CACHED = 256;
    private static final Object LOCK = new Object();
    private static final Map<String, TeXFormula> FORMULAS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TeXFormula> eldest) {
            return size() > CACHED;
        }
    };

    private TeXGraphics() {
    }

    /**
     * The box of {@code latex} with an em of {@code size} pixels.
     *
     * @throws IllegalArgumentException if JLaTeXMath cannot read it, with its reason
     */
    public static FormulaBox measure(String latex, double size, boolean display) {
        TeXIcon icon = icon(latex, size, display, Color.BLACK);
        double height = icon.getTrueIconHeight();
        double depth = icon.getTrueIconDepth();
        return new FormulaBox(icon.getTrueIconWidth(), Math.max(0, height - depth), depth);
    }

    /**
     * Draws {@code latex} with its left end at {@code x} and its baseline at {@code baseline}, an em of
     * {@code size} pixels, in {@code colour}. {@code g} is left as it was.
     *
     * @throws IllegalArgumentException if JLaTeXMath cannot read it, with its reason
     */
    public static void paint(Graphics2D g, String latex, double x, double baseline, double size, boolean display,
                             Color colour) {
        TeXIcon icon = icon(latex, size, display, colour);
        double ascent = icon.getTrueIconHeight() - icon.getTrueIconDepth();
        // the state JLaTeXMath changes, put back afterwards
        AffineTransform transform = g.getTransform();
        Color oldColour = g.getColor();
        Font oldFont = g.getFont();
        Stroke oldStroke = g.getStroke();
        Object stringType = g.getRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE);
        try {
            // SVG: glyphs as paths, since no viewer has JLaTeXMath's fonts (other targets ignore the hint)
            g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            // FXGraphics2D skips a setColor equal to the colour it last set, although the canvas's fill may have
            // been changed behind its back since: setting another colour first makes it take this one
            g.setColor(colour.equals(Color.WHITE) ? Color.BLACK : Color.WHITE);
            g.setColor(colour);
            g.translate(x, baseline - ascent);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.setTransform(transform);
            g.setColor(oldColour);
            g.setFont(oldFont);
            g.setStroke(oldStroke);
            if (stringType != null) {
                g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, stringType);
            }
        }
    }

    /** True for the fonts JLaTeXMath draws with (its Computer Modern faces are named {@code jlm_...}). */
    static boolean isMathFont(Font font) {
        return font.getFontName().startsWith("jlm_") || font.getFamily().startsWith("jlm_");
    }

    /** The parsed formula, or the reason JLaTeXMath cannot read it. */
    private static TeXIcon icon(String latex, double size, boolean display, Color colour) {
        synchronized (LOCK) {
            TeXFormula formula = FORMULAS.get(latex);
            if (formula == null) {
                try {
                    formula = new TeXFormula(latex);
                } catch (ParseException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                FORMULAS.put(latex, formula);
            }
            TeXIcon icon = formula.new TeXIconBuilder()
                    .setStyle(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT)
                    .setSize((float) size).setFGColor(colour).build();
            // true insets: the one-argument setter adds JLaTeXMath's padding of 0.18 em on every side back, which
            // would draw the formula that far right of and below where it was measured
            icon.setInsets(new Insets(0, 0, 0, 0), true);
            return icon;
        }
    }
}
