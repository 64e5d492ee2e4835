package org.gatelab.render.figures;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Palette;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.diagram.CellDiagramPainter;
import org.gatelab.render.diagram.DiagramLayout;
import org.gatelab.render.diagram.DiagramMarks;
import org.gatelab.render.diagram.DiagramValues;
import org.gatelab.render.diagram.Viewport;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The cell diagram figure: a title line ({@code "LSTM cell · layer 1 · unit 3 · t = 7"}) and the selected
 * layer's cell drawn for one unit at one step. The on-screen view and the exports both draw through it, so
 * an exported diagram is the one on screen.
 */
public final class DiagramFigure {
    /** The hint the interactive view shows beside the title. */
    public static final String HINT = "hover a gate for details \u00B7 click to highlight";

    private final CellDiagramPainter painter = new CellDiagramPainter();

    /** The smallest type the title shrinks to on a narrow figure. */
    static final double MIN_TITLE_FONT = 9;

    /** Title font: 4.2 % of the figure's height, between 11 and 24 pixels (smaller when the title is too wide). */
    public static double titleFont(double height) {
        return Math.max(11, Math.min(24, 0.042 * height));
    }

    /**
     * How large the diagram is drawn, for a screen with a type floor: the smallest and largest drawing units per
     * layout unit, and the title's font (NaN: {@link #titleFont} of the height). {@link #FIT} fills the figure.
     */
    public record Sizing(double minUnit, double maxUnit, double titleFont) {
        /** Fills the figure, whatever its size (the exports). */
        public static final Sizing FIT = new Sizing(0, Double.POSITIVE_INFINITY, Double.NaN);

        /**
         * The least room the diagram needs per layout unit against its smallest type: at this size a font of the
         * floor fills a gate's box and the annotations around the cell are left out ({@code CellDiagramPainter}).
         */
        public static final double UNITS_PER_FLOOR = 2.35;
        /** The title against the floor, for a diagram sized by its type. */
        public static final double TITLE_PER_FLOOR = 1.25;

        /** At least the room type of {@code floor} needs; more when the figure has it. */
        public static Sizing atLeast(double floor) {
            return new Sizing(UNITS_PER_FLOOR * floor, Double.POSITIVE_INFINITY, Double.NaN);
        }

        /**
         * Sized by its type alone (presenter mode): every step of + grows the floor's pixels and with them the whole
         * diagram, text and boxes together, however much room the view has.
         */
        public static Sizing byType(double floor) {
            return new Sizing(UNITS_PER_FLOOR * floor, UNITS_PER_FLOOR * floor, TITLE_PER_FLOOR * floor);
        }

        double title(double height) {
            return Double.isNaN(titleFont) ? DiagramFigure.titleFont(height) : titleFont;
        }

        /** The width a figure needs to draw the diagram at {@link #minUnit}. */
        public double minWidth(double height) {
            return DiagramLayout.WIDTH * minUnit + 1.2 * title(height);
        }

        /** The height a figure needs to draw the diagram at {@link #minUnit}. */
        public double minHeight(double height) {
            return DiagramLayout.HEIGHT * minUnit + 2.8 * title(height);
        }
    }

    /** Where the diagram goes in a figure of {@code w x h}: below the title line, inside a margin. */
    public static Viewport viewport(double w, double h) {
        return viewport(w, h, Sizing.FIT);
    }

    /**
     * Where the diagram goes in a figure of {@code w x h} sized by {@code sizing}: centred below the title when
     * the figure is larger than the diagram, from the top left when it is smaller (the view then asks its panel
     * for the room, see {@link Sizing#minWidth}).
     */
    public static Viewport viewport(double w, double h, Sizing sizing) {
        double font = sizing.title(h);
        double pad = 0.6 * font;
        double top = 2.2 * font;
        double bw = Math.max(1, w - 2 * pad);
        double bh = Math.max(1, h - top - pad);
        Viewport fit = Viewport.fit(DiagramLayout.WIDTH, DiagramLayout.HEIGHT, pad, top, bw, bh);
        double u = Math.max(sizing.minUnit(), Math.min(sizing.maxUnit(), fit.scale()));
        if (u == fit.scale()) {
            return fit;
        }
        return new Viewport(u, pad + Math.max(0, (bw - u * DiagramLayout.WIDTH) / 2),
                top + Math.max(0, (bh - u * DiagramLayout.HEIGHT) / 2));
    }

    /** The nonlinearity the diagram's layout depends on: the RNN's own, tanh for the gated cells. */
    public static Nonlinearity nonlinearity(LayerTrace layer) {
        return layer.cell() == CellKind.RNN ? layer.nonlinearity() : Nonlinearity.TANH;
    }

    /** The layout for {@code layer}, reusing {@code previous} when it is already the right one (may be null). */
    public static DiagramLayout layoutFor(LayerTrace layer, DiagramLayout previous) {
        if (previous != null && previous.cell() == layer.cell() && previous.nonlinearity() == nonlinearity(layer)) {
            return previous;
        }
        return DiagramLayout.of(layer.cell(), layer.nonlinearity());
    }

    /** The recorded values at the selection's step and unit (clamped). */
    public static DiagramValues values(LayerTrace layer, FigureSelection sel) {
        return DiagramValues.of(layer, sel.stepIn(layer), sel.unitIn(layer));
    }

    /** The recorded values at the selection's step and unit, with what a lesson has sealed left out. */
    public static DiagramValues values(LayerTrace layer, FigureSelection sel, Sealed sealed) {
        return DiagramValues.of(layer, sel.stepIn(layer), sel.unitIn(layer), sealed);
    }

    /** The title line, e.g. {@code "LSTM cell · layer 1 · unit 3 · t = 7"} (layers counted from 1); empty without a layer. */
    public static String title(LayerTrace layer, FigureSelection sel) {
        if (layer == null) {
            return "";
        }
        String cell = layer.cell().name() + " cell"
                + (layer.cell() == CellKind.RNN && layer.nonlinearity() == Nonlinearity.RELU ? " (ReLU)" : "");
        return cell + " \u00B7 layer " + (layer.index() + 1) + FigureText.directionWords(layer) + " \u00B7 unit "
                + sel.unitIn(layer) + " \u00B7 t = " + sel.stepIn(layer);
    }

    /**
     * Paints the whole figure on {@code s} (its full width and height).
     *
     * @param layout the cell's layout, or null while there is nothing to show ("computing…")
     * @param shown  the values to draw (the view passes its animated display copy), or null
     * @param hint   a muted hint drawn right of the title when it fits, or null for none
     */
    public void paint(Surface s, Palette p, DiagramLayout layout, DiagramValues shown, String title, DiagramMarks marks,
                      String hint) {
        paint(s, p, layout, shown, title, marks, hint, Sizing.FIT);
    }

    /** {@link #paint(Surface, Palette, DiagramLayout, DiagramValues, String, DiagramMarks, String)} at {@code sizing}. */
    public void paint(Surface s, Palette p, DiagramLayout layout, DiagramValues shown, String title, DiagramMarks marks,
                      String hint, Sizing sizing) {
        double font = sizing.title(s.height());
        double pad = 0.6 * font;
        double mid = 1.1 * font;
        if (layout == null || shown == null) {
            s.setFont(font, false, false);
            s.setFill(p.mutedText());
            s.text("computing\u2026", s.width() / 2, s.height() / 2, HAlign.CENTER, VAlign.CENTER);
            return;
        }
        s.setFont(font, true, false);
        double titleWidth = s.textWidth(title);
        double room = s.width() - 2 * pad;
        if (titleWidth > room && titleWidth > 0) {
            // a narrow panel (a laptop with the lesson pane open): the whole title in smaller type, never cut
            s.setFont(Math.max(MIN_TITLE_FONT, font * room / titleWidth), true, false);
            titleWidth = s.textWidth(title);
        }
        s.setFill(p.text());
        s.text(title, pad, mid, HAlign.LEFT, VAlign.CENTER);
        if (hint != null && !hint.isEmpty()) {
            s.setFont(0.78 * font, false, false);
            if (pad + titleWidth + 2 * font + s.textWidth(hint) < s.width() - pad) {
                s.setFill(p.mutedText());
                s.text(hint, s.width() - pad, mid, HAlign.RIGHT, VAlign.CENTER);
            }
        }
        painter.paint(s, layout, viewport(s.width(), s.height(), sizing), shown, p, marks);
    }

    /** Paints the figure at rest for {@code layer} (null: "computing…") and the selection, for exports. */
    public void paint(Surface s, Palette p, LayerTrace layer, FigureSelection sel) {
        if (layer == null) {
            paint(s, p, null, null, "", DiagramMarks.NONE, null);
            return;
        }
        paint(s, p, layoutFor(layer, null), values(layer, sel), title(layer, sel),
                new DiagramMarks(sel.highlightedGate(), null, 0), null);
    }
}
