package org.gatelab.render.unrolled;

import java.util.List;
import org.gatelab.vocabulary.Gate;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Sealed;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.diagram.DiagramFormat;
import org.gatelab.render.plot.FigureTitle;

/**
 * Paints the forward half of the unrolled network: the copies of the cell (the step, the unit's gates as valves
 * with their values, the shared-weights tag), h and c flowing right between them with the values they carry,
 * x_t entering from below with every feature, ŷ_t leaving above (with the loss marked where it reads ŷ_t), and
 * the one box of shared weights every copy's tag points to. The backward pass is {@link BackwardPainter}'s.
 * Every number is one of the {@link UnrolledValues}, formatted.
 */
public final class UnrolledPainter {
    /** The words of the shared-weights box. */
    public static final String SHARED = "W_ih · W_hh · b_ih · b_hh: one set of weights, shared by every copy";
    /** {@link #SHARED} and shorter wordings of it, for a narrow figure. */
    static final String[] SHARED_SHORTER = {SHARED, "one set of weights, shared by every copy",
        "the same weights in every copy", "shared weights"};

    private final BackwardPainter backward = new BackwardPainter();

    /**
     * Paints {@code v} through {@code l}.
     *
     * @param selected the step to outline in the accent colour (-1 for none)
     * @param progress how far the backward sweep has travelled, 0 (not started) to 1 (through the whole window)
     */
    public void paint(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, int selected, double progress) {
        double f = l.font();
        sharedWeights(s, p, v, l);
        wires(s, p, v, l);
        for (int k = 0; k < v.count(); k++) {
            copy(s, p, v, l, k, v.step(k) == selected);
            input(s, p, v, l, k);
            if (v.hasOutputs()) {
                output(s, p, v, l, k);
            }
        }
        if (!Double.isNaN(l.backY())) {
            backward.paint(s, p, v, l, progress);
        }
        s.setDashes();
        s.setLineWidth(Math.max(1, 0.06 * f));
    }

    /** The line width of the forward wires. */
    static double wireWidth(double f) {
        return Math.max(1.5, 0.13 * f);
    }

    /** The box of shared weights above the copies, with a dashed tie from every copy's tag. */
    private static void sharedWeights(Surface s, Palette p, UnrolledValues v, UnrolledLayout l) {
        double f = l.font();
        double x0 = l.copyX(0);
        double x1 = l.right();
        double h = UnrolledLayout.BOX * f;
        Rgb tag = tagColour(p, v);
        s.setFill(tag.withAlpha(40));
        s.fillRoundRect(x0, l.weightsY(), x1 - x0, h, 0.6 * f);
        s.setStroke(tag);
        s.setLineWidth(Math.max(1, 0.08 * f));
        s.setDashes();
        s.strokeRoundRect(x0, l.weightsY(), x1 - x0, h, 0.6 * f);
        s.setFont(0.95 * f, true, false);
        s.setFill(p.text());
        s.text(FigureTitle.firstThatFits(s, x1 - x0 - f, SHARED_SHORTER), (x0 + x1) / 2, l.weightsY() + h / 2,
                HAlign.CENTER, VAlign.CENTER);
        s.setDashes(0.3 * f, 0.25 * f);
        for (int k = 0; k < v.count(); k++) {
            double tx = tagX(l, k);
            s.line(tx, l.weightsY() + h, tx, l.copyY());
        }
        s.setDashes();
    }

    /** The shared weights' colour: the cell's series colour, so every tag reads as the same thing. */
    static Rgb tagColour(Palette p, UnrolledValues v) {
        return p.series(v.cell().ordinal());
    }

    private static double tagX(UnrolledLayout l, int k) {
        return l.copyX(k) + 0.9 * l.font();
    }

    /** h (and c) flowing right: into the first copy, between copies, out of the last, each labelled with its value. */
    private static void wires(Surface s, Palette p, UnrolledValues v, UnrolledLayout l) {
        double f = l.font();
        boolean lstm = v.cell().hasCellState();
        for (int k = 0; k <= v.count(); k++) {
            double from = k == 0 ? l.copyX(0) - 0.72 * UnrolledLayout.LEFT_MARGIN * f : l.copyX(k - 1) + l.copyW();
            double to = k == v.count() ? l.right() + 0.8 * UnrolledLayout.RIGHT_MARGIN * f : l.copyX(k);
            int t = v.first() + k - 1;
            boolean hSealed = k == 0 ? v.hiddenBeforeSealed() : v.hiddenSealed(k - 1);
            double h = k == 0 ? v.hiddenBefore() : v.hidden(k - 1);
            wire(s, p, from, to, l.hWireY(), names("h", t), shown(h, hSealed), f, k == 0 && v.first() > 0);
            if (lstm) {
                boolean cSealed = k == 0 ? v.cellBeforeSealed() : v.cellSealed(k - 1);
                double c = k == 0 ? v.cellBefore() : v.cellState(k - 1);
                wire(s, p, from, to, l.cWireY(), names("c", t), shown(c, cSealed), f, k == 0 && v.first() > 0);
            }
        }
    }

    /**
     * A state's names, fullest first: "h₄"; before the first step "initial h", or "h₋₁" where a large type leaves no
     * room for the words (so the name shows whole rather than as "initi…").
     */
    private static String[] names(String state, int t) {
        return t < 0 ? new String[] {"initial " + state, state + Subscripts.of(t)}
                : new String[] {state + Subscripts.of(t)};
    }

    /** A number as the figure prints it, or "?" when a lesson has sealed it. */
    static String shown(double value, boolean sealed) {
        return sealed ? Sealed.MARK : DiagramFormat.value(value);
    }

    /** One wire segment with an arrowhead at its end, its state's name ({@code names}, fullest first) and value. */
    private static void wire(Surface s, Palette p, double x0, double x1, double y, String[] names, String value,
                             double f, boolean fromBefore) {
        s.setStroke(p.wire());
        s.setFill(p.wire());
        s.setLineWidth(wireWidth(f));
        s.setDashes();
        double head = 0.55 * f;
        s.line(x0, y, x1 - head, y);
        s.fillPolygon(new double[] {x1 - head, x1, x1 - head}, new double[] {y - 0.4 * head, y, y + 0.4 * head}, 3);
        // the state's name above the wire, the value it carries below, both centred on the segment
        double room = Math.max(f, x1 - x0 - 0.3 * f);
        double mid = (x0 + x1 - head) / 2;
        s.setFont(0.85 * f, false, false);
        s.setFill(p.mutedText());
        String[] wordings = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            wordings[i] = (fromBefore ? "… " : "") + names[i];
        }
        s.text(FigureTitle.firstThatFits(s, room, wordings), mid, y - 0.3 * f, HAlign.CENTER, VAlign.BOTTOM);
        s.setFont(0.85 * f, true, true);
        s.setFill(p.text());
        s.text(FigureTitle.fit(s, value, room), mid, y + 0.3 * f, HAlign.CENTER, VAlign.TOP);
    }

    /** A copy: its panel, the step, the tag of the shared weights, one valve row per block of the unit. */
    private static void copy(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, int k, boolean selected) {
        double f = l.font();
        double x = l.copyX(k);
        double y = l.copyY();
        double w = l.copyW();
        s.setFill(p.panel());
        s.fillRoundRect(x, y, w, l.copyH(), 0.8 * f);
        s.setStroke(selected ? p.accent() : p.grid());
        s.setLineWidth(selected ? Math.max(2, 0.18 * f) : Math.max(1, 0.08 * f));
        s.setDashes();
        s.strokeRoundRect(x, y, w, l.copyH(), 0.8 * f);
        // the tag: the same chip in every copy, tied to the shared box above
        Rgb tag = tagColour(p, v);
        s.setFill(tag);
        double chip = 1.25 * f;
        s.fillRoundRect(tagX(l, k) - chip / 2, y + 0.35 * f, chip, chip, 0.3 * f);
        s.setFill(ink(tag));
        s.setFont(0.85 * f, true, false);
        s.text("W", tagX(l, k), y + 0.35 * f + chip / 2, HAlign.CENTER, VAlign.CENTER);
        s.setFont(f, true, false);
        s.setFill(selected ? p.accent() : p.text());
        s.text("t = " + v.step(k), x + w - 0.5 * f, y + 0.95 * f, HAlign.RIGHT, VAlign.CENTER);
        List<Gate> blocks = v.cell().blocks();
        for (int g = 0; g < blocks.size(); g++) {
            valve(s, p, blocks.get(g), v.gate(k, g), v.gateSealed(k, g), x + 0.5 * f, y + (2.0 + 1.5 * g + 0.75) * f,
                    w - f, f);
        }
    }

    /** One block of the unit: its symbol, a bar as open as the gate (from the centre for tanh), its value. */
    private static void valve(Surface s, Palette p, Gate gate, double a, boolean sealed, double x, double cy, double w,
                              double f) {
        s.setFont(0.9 * f, true, false);
        s.setFill(p.text());
        String name = gate == Gate.A ? "h" : gate.symbol();
        s.text(name, x, cy, HAlign.LEFT, VAlign.CENTER);
        String value = shown(a, sealed);
        s.setFont(0.85 * f, false, true);
        double valueW = s.textWidth("\u22120.000");
        s.text(value, x + w, cy, HAlign.RIGHT, VAlign.CENTER);
        double bx = x + 1.1 * f;
        double bw = Math.max(0.5 * f, w - 1.1 * f - valueW - 0.4 * f);
        double bh = 0.55 * f;
        s.setFill(p.grid().mix(p.panel(), 0.3));
        s.fillRoundRect(bx, cy - bh / 2, bw, bh, bh);
        if (Double.isNaN(a)) {
            return;
        }
        if (gate.isSigmoid()) {
            double u = Math.max(0, Math.min(1, a));
            s.setFill(ColorMap.sequential().at(u));
            s.fillRoundRect(bx, cy - bh / 2, Math.max(bh, u * bw), bh, bh);
        } else {
            double u = Math.max(-1, Math.min(1, a));
            double mid = bx + bw / 2;
            double end = mid + u * bw / 2;
            s.setFill(ColorMap.diverging().at((u + 1) / 2));
            s.fillRoundRect(Math.min(mid, end), cy - bh / 2, Math.max(1, Math.abs(end - mid)), bh, bh);
            s.setFill(p.text());
            s.fillRect(mid - 0.5, cy - bh * 0.8, 1, 1.6 * bh);
        }
    }

    /** x_t under the copy, every feature, with an arrow up into it. */
    private static void input(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, int k) {
        double f = l.font();
        double cx = l.centerX(k);
        double h = UnrolledLayout.BOX * f;
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < v.inputSize(); i++) {
            values.append(i == 0 ? "" : ", ").append(shown(v.input(k, i), v.inputSealed(k, i)));
        }
        String name = "x" + Subscripts.of(v.step(k));
        String text = v.inputSize() == 1 ? name + " " + values : name + " (" + values + ")";
        s.setFont(0.85 * f, false, true);
        if (s.textWidth(text) > l.copyW() + 0.8 * l.gap()) {
            text = name + ": " + v.inputSize() + " features";
        }
        box(s, p, text, cx, l.inputY(), h, l.copyW() + 0.8 * l.gap(), p.background(), p.text());
        arrowUp(s, p.wire(), cx, l.inputY(), l.copyY() + l.copyH(), f);
    }

    /** ŷ_t above the copy with an arrow up from it; the loss's mark where it reads ŷ_t. */
    private static void output(Surface s, Palette p, UnrolledValues v, UnrolledLayout l, int k) {
        double f = l.font();
        double cx = l.centerX(k);
        double h = UnrolledLayout.BOX * f;
        String text = "ŷ" + Subscripts.of(v.step(k)) + (v.outputSealed(k) ? " " + Sealed.MARK
                : Double.isNaN(v.output(k)) ? "" : " " + DiagramFormat.value(v.output(k)));
        s.setFont(0.85 * f, false, true);
        double bw = box(s, p, text, cx, l.outputY(), h, l.copyW(), p.background(), p.text());
        arrowUp(s, p.wire(), cx, l.copyY(), l.outputY() + h, f);
        if (v.lossReads(k)) {
            double lx = cx + bw / 2 + 0.35 * f;
            s.setFill(p.text());
            s.setFont(0.9 * f, true, false);
            s.text("→ L", lx, l.outputY() + h / 2, HAlign.LEFT, VAlign.CENTER);
        }
    }

    /** A rounded box centred on {@code cx} with one line of text; returns its width. */
    private static double box(Surface s, Palette p, String text, double cx, double y, double h, double maxW, Rgb fill,
                              Rgb ink) {
        double f = h / UnrolledLayout.BOX;
        String shown = FigureTitle.fit(s, text, maxW - 0.8 * f);
        double w = s.textWidth(shown) + 0.8 * f;
        s.setFill(fill);
        s.fillRoundRect(cx - w / 2, y, w, h, 0.5 * h);
        s.setStroke(p.wire());
        s.setLineWidth(Math.max(1, 0.07 * f));
        s.setDashes();
        s.strokeRoundRect(cx - w / 2, y, w, h, 0.5 * h);
        s.setFill(ink);
        s.text(shown, cx, y + h / 2, HAlign.CENTER, VAlign.CENTER);
        return w;
    }

    /** A vertical arrow from {@code fromY} up to {@code toY}. */
    private static void arrowUp(Surface s, Rgb colour, double x, double fromY, double toY, double f) {
        double head = 0.5 * f;
        s.setStroke(colour);
        s.setFill(colour);
        s.setLineWidth(wireWidth(f));
        s.line(x, fromY, x, toY + head);
        s.fillPolygon(new double[] {x - 0.4 * head, x, x + 0.4 * head}, new double[] {toY + head, toY, toY + head}, 3);
    }

    /** Dark or white text, whichever reads on {@code fill}. */
    static Rgb ink(Rgb fill) {
        return fill.luminance() > 0.35 ? Rgb.hex("#141821") : Rgb.hex("#ffffff");
    }
}
