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
import org.gatelab.render.plot.ScriptText;

/**
 * A small table of W_hh's numbers: for each block its spectral radius, spectral norm and Frobenius norm, and for
 * a gated cell the norms of the whole stacked matrix (which is not square, so it has no eigenvalues). The
 * selected block's row is in the accent colour. Always ρ ≤ ‖W‖₂ ≤ ‖W‖_F, which the columns show left to right.
 */
public final class NormTable {
    /** The header's words. */
    static final String[] HEADER = {"matrix", "ρ = max|λ|", "‖W‖₂", "‖W‖_{F}"};
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
            ScriptText.draw(s, HEADER[c], cols[c], y + 0.5 * line, c == 0 ? HAlign.LEFT : HAlign.RIGHT, VAlign.CENTER,
                    0.9 * font, true, false);
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

    /**
     * The width the table needs at {@code font}: each column as wide as its header or its widest number, with a gap
     * of one font size between columns.
     */
    public static double width(Surface s, RecurrentWeights w, double font) {
        double[] need = needs(s, rows(w, null), font);
        double sum = 0;
        for (double n : need) {
            sum += n;
        }
        return sum + (need.length - 1) * font;
    }

    private static double[] needs(Surface s, List<Row> rows, double font) {
        double[] need = new double[HEADER.length];
        for (int c = 0; c < HEADER.length; c++) {
            need[c] = ScriptText.width(s, HEADER[c], 0.9 * font, true, false);
        }
        for (Row r : rows) {
            s.setFont(0.9 * font, true, false);
            need[0] = Math.max(need[0], s.textWidth(r.name()));
            s.setFont(0.9 * font, true, true);
            need[1] = Math.max(need[1], s.textWidth(r.rho()));
            need[2] = Math.max(need[2], s.textWidth(r.norm2()));
            need[3] = Math.max(need[3], s.textWidth(r.normF()));
        }
        return need;
    }

    /**
     * x of each column: the name column left-aligned at {@code x}, the numbers right-aligned; each column gets the
     * width it needs, and what {@code width} has beyond that is shared out between the gaps, so no header runs into
     * its neighbour.
     */
    private static double[] columns(Surface s, List<Row> rows, double x, double width, double font) {
        double[] need = needs(s, rows, font);
        double used = 0;
        for (double n : need) {
            used += n;
        }
        double gap = Math.max(font, (width - used) / (need.length - 1));
        double[] cols = new double[need.length];
        cols[0] = x;
        double right = x + need[0];
        for (int c = 1; c < need.length; c++) {
            right += gap + need[c];
            cols[c] = right;
        }
        return cols;
    }
}
