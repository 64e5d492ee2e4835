package org.gatelab.render.unrolled;

import org.gatelab.vocabulary.CellKind;

/**
 * Where the parts of the unrolled network go in a box, top to bottom: the shared weights, the readouts ŷ_t,
 * the copies of the cell (with the c and h wires between them), the inputs x_t, and the backward pass's rows;
 * left to right: the row labels and the incoming wires, then {@code count} copies separated by gaps wide enough
 * for a wire's label, then the outgoing wires. Every length is a multiple of the font size {@link #font}.
 *
 * @param font     the body font size in pixels (smaller than asked when the box is too small for the parts)
 * @param count    copies of the cell
 * @param left     x of the first copy's left edge
 * @param copyW    a copy's width
 * @param gap      the space between two copies
 * @param weightsY top of the shared-weights box
 * @param outputY  top of the ŷ row (NaN without readouts)
 * @param copyY    top of the copies
 * @param copyH    height of a copy
 * @param inputY   top of the x row
 * @param backY    top of the backward band (NaN without gradients)
 * @param rowH     height of one backward row
 */
public record UnrolledLayout(double font, int count, double left, double copyW, double gap, double weightsY,
                             double outputY, double copyY, double copyH, double inputY, double backY, double rowH) {
    /** Copy widths and gaps, in fonts. */
    static final double MIN_COPY = 7.2;
    static final double MIN_GAP = 5.4;
    /** Room for the row labels and incoming wires on the left, outgoing wires on the right, in fonts. */
    static final double LEFT_MARGIN = 7.6;
    static final double RIGHT_MARGIN = 6.4;
    /** The most copies drawn side by side. */
    public static final int MAX_COPIES = 8;

    /** Height of the shared-weights box and of the ŷ and x boxes, in fonts. */
    static final double BOX = 1.9;

    /** The number of copies that fit a width {@code w} at font {@code f}, 1 to {@link #MAX_COPIES}. */
    public static int copiesThatFit(double w, double f) {
        double avail = w - (LEFT_MARGIN + RIGHT_MARGIN) * f;
        int n = (int) Math.floor((avail + MIN_GAP * f) / ((MIN_COPY + MIN_GAP) * f));
        return Math.max(1, Math.min(MAX_COPIES, n));
    }

    /** Height of a copy in fonts: the step's title and one row per block. */
    static double copyHeight(CellKind cell) {
        return 2.0 + 1.5 * cell.blockCount() + 0.5;
    }

    /** The whole height the parts need, in fonts. */
    static double heightInFonts(CellKind cell, boolean outputs, boolean gradients) {
        double h = BOX + 1.3;                                   // shared weights and their tie lines
        h += outputs ? BOX + 1.4 : 0;                           // ŷ row and the arrows up to it
        h += copyHeight(cell);
        h += 1.3 + BOX;                                         // the arrows up from x, the x row
        h += gradients ? 1.0 + 1.5 + rows(cell) * 2.6 : 0;      // the band's title and rows
        return h;
    }

    /** Backward rows: ‖∂L/∂h_t‖, and for the LSTM ∂L/∂c_t. */
    static int rows(CellKind cell) {
        return cell.hasCellState() ? 2 : 1;
    }

    /**
     * Lays the parts out in the box ({@code x, y, w, h}) at font {@code font} or smaller.
     *
     * @param count copies to lay out (see {@link #copiesThatFit}); more than fit get narrower copies
     */
    public static UnrolledLayout of(CellKind cell, boolean outputs, boolean gradients, int count, double x, double y,
                                    double w, double h, double font) {
        double need = heightInFonts(cell, outputs, gradients);
        double f = Math.max(7, Math.min(font, h / need));
        int n = Math.max(1, count);
        double avail = w - (LEFT_MARGIN + RIGHT_MARGIN) * f;
        // the gap keeps its minimum; copies take what is left, up to twice their minimum, the rest is centred
        double gap = MIN_GAP * f;
        double copyW = Math.max(f, Math.min(2 * MIN_COPY * f, (avail - (n - 1) * gap) / n));
        double gapW = n > 1 ? Math.max(gap, (avail - n * copyW) / (n - 1)) : gap;
        gapW = Math.min(gapW, 1.6 * gap);
        double used = n * copyW + (n - 1) * gapW;
        double left = x + LEFT_MARGIN * f + Math.max(0, (avail - used) / 2);
        double cy = y + Math.max(0, (h - need * f) / 2);
        double weightsY = cy;
        cy += (BOX + 1.3) * f;
        double outputY = Double.NaN;
        if (outputs) {
            outputY = cy;
            cy += (BOX + 1.4) * f;
        }
        double copyY = cy;
        double copyH = copyHeight(cell) * f;
        cy += copyH + 1.3 * f;
        double inputY = cy;
        cy += BOX * f;
        double backY = gradients ? cy + 1.0 * f : Double.NaN;
        return new UnrolledLayout(f, n, left, copyW, gapW, weightsY, outputY, copyY, copyH, inputY, backY, 2.6 * f);
    }

    /** Left edge of copy {@code k}. */
    public double copyX(int k) {
        return left + k * (copyW + gap);
    }

    /** Centre of copy {@code k}. */
    public double centerX(int k) {
        return copyX(k) + copyW / 2;
    }

    /** Right edge of the last copy. */
    public double right() {
        return copyX(count - 1) + copyW;
    }

    /** y of the h wire. */
    public double hWireY() {
        return copyY + 0.78 * copyH;
    }

    /** y of the c wire (LSTM). */
    public double cWireY() {
        return copyY + 0.3 * copyH;
    }

    /** y of backward row {@code r} (0: h, 1: c), at its track's centre. */
    public double backRowY(int r) {
        return backY + 1.5 * font + (r + 0.5) * rowH;
    }
}
