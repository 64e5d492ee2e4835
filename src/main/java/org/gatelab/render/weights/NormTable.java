package org.gatelab.render.weights;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.heatmap.ValueFormat;

/**
 * A small table of W_hh's numbers: for each block its spectral radius, spectral norm and Frobenius norm, and for
 * a gated cell the norms of the whole stacked matrix (which is not square, so it has no eigenvalues). The
 * selected block's row is in the accent colour. Always ρ ≤ ‖W‖₂ ≤ ‖W‖_F, which the columns show left to right.
 */
public final class NormTable {
    /** The header's words. */
    static final String[] HEADER = {"matrix", "ρ = max|λ|", "‖W‖₂", "‖W‖_F"};
    /** Shown where a number does not exist (the stacked matrix has no eigenvalues). */
    static final String NONE = "—";

    /** One row of the table. */
    public record Row(String name, String rho, String norm2, String normF, boolean selected) {
    }

    /** The rows for {@code w}: one per block, then (gated cells) the stacked matrix. */
    public static List<Row> rows(RecurrentWeights w, Gate selected) {
        List<Row> rows = new ArrayList<>();
        for (MatrixSpectrum b : w.blocks()) {
            rows.add(new Row(MatrixPainter.blockName(b.block()), ValueFormat.readout(b.spectralRadius()),
                    ValueFormat.readout(b.spectralNorm()), ValueFormat.readout(b.frobeniusNorm()),
                    b.block() == selected || w.blocks().size() == 1));
        }
        if (w.blocks().size() > 1) {
            rows.add(new Row("W_hh (all " + w.blocks().size() + ")", NONE, ValueFormat.readout(w.spectralNorm()),
                    ValueFormat.readout(w.frobeniusNorm()), false));
        }
        return rows;
    }

    /** Height the table needs at {@code font}. */
    public static double height(RecurrentWeights w, double font) {
        return (rows(w, null).size() + 1) * 1.45 * font + 0.3 * font;
    }

    /** Paints the table from the top-left corner ({@code x, y}) within {@code width}. */
    public void paint(Surface s, Palette p, RecurrentWeights w, Gate selected, double x, double y, double width,
                      double font) {
        List<Row> rows = rows(w, selected);
        double line = 1.45 * font;
        double[] cols = columns(s, rows, x, width, font);
        s.setFont(0.9 * font, true, false);
        s.setFill(p.mutedText());
        for (int c = 0; c < HEADER.length; c++) {
            s.text(HEADER[c], cols[c], y + 0.5 * line, c == 0 ? HAlign.LEFT : HAlign.RIGHT, VAlign.CENTER);
        }
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.setDashes();
        s.line(x, y + line, x + width, y + line);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double cy = y + (r + 1.5) * line;
            s.setFill(row.selected() ? p.accent() : p.text());
            s.setFont(0.9 * font, row.selected(), false);
            s.text(row.name(), cols[0], cy, HAlign.LEFT, VAlign.CENTER);
            s.setFont(0.9 * font, row.selected(), true);
            s.text(row.rho(), cols[1], cy, HAlign.RIGHT, VAlign.CENTER);
            s.text(row.norm2(), cols[2], cy, HAlign.RIGHT, VAlign.CENTER);
            s.text(row.normF(), cols[3], cy, HAlign.RIGHT, VAlign.CENTER);
        }
    }

    /** x of each column: the name column left-aligned at {@code x}, the numbers right-aligned, spread over the width. */
    private static double[] columns(Surface s, List<Row> rows, double x, double width, double font) {
        s.setFont(0.9 * font, true, false);
        double nameW = s.textWidth(HEADER[0]);
        for (Row r : rows) {
            nameW = Math.max(nameW, s.textWidth(r.name()));
        }
        double rest = Math.max(0, width - nameW);
        return new double[] {x, x + nameW + rest / 3, x + nameW + 2 * rest / 3, x + width};
    }
}
