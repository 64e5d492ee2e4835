package org.gatelab.render.weights;

import java.util.List;
import java.util.Locale;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.MatrixSpectrum;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.figures.FigureText;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.PlotStyle;

/**
 * The W_hh figure: a heading and a caption, the recurrent matrix as a heatmap on the left
 * ({@link MatrixPainter}), the eigenvalues of the selected block in the complex plane on the right
 * ({@link EigenPlanePainter}) and under them the norms of every block ({@link NormTable}). The view and the
 * exports both draw through it; every number comes from the {@link RecurrentWeights} the engine computed.
 */
public final class WeightsFigure {
    /** Lines a panel's title may take. */
    static final int TITLE_LINES = 3;
    /** Shown when there is no matrix to draw. */
    public static final String NO_WEIGHTS = "W_hh is not available: this picture was made without the model's weights.";

    private final MatrixPainter matrix = new MatrixPainter();
    private final EigenPlanePainter plane = new EigenPlanePainter();
    private final NormTable table = new NormTable();

    /** Where the two panels went (null parts when nothing was drawn). */
    public record Layout(MatrixPainter.Layout matrix, EigenPlanePainter.Layout plane) {
    }

    /** {@code wanted} if the cell has that block, else the forget gate, the update gate, or the RNN's only block. */
    public static Gate blockFor(CellKind cell, Gate wanted) {
        if (wanted != null && cell.blockIndex(wanted) >= 0) {
            return wanted;
        }
        return switch (cell) {
            case LSTM -> Gate.F;
            case GRU -> Gate.Z;
            case RNN -> Gate.A;
        };
    }

    /** The bold heading, e.g. {@code "W_hh · LSTM, layer 1 of 2 · 8 units"}. */
    public static String heading(RecurrentWeights w, int layerCount) {
        String layer = layerCount > 1 ? String.format(Locale.ROOT, ", layer %d of %d", w.layer() + 1, layerCount) : "";
        if (w.direction() == Direction.REVERSE) {
            layer += (layer.isEmpty() ? ", " : " ") + "reverse direction (weight_hh_l" + w.layer() + "_reverse)";
        }
        return "The recurrent matrix W_hh · " + w.cell() + layer + " · " + w.hiddenSize() + " units";
    }

    /** How to read the figure; every sentence holds for any weights. */
    public static String caption(RecurrentWeights w, Gate block) {
        String text = switch (w.cell()) {
            case RNN -> "Right: the eigenvalues λ of W_hh; over k steps W_hhᵏ grows or shrinks like ρᵏ. A backward "
                    + "step multiplies the gradient by W_hhᵀ and the nonlinearity's slope (at most 1), so with "
                    + "‖W_hh‖₂ < 1 the gradient carried back through h shrinks at every step.";
            case LSTM -> "W_hh stacks one H × H block per gate (i, f, g, o). Right: the eigenvalues λ of "
                    + MatrixPainter.blockName(block) + ". Each block enters ∂hₜ/∂hₜ₋₁ scaled by its gate's slope "
                    + "(σ′ ≤ 1/4, tanh′ ≤ 1); the path through the cell state is scaled by f instead.";
            case GRU -> "W_hh stacks one H × H block per gate (r, z, n). Right: the eigenvalues λ of "
                    + MatrixPainter.blockName(block) + ". Each block enters ∂hₜ/∂hₜ₋₁ scaled by its gate's slope "
                    + "(σ′ ≤ 1/4, tanh′ ≤ 1); the direct path from hₜ₋₁ to hₜ is scaled by z instead.";
        };
        // the reverse direction of a bidirectional layer reads the state of step t+1
        return w.direction() == Direction.REVERSE ? text.replace("hₜ₋₁", "hₜ₊₁") : text;
    }

    /**
     * Paints the figure over the whole surface.
     *
     * @param w          the layer's recurrent matrix, or null (a message is shown)
     * @param wanted     the block to show in the complex plane (see {@link #blockFor})
     * @param layerCount the model's layers, for the heading
     */
    public Layout paint(Surface s, Palette p, RecurrentWeights w, Gate wanted, int layerCount) {
        double width = s.width();
        double height = s.height();
        double f = FigureText.fontSize(s, width, height);
        PlotStyle style = new PlotStyle(p, f);
        double pad = 0.8 * f;
        if (w == null) {
            s.setFont(f, false, false);
            s.setFill(p.mutedText());
            s.text(FigureTitle.fit(s, NO_WEIGHTS, width - 2 * pad), width / 2, height / 2, HAlign.CENTER,
                    VAlign.CENTER);
            return new Layout(null, null);
        }
        Gate block = blockFor(w.cell(), wanted);
        MatrixSpectrum spectrum = w.spectrum(block);
        String rightTitle = rightTitle(w, block);
        // the caption gives up lines before the eigenvalue plane loses the room it needs to be drawn at all
        double gap = 1.5 * f;
        double belowCaption = belowCaption(s, w, rightTitle, width, f);
        String heading = heading(w, layerCount);
        String caption = caption(w, block);
        int lines = FigureTitle.captionLines(height, f);
        while (lines > 1 && pad * 0.6 + FigureTitle.height(s, style, heading, caption, width - 2 * pad, lines)
                + belowCaption > height) {
            lines--;
        }
        caption = wholeSentences(s, caption, width - 2 * pad, lines, f);
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading, caption, pad, pad * 0.6, width - 2 * pad, lines);
        double bodyTop = top + 0.4 * f;
        double bodyH = height - bodyTop - pad;

        // the matrix takes the width its square cells need, at most 48 % of the figure
        // ... and leaves the norm table its width where it can (down to a quarter of the figure for the matrix)
        double inner = width - 2 * pad;
        double besideTable = Math.max(0.25 * inner, inner - gap - NormTable.width(s, w, f));
        double leftW = Math.min(Math.min(0.48 * inner, besideTable), matrix.preferredWidth(s, w, bodyH - 1.7 * f, f));
        double rightX = pad + leftW + gap;
        double rightW = width - pad - rightX;

        String leftTitle = "W_hh: " + w.rows() + " × " + w.hiddenSize();
        // a panel's title wraps rather than being cut; both panels start below the taller one
        double panelTitle = Math.max(panelTitleHeight(s, leftTitle, leftW, f), panelTitleHeight(s, rightTitle, rightW, f));
        panelTitle(s, p, leftTitle, pad, bodyTop, leftW, f);
        MatrixPainter.Layout m = matrix.paint(s, p, w, block, pad, bodyTop + panelTitle, leftW, bodyH - panelTitle,
                f);
        panelTitle(s, p, rightTitle, rightX, bodyTop, rightW, f);
        double tableH = NormTable.height(w, f);
        EigenPlanePainter.Layout e = plane.paint(s, p, spectrum, p.series(w.cell().ordinal()), rightX,
                bodyTop + panelTitle, rightW, bodyH - panelTitle - tableH - 0.5 * f, f);
        double tableW = Math.min(rightW, Math.max(NormTable.width(s, w, f), 26 * f));
        table.paint(s, p, w, block, rightX + (rightW - tableW) / 2, height - pad - tableH, tableW, f);
        return new Layout(m, e);
    }

    /**
     * The height in drawing units the figure needs {@code width} wide at body font {@code f}: its heading, one line of
     * caption, the panels' titles, an eigenvalue plane {@link #ROOMY_PLANE_FONTS} larger than the smallest one drawn
     * (whose labels crowd its circle) and the norm table. Less, and its parts would crowd or overlap; a view asks for
     * this much room.
     */
    public static double minimumHeight(Surface s, PlotStyle style, RecurrentWeights w, Gate wanted, int layerCount,
                                       double width, double f) {
        double pad = 0.8 * f;
        Gate block = blockFor(w.cell(), wanted);
        return pad * 0.6 + FigureTitle.height(s, style, heading(w, layerCount), caption(w, block), width - 2 * pad, 1)
                + belowCaption(s, w, rightTitle(w, block), width, f) + ROOMY_PLANE_FONTS * f;
    }

    /** How much larger than its smallest (in body fonts) the plane of a figure given its room is drawn. */
    static final double ROOMY_PLANE_FONTS = 3;

    /** The right panel's title: "Eigenvalues of W_hf · none outside the unit circle". */
    private static String rightTitle(RecurrentWeights w, Gate block) {
        MatrixSpectrum spectrum = w.spectrum(block);
        String outside = spectrum.outsideUnitCircle() == 0 ? "none outside the unit circle"
                : spectrum.outsideUnitCircle() + " of " + spectrum.count() + " outside the unit circle";
        return "Eigenvalues of " + MatrixPainter.blockName(block) + " · " + outside;
    }

    /** What the right panel needs under the caption: its title, the smallest plane, the table. */
    private static double belowCaption(Surface s, RecurrentWeights w, String rightTitle, double width, double f) {
        double pad = 0.8 * f;
        double narrowestRight = width - 2 * pad - 0.48 * (width - 2 * pad) - 1.5 * f;
        return 0.4 * f + panelTitleHeight(s, rightTitle, narrowestRight, f) + EigenPlanePainter.minimumHeight(f)
                + 0.5 * f + NormTable.height(w, f) + pad;
    }

    /**
     * The caption's first sentences that fit in {@code lines} lines of {@code width}: where the room is short, whole
     * sentences are left out from the end (each holds on its own) rather than the last one being cut mid-word.
     */
    private static String wholeSentences(Surface s, String caption, double width, int lines, double f) {
        s.setFont(0.9 * f, false, false);
        String text = caption;
        while (FigureTitle.wrap(s, text, width, Integer.MAX_VALUE).size() > lines) {
            int cut = text.lastIndexOf(". ", text.length() - 2);
            if (cut < 0) {
                return text;
            }
            text = text.substring(0, cut + 1);
        }
        return text;
    }

    /** A panel's title, wrapped to {@link #TITLE_LINES} lines of {@code w}. */
    private static void panelTitle(Surface s, Palette p, String text, double x, double y, double w, double f) {
        s.setFont(0.95 * f, true, false);
        s.setFill(p.text());
        List<String> lines = FigureTitle.wrap(s, text, w, TITLE_LINES);
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), x, y + 0.7 * f + i * 1.2 * f, HAlign.LEFT, VAlign.CENTER);
        }
    }

    /** The height a panel's title and the space under it take. */
    private static double panelTitleHeight(Surface s, String text, double w, double f) {
        s.setFont(0.95 * f, true, false);
        return 1.7 * f + (FigureTitle.wrap(s, text, w, TITLE_LINES).size() - 1) * 1.2 * f;
    }
}
