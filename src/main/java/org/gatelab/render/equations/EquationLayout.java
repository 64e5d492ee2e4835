package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;

/**
 * Where every piece of an {@link EquationSet} goes on a surface of a given size, typeset like a worked example:
 * <pre>
 *   fₜ = σ(W_if xₜ + b_if + W_hf hₜ₋₁ + b_hf) = σ(0.214 + 0.096) = σ(0.310) = 0.577
 *   cₜ = fₜ·cₜ₋₁ + iₜ·gₜ                      = 0.577·(−0.120) + …          = 0.233
 * </pre>
 * with the '=' after the left-hand side, after the symbolic form and before the result aligned in columns,
 * results right-aligned so their decimal points line up. When one line per equation does not fit the width
 * ({@link Mode#WIDE}), each equation takes two lines ({@link Mode#SPLIT}): the symbolic form, then the numbers
 * under it, continued from the aligned '='. The font is the largest (up to a size relative to the view's height)
 * at which everything fits; below the smallest size the content is clipped. All sizes are multiples of the
 * font size {@code fs}.
 */
public final class EquationLayout {
    /** One line per equation, or two (symbolic form, then numbers). */
    public enum Mode { WIDE, SPLIT }

    /** A piece of text at its baseline. */
    public record Text(String text, double x, double baseline, double size, RunStyle style, boolean bold,
                       boolean muted) {
    }

    /** The box of an equation (a forward row or a gradient item), for backgrounds and highlights. */
    public record Box(EquationLine line, double x, double y, double w, double h) {
    }

    /** A small square in the heatmaps' colour of a result. */
    public record Chip(double x, double y, double size, Rgb colour) {
    }

    /** A horizontal rule. */
    public record Rule(double x1, double x2, double y) {
    }

    // ---- proportions, in units of the equation font size fs ------------------------------------------
    static final double MIN_FONT = 8;
    static final double MAX_FONT = 34;
    /** The font never grows beyond this fraction of the view's height (and never below 12 px for that cap). */
    static final double FONT_PER_HEIGHT = 0.045;
    static final double SUB_SCALE = 0.7;
    static final double SUB_DROP = 0.24;
    static final double SUP_SCALE = 0.68;
    static final double SUP_RISE = 0.42;
    static final double EQ_GAP = 0.42;
    static final double PAD = 0.6;
    static final double TITLE_SCALE = 1.12;
    static final double SMALL_SCALE = 0.8;
    static final double GRAD_SCALE = 0.9;
    static final double WIDE_ROW = 1.85;
    static final double SPLIT_ROW = 2.9;
    /** The distance between the two lines of a SPLIT equation. */
    static final double SPLIT_PITCH = 1.3;
    static final double ROW_GAP = 0.18;
    static final double GRAD_ROW = 1.65;
    static final double COLUMN_GAP = 1.6;
    static final double CHIP = 0.72;
    static final double CHIP_GAP = 0.45;
    /** From a row's vertical centre down to the baseline of text centred in it (about half the x-height). */
    static final double CENTRE_TO_BASELINE = 0.36;
    /**
     * WIDE (one line per equation, which reads like a table) is kept while its font is comfortable, at least
     * this fraction of the size cap, or nearly as large as SPLIT's ({@link #WIDE_PREFERENCE}).
     */
    static final double WIDE_COMFORT = 0.75;
    static final double WIDE_PREFERENCE = 0.9;

    private final double fontSize;
    private final Mode mode;
    private final int gradientColumns;
    private final boolean fits;
    private final double width;
    private final double height;
    private final List<Text> texts;
    private final List<Box> rows;
    private final List<Box> items;
    private final List<Chip> chips;
    private final List<Rule> rules;
    private final Box forwardBlock;

    private EquationLayout(Placement p, double dx, double dy, boolean fits) {
        this.fontSize = p.fs;
        this.mode = p.mode;
        this.gradientColumns = p.columns;
        this.fits = fits;
        this.width = p.width;
        this.height = p.height;
        List<Text> t = new ArrayList<>();
        p.texts.forEach(x -> t.add(new Text(x.text(), x.x() + dx, x.baseline() + dy, x.size(), x.style(), x.bold(), x.muted())));
        this.texts = List.copyOf(t);
        this.rows = shift(p.rows, dx, dy);
        this.items = shift(p.items, dx, dy);
        List<Chip> c = new ArrayList<>();
        p.chips.forEach(x -> c.add(new Chip(x.x() + dx, x.y() + dy, x.size(), x.colour())));
        this.chips = List.copyOf(c);
        List<Rule> r = new ArrayList<>();
        p.rules.forEach(x -> r.add(new Rule(x.x1() + dx, x.x2() + dx, x.y() + dy)));
        this.rules = List.copyOf(r);
        this.forwardBlock = p.forwardBlock == null ? null
                : new Box(null, p.forwardBlock.x() + dx, p.forwardBlock.y() + dy, p.forwardBlock.w(), p.forwardBlock.h());
    }

    private static List<Box> shift(List<Box> boxes, double dx, double dy) {
        List<Box> out = new ArrayList<>();
        boxes.forEach(b -> out.add(new Box(b.line(), b.x() + dx, b.y() + dy, b.w(), b.h())));
        return List.copyOf(out);
    }

    /**
     * Lays {@code set} out in a {@code width} x {@code height} area with its top-left corner at the origin,
     * measuring text on {@code surface} (whose font it changes).
     */
    public static EquationLayout compute(Surface surface, EquationSet set, double width, double height) {
        TextMetrics m = new TextMetrics(surface);
        // margin = clamp(6, 3% of the shorter side, 36)
        double margin = clamp(0.03 * Math.min(width, height), 6, 36);
        double availW = Math.max(1, width - 2 * margin);
        double availH = Math.max(1, height - 2 * margin);
        // the font follows the view: at most 4.5% of its height, between 12 and 34 px
        // never under the surface's type floor (a projector's): below it the content is clipped instead
        double min = Math.max(MIN_FONT, surface.typeFloor());
        double cap = Math.max(min, clamp(FONT_PER_HEIGHT * height, 12, MAX_FONT));
        double wide = largestFitting(set, Mode.WIDE, m, availW, availH, min, cap);
        double split = largestFitting(set, Mode.SPLIT, m, availW, availH, min, cap);
        Mode mode;
        double fs;
        if (wide > 0 && (split <= 0 || wide >= WIDE_COMFORT * cap || wide >= WIDE_PREFERENCE * split)) {
            mode = Mode.WIDE;
            fs = wide;
        } else if (split > 0) {
            mode = Mode.SPLIT;
            fs = split;
        } else {
            mode = Mode.SPLIT;
            fs = min;
        }
        Placement p = Placement.place(set, mode, fs, m, availW);
        boolean fits = p.width <= availW + 0.5 && p.height <= availH + 0.5;
        // centre the block horizontally; vertically a little above the middle
        double dx = margin + Math.max(0, (availW - p.width) / 2);
        double dy = margin + Math.max(0, (availH - p.height) * 0.35);
        return new EquationLayout(p, dx, dy, fits);
    }

    /**
     * The height {@code set} needs at font {@code fs} in an area {@code width} wide (margins included): the lower of
     * the two modes whose lines fit that width at {@code fs}; when neither does, the height at the largest font whose
     * lines fit (the surface's type floor at least). A view that should show its equations at {@code fs} asks for this
     * much room.
     */
    public static double heightAt(Surface surface, EquationSet set, double fs, double width) {
        TextMetrics m = new TextMetrics(surface);
        // the largest margin an area this wide can have, so an area of the height returned fits at fs
        double margin = clamp(0.03 * width, 6, 36);
        double availW = Math.max(1, width - 2 * margin);
        double lo = Math.max(MIN_FONT, surface.typeFloor());
        double size = fs;
        if (Double.isNaN(lowestFitting(set, size, m, availW)) && size > lo) {
            // bisection on the width alone: the lines grow linearly with the font
            double hi = size;
            size = lo;
            while (hi - size > 0.1) {
                double mid = (size + hi) / 2;
                if (Double.isNaN(lowestFitting(set, mid, m, availW))) {
                    hi = mid;
                } else {
                    size = mid;
                }
            }
        }
        double h = lowestFitting(set, size, m, availW);
        return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h + 2 * margin;
    }

    /**
     * The narrowest area (margins included) in which {@code set}'s lines fit at font {@code fs}, in one mode or the
     * other; a view that must show its equations whole at {@code fs} asks for this much width.
     */
    public static double widthAt(Surface surface, EquationSet set, double fs) {
        TextMetrics m = new TextMetrics(surface);
        double hi = 64;
        while (Double.isNaN(lowestFitting(set, fs, m, hi)) && hi < 1e6) {
            hi *= 2;
        }
        double lo = hi / 2;
        // bisection: a wider area only lets more of the gradient grid share a row
        while (hi - lo > 1) {
            double mid = (lo + hi) / 2;
            if (Double.isNaN(lowestFitting(set, fs, m, mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // the margin of an area that wide: 3 % of its shorter side, at most 36
        return hi + 2 * clamp(0.03 * hi, 6, 36);
    }

    /** The height of the lower of the modes whose lines fit {@code availW} at {@code fs}; NaN if neither does. */
    private static double lowestFitting(EquationSet set, double fs, TextMetrics m, double availW) {
        double best = Double.NaN;
        for (Mode mode : Mode.values()) {
            Placement p = Placement.place(set, mode, fs, m, availW);
            if (p.width <= availW && !(p.height >= best)) {
                best = p.height;
            }
        }
        return best;
    }

    /** The largest font size in [min, cap] at which the set fits in this mode; 0 if none does. */
    private static double largestFitting(EquationSet set, Mode mode, TextMetrics m, double availW, double availH,
                                         double min, double cap) {
        if (fitsAt(set, mode, cap, m, availW, availH)) {
            return cap;
        }
        if (!fitsAt(set, mode, min, m, availW, availH)) {
            return 0;
        }
        double lo = min;
        double hi = cap;
        // bisection: widths and heights grow linearly with fs (the gradient grid can only get narrower)
        while (hi - lo > 0.1) {
            double mid = (lo + hi) / 2;
            if (fitsAt(set, mode, mid, m, availW, availH)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.floor(lo * 10) / 10;
    }

    private static boolean fitsAt(EquationSet set, Mode mode, double fs, TextMetrics m, double availW, double availH) {
        Placement p = Placement.place(set, mode, fs, m, availW);
        return p.width <= availW && p.height <= availH;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- results ------------------------------------------------------------------------------------

    /** The equation font size in pixels. */
    public double fontSize() {
        return fontSize;
    }

    public Mode mode() {
        return mode;
    }

    /** How many gradient items share a grid row. */
    public int gradientColumns() {
        return gradientColumns;
    }

    /** False when even the smallest font does not fit (the painter clips). */
    public boolean fits() {
        return fits;
    }

    /** The width of the laid-out block. */
    public double width() {
        return width;
    }

    /** The height of the laid-out block. */
    public double height() {
        return height;
    }

    /** Every piece of text, in drawing order. */
    public List<Text> texts() {
        return texts;
    }

    /** The boxes of the forward equations, in order. */
    public List<Box> rows() {
        return rows;
    }

    /** The boxes of the gradient items. */
    public List<Box> items() {
        return items;
    }

    public List<Chip> chips() {
        return chips;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The box around all forward equations, or null when there are none. */
    public Box forwardBlock() {
        return forwardBlock;
    }
}
