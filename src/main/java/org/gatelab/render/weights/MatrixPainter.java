package org.gatelab.render.weights;

import java.util.Optional;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.heatmap.AxisTicks;
import org.gatelab.render.heatmap.ColorBarPainter;
import org.gatelab.render.heatmap.HeatmapData;
import org.gatelab.render.plot.FigureTitle;

/**
 * Paints W_hh as a heatmap with square cells: one row per (block, unit), one column per unit of h_{t-1}, on
 * the diverging map over ±max|w|, the blocks of a gated cell as labelled bands ({@code W_hi}, {@code W_hf},
 * ...) with the selected one outlined in the accent colour, the column axis below and a colour bar on the
 * right. Every number it prints is a weight of the record or an index.
 */
public final class MatrixPainter {
    private final ColorBarPainter colorBar = new ColorBarPainter();

    /**
     * Where the cells went: the grid's rectangle and its size, for hit tests.
     *
     * @param cell the side of one (square) cell in pixels
     */
    public record Layout(double x, double y, double cell, int rows, int cols) {
        /** The (row, col) under a point, if it lies on the grid. */
        public Optional<int[]> cellAt(double px, double py) {
            if (cell <= 0 || px < x || py < y || px >= x + cols * cell || py >= y + rows * cell) {
                return Optional.empty();
            }
            return Optional.of(new int[] {(int) ((py - y) / cell), (int) ((px - x) / cell)});
        }
    }

    /** The heatmap's data: W_hh on the diverging map over ±max|w| (±1 for a zero matrix). */
    public static HeatmapData data(RecurrentWeights w) {
        double m = w.maxAbs();
        double r = m > 0 && Double.isFinite(m) ? m : 1;
        return new HeatmapData("whh", "W_hh", w.rows(), w.hiddenSize(), w.values(), -r, r, ColorMap.diverging(),
                "weight");
    }

    /** The label of a block's band: {@code W_hf}; the RNN's whole matrix is {@code W_hh}. */
    public static String blockName(Gate block) {
        return block == Gate.A ? "W_hh" : "W_h" + block.symbol();
    }

    /** The widest the painter uses at a body height of {@code bh}: gutters plus square cells as tall as fit. */
    public double preferredWidth(Surface s, RecurrentWeights w, double bh, double font) {
        double[] g = gutters(s, w, font);
        double cell = Math.max(0, (bh - g[2]) / w.rows());
        return g[0] + g[1] + cell * w.hiddenSize();
    }

    /** {left, right, bottom}: the room the labels, the colour bar and the column axis take around the grid. */
    private double[] gutters(Surface s, RecurrentWeights w, double font) {
        double label = 0.85 * font;
        s.setFont(label, true, false);
        double bandLabelW = w.cell().blockCount() > 1 ? s.textWidth("W_hg") + 0.9 * font : 0;
        s.setFont(label, false, true);
        double rowLabelW = s.textWidth(String.valueOf(w.hiddenSize() - 1)) + 0.4 * font;
        HeatmapData data = data(w);
        double right = 0.6 * font + 0.7 * font + colorBar.labelWidth(s, data.min(), data.max(), font);
        return new double[] {bandLabelW + rowLabelW, right, 2.9 * label};
    }

    /**
     * Paints the matrix into the box ({@code x, y, w, h}).
     *
     * @param selected the block outlined (ignored for the RNN's single block)
     * @param font     body font size; labels are 0.85 of it
     */
    public Layout paint(Surface s, Palette p, RecurrentWeights w, Gate selected, double x, double y, double bw,
                        double bh, double font) {
        HeatmapData data = data(w);
        int rows = w.rows();
        int cols = w.hiddenSize();
        int blocks = w.cell().blockCount();
        double label = 0.85 * font;
        boolean banded = blocks > 1;
        double[] gutter = gutters(s, w, font);
        double left = gutter[0];
        double right = gutter[1];
        double bottom = gutter[2];
        s.setFont(label, false, true);
        double rowLabelW = s.textWidth(String.valueOf(cols - 1)) + 0.4 * font;
        double cell = Math.min((bw - left - right) / cols, (bh - bottom) / rows);
        cell = cell >= 12 ? Math.floor(cell) : Math.max(0, cell);
        double gridW = cell * cols;
        double gridH = cell * rows;
        // centre the grid and its gutters in the box
        double gx = x + left + Math.max(0, (bw - left - right - gridW) / 2);
        double gy = y;
        Layout layout = new Layout(gx, gy, cell, rows, cols);
        if (cell <= 0) {
            return layout;
        }
        s.image(data.pixels(), cols, rows, gx, gy, gridW, gridH);
        s.setStroke(p.grid());
        s.setLineWidth(1);
        s.setDashes();
        s.strokeRect(gx - 0.5, gy - 0.5, gridW + 1, gridH + 1);

        int h = w.hiddenSize();
        if (banded) {
            // bands: a line in the background colour between blocks, the block's name left of it
            s.setStroke(p.background());
            s.setLineWidth(Math.max(1.5, 0.14 * font));
            for (int k = 1; k < blocks; k++) {
                s.line(gx, gy + k * h * cell, gx + gridW, gy + k * h * cell);
            }
            for (int k = 0; k < blocks; k++) {
                Gate g = w.cell().blocks().get(k);
                boolean on = g == selected;
                s.setFont(label, on, false);
                s.setFill(on ? p.accent() : p.text());
                s.text(blockName(g), gx - rowLabelW - 0.4 * font, gy + (k + 0.5) * h * cell, HAlign.RIGHT,
                        VAlign.CENTER);
            }
            int k = w.cell().blockIndex(selected);
            if (k >= 0) {
                double lw = Math.max(2, 0.16 * font);
                s.setStroke(p.accent());
                s.setLineWidth(lw);
                s.strokeRect(gx - lw / 2, gy + k * h * cell - lw / 2, gridW + lw, h * cell + lw);
            }
        }
        unitLabels(s, p, layout, h, blocks, label);
        columnAxis(s, p, layout, label, font, x, bw, w.direction() == Direction.REVERSE);
        colorBar.paint(s, p, data, gx + gridW + 0.6 * font, gy, 0.7 * font, gridH, font);
        return layout;
    }

    /** Unit numbers down the left of each band (thinned), so row i of a block reads as unit i. */
    private static void unitLabels(Surface s, Palette p, Layout l, int h, int blocks, double label) {
        s.setFont(label, false, true);
        s.setFill(p.mutedText());
        int step = AxisTicks.step(l.cell(), 1.2 * label);
        double right = l.x() - 0.25 * label;
        for (int k = 0; k < blocks; k++) {
            for (int i = 0; i < h; i += step) {
                if (i > 0 && (h - i) * l.cell() < 1.2 * label) {
                    continue; // too near the next band's 0
                }
                s.text(String.valueOf(i), right, l.y() + (k * h + i + 0.5) * l.cell(), HAlign.RIGHT, VAlign.CENTER);
            }
        }
    }

    /**
     * Column numbers below the grid and what a column is: the unit j of h_{t-1} the weight reads (h_{t+1} for the
     * reverse direction of a bidirectional layer).
     */
    private static void columnAxis(Surface s, Palette p, Layout l, double label, double font, double boxX,
                                   double boxW, boolean reverse) {
        s.setFont(label, false, true);
        s.setFill(p.mutedText());
        int cols = l.cols();
        double extent = s.textWidth(String.valueOf(cols - 1)) + 0.8 * font;
        int step = AxisTicks.step(l.cell(), extent);
        double top = l.y() + l.rows() * l.cell() + 0.25 * label;
        for (int j = 0; j < cols; j += step) {
            s.text(String.valueOf(j), l.x() + (j + 0.5) * l.cell(), top, HAlign.CENTER, VAlign.TOP);
        }
        s.setFont(label, false, false);
        String next = "h\u209C" + (reverse ? "\u208A" : "\u208B") + "\u2081";
        String what = FigureTitle.firstThatFits(s, boxW, "column j: the unit of " + next + " it reads",
                "column j: unit of " + next, "column: " + next, "j");
        double mid = Math.max(boxX + s.textWidth(what) / 2, Math.min(boxX + boxW - s.textWidth(what) / 2,
                l.x() + cols * l.cell() / 2));
        s.text(what, mid, top + 1.35 * label, HAlign.CENTER, VAlign.TOP);
    }
}
