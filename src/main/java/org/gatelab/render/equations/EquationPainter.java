package org.gatelab.render.equations;

import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.equations.EquationLayout.Box;
import org.gatelab.render.equations.EquationLayout.Chip;
import org.gatelab.render.equations.EquationLayout.Rule;
import org.gatelab.render.equations.EquationLayout.Text;
import org.gatelab.vocabulary.Gate;

/**
 * Draws an {@link EquationSet} on a {@link Surface} as laid out by {@link EquationLayout}: the forward
 * equations on a panel, the symbolic forms typeset as LaTeX ({@link Surface#formula}), numbers in the mono font, each result in
 * bold mono with a chip of its heatmap colour; the highlighted gate's equation (and its gradient item) on an
 * accent background with an accent bar; the gradient block under a rule.
 */
public final class EquationPainter {
    /** Opacity (of 255) of the accent behind the highlighted gate's equation. */
    static final int HIGHLIGHT_ALPHA = 48;
    /** Opacity of the accent behind the highlighted gate's gradient item. */
    static final int ITEM_HIGHLIGHT_ALPHA = 36;

    /**
     * Paints {@code set} over the whole surface (the background is the caller's) and returns the layout used.
     *
     * @param highlighted the gate to highlight, or null
     */
    public EquationLayout paint(Surface s, EquationSet set, Palette palette, Gate highlighted) {
        EquationLayout layout = EquationLayout.compute(s, set, s.width(), s.height());
        double fs = layout.fontSize();
        s.save();
        s.clip(0, 0, s.width(), s.height());
        Box block = layout.forwardBlock();
        if (block != null) {
            s.setFill(palette.panel());
            s.fillRoundRect(block.x(), block.y(), block.w(), block.h(), 0.6 * fs);
            s.setStroke(palette.grid());
            s.setLineWidth(1);
            s.strokeRoundRect(block.x() + 0.5, block.y() + 0.5, block.w() - 1, block.h() - 1, 0.6 * fs);
        }
        if (highlighted != null) {
            for (Box r : layout.rows()) {
                if (r.line().gate() == highlighted) {
                    s.setFill(palette.accent().withAlpha(HIGHLIGHT_ALPHA));
                    s.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 0.5 * fs);
                    // an accent bar on the left edge: the row's marker in grey-scale prints too
                    s.setFill(palette.accent());
                    s.fillRoundRect(r.x(), r.y() + 0.15 * r.h(), 0.2 * fs, 0.7 * r.h(), 0.2 * fs);
                }
            }
            for (Box b : layout.items()) {
                if (b.line().gate() == highlighted) {
                    s.setFill(palette.accent().withAlpha(ITEM_HIGHLIGHT_ALPHA));
                    s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 0.4 * fs);
                }
            }
        }
        s.setStroke(palette.grid());
        s.setLineWidth(Math.max(1, fs / 16));
        for (Rule r : layout.rules()) {
            s.line(r.x1(), r.y(), r.x2(), r.y());
        }
        for (Chip c : layout.chips()) {
            s.setFill(c.colour());
            s.fillRoundRect(c.x(), c.y(), c.size(), c.size(), 0.25 * c.size());
            s.setStroke(palette.grid());
            s.setLineWidth(1);
            s.strokeRoundRect(c.x(), c.y(), c.size(), c.size(), 0.25 * c.size());
        }
        for (Text t : layout.texts()) {
            s.setFill(colour(t, palette));
            if (t.style().isMath()) {
                s.formula(t.text(), t.x(), t.baseline(), t.size(), false, HAlign.LEFT, VAlign.BASELINE);
                continue;
            }
            s.setFont(t.size(), t.bold(), t.style().isMono());
            s.text(t.text(), t.x(), t.baseline(), HAlign.LEFT, VAlign.BASELINE);
        }
        s.restore();
        return layout;
    }

    private static Rgb colour(Text t, Palette p) {
        return t.muted() ? p.mutedText() : p.text();
    }
}
