package org.gatelab.ui.training;

import java.util.List;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.viewmodel.training.ValidationPredictions.LabelRow;

/**
 * Rows of symbols for classification tasks, one block per validation sequence:
 *
 * <pre>
 *   copy ABC after 10 blank steps                              3 of 3 right
 *   shown   A B C _ _ _ _ _ _ _ _ _ _ ! _ _ _
 *   target  _ _ _ _ _ _ _ _ _ _ _ _ _ _ A B C
 *   model   _ _ _ _ _ _ _ _ _ _ _ _ _ _ A B D     scored cells: blue right, red wrong
 * </pre>
 *
 * When the sequence is longer than the width allows, the last steps are shown (where the copy task recalls)
 * and a note says which. Draws on a {@link Surface} only, so exports can reuse it.
 */
final class LabelStripPainter {
    /** Fill of a scored step predicted right (the cool end of the diverging map). */
    static final Rgb RIGHT = ColorMap.diverging().at(0.12);
    /** Fill of a scored step predicted wrong (the warm end). */
    static final Rgb WRONG = ColorMap.diverging().at(0.92);

    /** What one paint showed: blocks drawn and the first step of the shown window. */
    record Shown(int blocks, int firstStep, int steps) {
    }

    /** Paints as many blocks as fit into {@code x, y, w, h}. */
    Shown paint(Surface s, List<LabelRow> rows, PlotStyle style, double x, double y, double w, double h) {
        Palette p = style.palette();
        double f = style.font();
        if (rows.isEmpty()) {
            return new Shown(0, 0, 0);
        }
        // ---- legend ----------------------------------------------------------------------------------------
        double ly = y + 0.7 * f;
        s.setFont(0.88 * f, false, false);
        double lx = x;
        lx = swatch(s, p, lx, ly, f, RIGHT, "right");
        lx = swatch(s, p, lx, ly, f, WRONG, "wrong");
        swatch(s, p, lx, ly, f, p.panel(), "not scored");
        double top = y + 1.6 * f;

        // ---- the step window: cells of 1.0 to 1.7 font sizes -------------------------------------------------
        s.setFont(0.88 * f, false, false);
        double labelWidth = Math.max(s.textWidth("target"), Math.max(s.textWidth("shown"), s.textWidth("model")))
                + 0.8 * f;
        double available = Math.max(f, w - labelWidth);
        int length = rows.get(0).length();
        double cell = Math.min(1.7 * f, available / length);
        int steps = length;
        if (cell < 1.0 * f) {
            cell = 1.0 * f;
            steps = Math.max(1, (int) Math.floor(available / cell));
        }
        int first = length - steps;
        double lineH = Math.min(1.45 * f, 1.15 * cell + 0.2 * f);
        double blockH = 1.5 * f + 3 * lineH + 0.7 * f;
        int blocks = Math.max(1, Math.min(rows.size(), (int) Math.floor((y + h - top) / blockH)));
        double by = top;
        for (int r = 0; r < blocks; r++) {
            LabelRow row = rows.get(r);
            paintBlock(s, p, f, row, x, by, w, labelWidth, cell, lineH, first, steps);
            by += blockH;
        }
        if (first > 0) {
            s.setFont(0.8 * f, false, false);
            s.setFill(p.mutedText());
            s.text("steps " + first + "–" + (length - 1) + " of 0–" + (length - 1), x + w, ly, HAlign.RIGHT,
                    VAlign.CENTER);
        }
        return new Shown(blocks, first, steps);
    }

    private static double swatch(Surface s, Palette p, double x, double cy, double f, Rgb fill, String label) {
        double sw = 0.85 * f;
        s.setFill(fill);
        s.fillRoundRect(x, cy - sw / 2, sw, sw, 0.2 * f);
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.strokeRoundRect(x, cy - sw / 2, sw, sw, 0.2 * f);
        s.setFill(p.text());
        s.text(label, x + sw + 0.35 * f, cy, HAlign.LEFT, VAlign.CENTER);
        return x + sw + 0.35 * f + s.textWidth(label) + 1.1 * f;
    }

    private static void paintBlock(Surface s, Palette p, double f, LabelRow row, double x, double y, double w,
                                   double labelWidth, double cell, double lineH, int first, int steps) {
        String tally = row.right() + " of " + row.scored() + " right";
        s.setFont(0.88 * f, true, false);
        double tallyWidth = s.textWidth(tally);
        s.setFill(row.right() == row.scored() ? p.text() : p.accent());
        s.text(tally, x + w, y + 0.7 * f, HAlign.RIGHT, VAlign.CENTER);
        s.setFont(0.88 * f, false, false);
        s.setFill(p.mutedText());
        s.text(FigureTitle.fit(s, row.description(), w - tallyWidth - f), x, y + 0.7 * f, HAlign.LEFT, VAlign.CENTER);
        double ly = y + 1.5 * f;
        String[] names = {"shown", "target", "model"};
        List<List<String>> lines = List.of(row.inputs(), row.targets(), row.predicted());
        double glyph = Math.min(0.95 * f, 0.72 * cell);
        for (int k = 0; k < 3; k++) {
            double cy = ly + (k + 0.5) * lineH;
            s.setFont(0.88 * f, false, false);
            s.setFill(p.mutedText());
            s.text(names[k], x, cy, HAlign.LEFT, VAlign.CENTER);
            for (int i = 0; i < steps; i++) {
                int t = first + i;
                double cx = x + labelWidth + i * cell;
                Rgb fill = k == 2 ? verdictFill(row.verdict(t), p) : p.background();
                if (k == 2 || k == 1 && row.verdict(t) >= 0) {
                    s.setFill(k == 2 ? fill : p.panel());
                    s.fillRect(cx + 0.06 * cell, cy - lineH / 2 + 0.08 * lineH, 0.88 * cell, 0.84 * lineH);
                }
                s.setFont(glyph, k == 2 && row.verdict(t) >= 0, true);
                s.setFill(k == 2 && row.verdict(t) >= 0 ? ink(fill) : k == 0 ? p.text() : p.mutedText());
                s.text(lines.get(k).get(t), cx + cell / 2, cy, HAlign.CENTER, VAlign.CENTER);
            }
        }
    }

    private static Rgb verdictFill(int verdict, Palette p) {
        return verdict > 0 ? RIGHT : verdict == 0 ? WRONG : p.panel();
    }

    private static Rgb ink(Rgb fill) {
        return fill.luminance() > 0.4 ? Rgb.of(20, 20, 20) : Rgb.of(250, 250, 250);
    }
}
