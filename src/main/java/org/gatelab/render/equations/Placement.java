package org.gatelab.render.equations;

import static org.gatelab.render.equations.EquationLayout.CENTRE_TO_BASELINE;
import static org.gatelab.render.equations.EquationLayout.CHIP;
import static org.gatelab.render.equations.EquationLayout.CHIP_GAP;
import static org.gatelab.render.equations.EquationLayout.COLUMN_GAP;
import static org.gatelab.render.equations.EquationLayout.EQ_GAP;
import static org.gatelab.render.equations.EquationLayout.GRAD_ROW;
import static org.gatelab.render.equations.EquationLayout.GRAD_SCALE;
import static org.gatelab.render.equations.EquationLayout.PAD;
import static org.gatelab.render.equations.EquationLayout.ROW_GAP;
import static org.gatelab.render.equations.EquationLayout.SMALL_SCALE;
import static org.gatelab.render.equations.EquationLayout.SPLIT_PITCH;
import static org.gatelab.render.equations.EquationLayout.SPLIT_ROW;
import static org.gatelab.render.equations.EquationLayout.SUB_DROP;
import static org.gatelab.render.equations.EquationLayout.SUB_SCALE;
import static org.gatelab.render.equations.EquationLayout.SUP_RISE;
import static org.gatelab.render.equations.EquationLayout.SUP_SCALE;
import static org.gatelab.render.equations.EquationLayout.TITLE_SCALE;
import static org.gatelab.render.equations.EquationLayout.WIDE_ROW;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.equations.EquationLayout.Box;
import org.gatelab.render.equations.EquationLayout.Chip;
import org.gatelab.render.equations.EquationLayout.Mode;
import org.gatelab.render.equations.EquationLayout.Rule;
import org.gatelab.render.equations.EquationLayout.Text;

/**
 * One try at laying out an {@link EquationSet} at font size {@code fs} in a mode, with the block's top-left
 * corner at the origin: {@link EquationLayout} tries sizes until one fits and then shifts the winner into place.
 */
final class Placement {
    final double fs;
    final Mode mode;
    int columns = 1;
    double width;
    double height;
    final List<Text> texts = new ArrayList<>();
    final List<Box> rows = new ArrayList<>();
    final List<Box> items = new ArrayList<>();
    final List<Chip> chips = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Box forwardBlock;
    private final TextMetrics m;
    private final List<Double> ruleYs = new ArrayList<>();

    private Placement(double fs, Mode mode, TextMetrics m) {
        this.fs = fs;
        this.mode = mode;
        this.m = m;
    }

    static Placement place(EquationSet set, Mode mode, double fs, TextMetrics m, double availW) {
        Placement p = new Placement(fs, mode, m);
        p.layout(set, availW);
        return p;
    }

    private void layout(EquationSet set, double availW) {
        double y = 0;
        // heading: title (shortened with an ellipsis rather than shrinking the font), then the muted subtitle,
        // which wraps onto more lines where it is long (presenter mode's large type) rather than being cut
        double ts = TITLE_SCALE * fs;
        String title = m.fit(set.title(), availW, ts, true, false);
        texts.add(new Text(title, 0, y + 0.95 * ts, ts, RunStyle.SYMBOL, true, false));
        width = Math.max(width, m.width(title, ts, true, false));
        y += 1.3 * ts;
        double ss = SMALL_SCALE * fs;
        if (!set.subtitle().isEmpty()) {
            for (List<Run> line : wrapRuns(set.subtitle(), availW, ss)) {
                width = Math.max(width, emit(line, 0, y + 0.95 * ss, ss));
                y += 1.35 * ss;
            }
        }
        if (!set.forward().isEmpty()) {
            y += 0.6 * fs;
            y = forward(set.forward(), y);
        }
        if (set.hasGradients()) {
            y += 0.75 * fs;
            y = gradients(set, y, availW);
        }
        height = y;
        for (double ry : ruleYs) {
            rules.add(new Rule(0, width, ry));
        }
    }

    // ---- forward equations --------------------------------------------------------------------------

    /*
     * Columns (x grows right):   [lhs] = [symbolic] = [middle stages] = [result] [chip]
     *   xEq1 = pad + max lhs width          (lhs right-aligned against it)
     *   xSym = xEq1 + eqW
     *   WIDE:  xEq2 = xSym + max symbolic width, xMid = xEq2 + eqW, xEqR = xMid + max middle width
     *   SPLIT: line 1 holds lhs = symbolic; line 2 starts with '=' at xEq1, middle at xSym,
     *          xEqR = xSym + max middle width
     *   results are right-aligned in [xEqR + eqW, xEqR + eqW + max result width], so decimal points align
     */
    private double forward(List<EquationLine> lines, double top) {
        double eqW = eqWidth(fs);
        double lhsW = 0;
        double symW = 0;
        double midW = 0;
        double resW = 0;
        boolean anyChip = false;
        for (EquationLine l : lines) {
            lhsW = Math.max(lhsW, runsWidth(l.lhs(), fs));
            symW = Math.max(symW, runsWidth(l.symbolic(), fs));
            midW = Math.max(midW, middleWidth(l, fs, eqW));
            resW = Math.max(resW, runsWidth(l.result(), fs));
            anyChip |= l.chip() != null;
        }
        double chipW = anyChip ? (CHIP_GAP + CHIP) * fs : 0;
        double xEq1 = PAD * fs + lhsW;
        double xSym = xEq1 + eqW;
        double xEq2 = xSym + symW;
        double xEqR;
        double blockW;
        if (mode == Mode.WIDE) {
            xEqR = midW > 0 ? xEq2 + eqW + midW : xEq2;
            blockW = xEqR + eqW + resW + chipW + PAD * fs;
        } else {
            xEqR = midW > 0 ? xSym + midW : xEq1;
            blockW = Math.max(xSym + symW, xEqR + eqW + resW + chipW) + PAD * fs;
        }
        double y = top;
        for (EquationLine l : lines) {
            double rh = (mode == Mode.WIDE ? WIDE_ROW : SPLIT_ROW) * fs;
            double base1;
            double base2;
            if (mode == Mode.WIDE) {
                base1 = y + rh / 2 + CENTRE_TO_BASELINE * fs;
                base2 = base1;
            } else {
                // two lines SPLIT_PITCH apart, centred in the row
                base1 = y + rh / 2 - SPLIT_PITCH / 2 * fs + CENTRE_TO_BASELINE * fs;
                base2 = base1 + SPLIT_PITCH * fs;
            }
            emit(l.lhs(), xEq1 - runsWidth(l.lhs(), fs), base1, fs);
            equals(xEq1, base1, fs);
            double resultEq = xEqR;
            double resultBase = base2;
            if (l.symbolic().isEmpty()) {
                // a bare value: lhs = result, right after the first '='
                resultEq = xEq1;
                resultBase = base1;
            } else {
                emit(l.symbolic(), xSym, base1, fs);
                if (!l.middle().isEmpty()) {
                    double x = mode == Mode.WIDE ? xEq2 : xEq1;
                    for (List<Run> stage : l.middle()) {
                        equals(x, base2, fs);
                        x = emit(stage, x + eqW, base2, fs);
                    }
                }
            }
            equals(resultEq, resultBase, fs);
            double rw = runsWidth(l.result(), fs);
            double resultRight = resultEq == xEq1 ? xSym + rw : resultEq + eqW + resW;
            emit(l.result(), resultRight - rw, resultBase, fs);
            if (l.chip() != null) {
                double c = CHIP * fs;
                chips.add(new Chip(resultRight + CHIP_GAP * fs, resultBase - CENTRE_TO_BASELINE * fs - c / 2, c,
                        l.chip()));
            }
            rows.add(new Box(l, 0, y, blockW, rh));
            y += rh + ROW_GAP * fs;
        }
        y -= ROW_GAP * fs;
        forwardBlock = new Box(null, 0, top, blockW, y - top);
        width = Math.max(width, blockW);
        return y;
    }

    private double middleWidth(EquationLine l, double size, double eqW) {
        double w = 0;
        List<List<Run>> mid = l.middle();
        for (int i = 0; i < mid.size(); i++) {
            w += runsWidth(mid.get(i), size) + (i > 0 ? eqW : 0);
        }
        return w;
    }

    // ---- gradient block -----------------------------------------------------------------------------

    private double gradients(EquationSet set, double top, double availW) {
        double y = top;
        ruleYs.add(y);
        y += 0.55 * fs;
        double ss = SMALL_SCALE * fs;
        for (List<Run> line : wrapRuns(set.gradientTitle(), availW, ss)) {
            width = Math.max(width, emit(line, 0, y + 0.95 * ss, ss));
            y += 1.35 * ss;
        }
        y += 0.1 * fs;
        double gs = GRAD_SCALE * fs;
        List<List<EquationLine>> logical = set.gradientRows();
        columns = chooseColumns(logical, gs, availW);
        List<List<EquationLine>> grid = chunk(logical, columns);
        double[] labW = new double[columns];
        double[] valW = new double[columns];
        for (List<EquationLine> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                labW[c] = Math.max(labW[c], runsWidth(row.get(c).lhs(), gs));
                valW[c] = Math.max(valW[c], runsWidth(row.get(c).result(), gs));
            }
        }
        double eqW = eqWidth(gs);
        double[] colX = new double[columns];
        double x = PAD * fs;
        for (int c = 0; c < columns; c++) {
            colX[c] = x;
            x += labW[c] + eqW + valW[c] + COLUMN_GAP * gs;
        }
        width = Math.max(width, x - COLUMN_GAP * gs + PAD * fs);
        double pitch = GRAD_ROW * gs;
        for (List<EquationLine> row : grid) {
            double base = y + pitch / 2 + CENTRE_TO_BASELINE * gs;
            for (int c = 0; c < row.size(); c++) {
                EquationLine item = row.get(c);
                double xEq = colX[c] + labW[c];
                emit(item.lhs(), xEq - runsWidth(item.lhs(), gs), base, gs);
                equals(xEq, base, gs);
                double right = xEq + eqW + valW[c];
                emit(item.result(), right - runsWidth(item.result(), gs), base, gs);
                items.add(new Box(item, colX[c] - 0.35 * gs, y, labW[c] + eqW + valW[c] + 0.7 * gs, pitch));
            }
            y += pitch;
        }
        if (!set.gradientCaption().isEmpty()) {
            double cs = 0.72 * fs;
            y += 0.25 * fs;
            for (List<Run> line : wrapRuns(set.gradientCaption(), availW, cs)) {
                width = Math.max(width, emit(line, 0, y + 0.95 * cs, cs));
                y += 1.3 * cs;
            }
        }
        return y;
    }

    /**
     * The most items per grid row that fit the width, among counts that split every logical row evenly
     * (a row of four as 4 or 2 + 2, never 3 + 1); 1 if none fits.
     */
    private int chooseColumns(List<List<EquationLine>> logical, double gs, double availW) {
        int max = 1;
        for (List<EquationLine> r : logical) {
            max = Math.max(max, r.size());
        }
        for (int k = max; k > 1; k--) {
            boolean even = true;
            for (List<EquationLine> r : logical) {
                even &= r.size() <= k || r.size() % k == 0;
            }
            if (even && gridWidth(chunk(logical, k), k, gs) <= availW) {
                return k;
            }
        }
        return 1;
    }

    private double gridWidth(List<List<EquationLine>> grid, int k, double gs) {
        double[] labW = new double[k];
        double[] valW = new double[k];
        for (List<EquationLine> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                labW[c] = Math.max(labW[c], runsWidth(row.get(c).lhs(), gs));
                valW[c] = Math.max(valW[c], runsWidth(row.get(c).result(), gs));
            }
        }
        double w = 2 * PAD * fs + (k - 1) * COLUMN_GAP * gs;
        for (int c = 0; c < k; c++) {
            w += labW[c] + eqWidth(gs) + valW[c];
        }
        return w;
    }

    private static List<List<EquationLine>> chunk(List<List<EquationLine>> logical, int k) {
        List<List<EquationLine>> out = new ArrayList<>();
        for (List<EquationLine> r : logical) {
            for (int i = 0; i < r.size(); i += k) {
                out.add(r.subList(i, Math.min(r.size(), i + k)));
            }
        }
        return out;
    }

    // ---- text ---------------------------------------------------------------------------------------

    private double eqWidth(double size) {
        return 2 * EQ_GAP * size + m.width("=", size, false, false);
    }

    private void equals(double x, double baseline, double size) {
        texts.add(new Text("=", x + EQ_GAP * size, baseline, size, RunStyle.SYMBOL, false, false));
    }

    /**
     * A piece of a run drawn in one font (or typeset, for maths): its size and baseline shift are multiples of the
     * line's size.
     */
    private record Piece(String text, double scale, double dy, boolean bold, boolean mono, boolean maths) {
        Piece(String text, double scale, double dy, boolean bold, boolean mono) {
            this(text, scale, dy, bold, mono, false);
        }
    }

    /**
     * How a run is drawn: a subscript small and lowered; a number in scientific notation as its mantissa and
     * {@code ×10}, then the exponent small and raised with ordinary digits ({@code 2.31×10} and {@code −5}), since
     * Unicode superscript digits sit unevenly in a mono font; anything else as it is.
     */
    private static List<Piece> pieces(Run r) {
        boolean bold = r.style() == RunStyle.RESULT;
        boolean mono = r.style().isMono();
        if (r.style().isMath()) {
            return List.of(new Piece(r.text(), 1, 0, false, false, true));
        }
        if (r.style() == RunStyle.SUBSCRIPT) {
            return List.of(new Piece(r.text(), SUB_SCALE, SUB_DROP, false, false));
        }
        int times = r.text().indexOf("×10");
        if (mono && times >= 0) {
            String head = r.text().substring(0, times + 3);
            String exponent = EquationFormat.fromSuperscript(r.text().substring(times + 3));
            return List.of(new Piece(head, 1, 0, bold, true), new Piece(exponent, SUP_SCALE, -SUP_RISE, bold, true));
        }
        return List.of(new Piece(r.text(), 1, 0, bold, mono));
    }

    private double runWidth(Run r, double size) {
        double w = 0;
        for (Piece p : pieces(r)) {
            w += pieceWidth(p, size);
        }
        return w;
    }

    private double pieceWidth(Piece p, double size) {
        return p.maths() ? m.formulaWidth(p.text(), p.scale() * size)
                : m.width(p.text(), p.scale() * size, p.bold(), p.mono());
    }

    private double runsWidth(List<Run> runs, double size) {
        double w = 0;
        for (Run r : runs) {
            w += runWidth(r, size);
        }
        return w;
    }

    /** Places runs from {@code x} on a baseline; subscripts muted like the run before them. Returns the end x. */
    private double emit(List<Run> runs, double x, double baseline, double size) {
        boolean muted = false;
        for (Run r : runs) {
            muted = r.style() == RunStyle.SUBSCRIPT ? muted : r.style().isMuted();
            for (Piece p : pieces(r)) {
                double s = p.scale() * size;
                texts.add(new Text(p.text(), x, baseline + p.dy() * size, s, r.style(), p.bold(), muted));
                x += pieceWidth(p, size);
            }
        }
        return x;
    }

    /** The runs as lines no wider than {@code maxW} at {@code size} ({@link RunLines}). */
    private List<List<Run>> wrapRuns(List<Run> runs, double maxW, double size) {
        return RunLines.wrap(runs, maxW, line -> runsWidth(line, size));
    }
}
