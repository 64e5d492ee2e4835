package org.gatelab.render.text;

/**
 * Where each character of a {@link ColouredText} goes: lines of equal cells, a new line after each line break
 * and whenever a line reaches the width; under each line, one row per prediction shown. Positions are in the
 * surface's units; {@link #hit} finds the character under a point.
 */
public final class TextGrid {
    private final double cellWidth;
    private final double rowHeight;
    private final double blockHeight;
    private final double left;
    private final double top;
    private final double[] xs;
    private final double[] ys;
    private final int length;
    private final double height;

    /**
     * @param fontSize the characters' size; a cell is 0.75 of it wide (a monospaced character is about 0.6) and a
     *                 row 1.5 of it high
     */
    public TextGrid(ColouredText text, double left, double top, double width, double fontSize) {
        this.cellWidth = fontSize * 0.75;
        this.rowHeight = fontSize * 1.5;
        this.blockHeight = rowHeight + text.predictionRows() * predictionRowHeight(fontSize) + (text.hasPredictions()
                ? fontSize * 0.4 : 0);
        this.left = left;
        this.top = top;
        this.length = text.length();
        int perLine = Math.max(1, (int) Math.floor(width / cellWidth));
        xs = new double[length];
        ys = new double[length];
        int column = 0;
        int line = 0;
        for (int t = 0; t < length; t++) {
            if (column >= perLine) {
                column = 0;
                line++;
            }
            xs[t] = left + column * cellWidth;
            ys[t] = top + line * blockHeight;
            column++;
            if (text.lineBreakAfter(t)) {
                column = 0;
                line++;
            }
        }
        int lines = length == 0 ? 0 : (int) Math.round((ys[length - 1] - top) / blockHeight) + 1;
        this.height = lines * blockHeight;
    }

    /** The height of one prediction row under a character. */
    public static double predictionRowHeight(double fontSize) {
        return fontSize * 1.05;
    }

    public double cellWidth() {
        return cellWidth;
    }

    public double rowHeight() {
        return rowHeight;
    }

    /** The left edge of character t's cell. */
    public double x(int t) {
        return xs[t];
    }

    /** The top of character t's line. */
    public double y(int t) {
        return ys[t];
    }

    /** The height every line takes, predictions included. */
    public double height() {
        return height;
    }

    /** The character whose cell or prediction column holds (x, y), or -1. */
    public int hit(double x, double y) {
        for (int t = 0; t < length; t++) {
            if (x >= xs[t] && x < xs[t] + cellWidth && y >= ys[t] && y < ys[t] + blockHeight) {
                return t;
            }
        }
        return -1;
    }

    /** The top of the grid. */
    public double top() {
        return top;
    }

    public double left() {
        return left;
    }
}
