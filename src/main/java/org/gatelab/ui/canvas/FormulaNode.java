package org.gatelab.ui.canvas;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.math.FormulaBox;

/**
 * A piece of LaTeX typeset by JLaTeXMath as a node that sits in a line of text (a {@code TextFlow}) on its
 * baseline: the size is the node's font size and the colour its text fill, both from CSS, so a formula follows
 * the text around it (presenter mode's larger type, the dark theme). Its {@link #getText() text} is the LaTeX, for
 * readers and tests; what is shown is the formula.
 */
public final class FormulaNode extends Label {
    private final String latex;
    private final boolean display;
    private final Canvas canvas = new Canvas();
    private FormulaBox box = new FormulaBox(0, 0, 0);
    private double fitWidth;
    private double shownSize;

    /**
     * @param latex   the LaTeX, without dollars
     * @param display true for a display formula (set on a line of its own, larger operators)
     */
    public FormulaNode(String latex, boolean display) {
        super(latex);
        this.latex = latex;
        this.display = display;
        getStyleClass().add("formula");
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        setGraphic(canvas);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        fontProperty().addListener((obs, o, n) -> redraw());
        textFillProperty().addListener((obs, o, n) -> redraw());
        redraw();
    }

    public String latex() {
        return latex;
    }

    /**
     * The widest the formula may be drawn, in pixels (0: no limit). A display formula wider than its line (a
     * narrow lesson pane, presenter mode's larger type) is set smaller to fit rather than cut; one that fits keeps
     * the size of the text around it.
     */
    public void setFitWidth(double width) {
        double w = Double.isFinite(width) && width > 0 ? width : 0;
        if (Math.abs(w - fitWidth) >= 0.5) {
            fitWidth = w;
            redraw();
        }
    }

    /** The size the formula is set at: the font's, or smaller when it must fit {@link #setFitWidth}. */
    public double shownSize() {
        return shownSize;
    }

    /** The formula's box at the current font size. */
    public FormulaBox box() {
        return box;
    }

    private void redraw() {
        double size = getFont().getSize();
        var g = canvas.getGraphicsContext2D();
        FxSurface probe = new FxSurface(g, 1, 1, 1, 0);
        box = probe.formulaBox(latex, size, display);
        if (fitWidth > 0 && box.width() + 2 > fitWidth && box.width() > 0) {
            size *= Math.max(0.5, (fitWidth - 2) / box.width());
            box = probe.formulaBox(latex, size, display);
        }
        shownSize = size;
        double w = Math.ceil(box.width()) + 2;
        double h = Math.ceil(box.ascent() + box.descent()) + 2;
        canvas.setWidth(w);
        canvas.setHeight(h);
        g.clearRect(0, 0, w, h);
        FxSurface s = new FxSurface(g, w, h, 1, 0);
        s.setFill(rgb(getTextFill()));
        s.formula(latex, 1, 1 + box.ascent(), size, display, HAlign.LEFT, VAlign.BASELINE);
        requestLayout();
    }

    private static Rgb rgb(Paint paint) {
        Color c = paint instanceof Color col ? col : Color.BLACK;
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), (int) Math.round(c.getOpacity() * 255));
    }

    /** The formula's baseline, so a line of text and the formula in it share theirs. */
    @Override
    public double getBaselineOffset() {
        return snappedTopInset() + 1 + box.ascent();
    }
}
