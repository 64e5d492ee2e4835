package org.gatelab.render.diagram;

import org.gatelab.render.ColorMap;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * Sizes and colours of one painting of the diagram, derived from the viewport's scale (pixels per layout
 * unit) so the diagram reads the same from a laptop to a projector; fonts are clamped to stay legible.
 */
final class DiagramStyle {
    /** Dark and light ink for text on data colours. */
    private static final Rgb DARK_INK = Rgb.hex("#141821");
    private static final Rgb LIGHT_INK = Rgb.hex("#ffffff");

    final Viewport vp;
    final Palette palette;
    /** Pixels per layout unit. */
    final double u;
    final double line;
    final double numberFont;
    final double labelFont;
    final double smallFont;
    final double arrow;

    DiagramStyle(Viewport vp, Palette palette) {
        this.vp = vp;
        this.palette = palette;
        this.u = vp.scale();
        // line = clamp(1.2, 0.05 u, 5) px; fonts ≈ a third of a layout unit, clamped to stay legible
        this.line = clamp(1.2, 0.05 * u, 5);
        this.numberFont = clamp(10, 0.36 * u, 34);
        this.labelFont = clamp(9.5, 0.31 * u, 28);
        this.smallFont = clamp(9, 0.25 * u, 22);
        this.arrow = clamp(6, 0.24 * u, 20);
    }

    static double clamp(double min, double v, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** Text colour that reads on {@code fill}: whichever of dark and white ink has the higher WCAG contrast. */
    static Rgb inkOn(Rgb fill) {
        // contrast ratio = (L_lighter + 0.05) / (L_darker + 0.05)
        double l = fill.luminance();
        double withDark = (l + 0.05) / (DARK_INK.luminance() + 0.05);
        double withLight = (LIGHT_INK.luminance() + 0.05) / (l + 0.05);
        return withDark >= withLight ? DARK_INK : LIGHT_INK;
    }

    /**
     * The fill of a gate's box: sigmoid gates on the sequential map over 0..1, tanh values on the diverging
     * map over -1..1, the RNN's ReLU output over ±{@code hiddenRange}.
     */
    static Rgb gateFill(DiagramValues v, Gate gate) {
        double a = v.activation(gate);
        if (gate.isSigmoid()) {
            return ColorMap.sequential().at(a, 0, 1);
        }
        double r = gate == Gate.A && v.nonlinearity() == Nonlinearity.RELU ? v.hiddenRange() : 1;
        return ColorMap.diverging().at(a, -r, r);
    }

    /**
     * How open a gate's valve is, 0..1: a sigmoid gate's value; |value| of a tanh; a ReLU output relative to
     * the run's largest.
     */
    static double openness(DiagramValues v, Gate gate) {
        double a = v.activation(gate);
        if (Double.isNaN(a)) {
            return 0;
        }
        if (gate.isSigmoid()) {
            return clamp(0, a, 1);
        }
        double r = gate == Gate.A && v.nonlinearity() == Nonlinearity.RELU ? v.hiddenRange() : 1;
        return clamp(0, Math.abs(a) / r, 1);
    }

    /** The colour range of a state: ±{@code cellRange} for c, ±{@code hiddenRange} for h, ±1 for tanh(c). */
    static double stateRange(DiagramValues v, Quantity q) {
        return switch (q) {
            case C_PREV, C -> v.cellRange();
            case H_PREV, H -> v.hiddenRange();
            default -> 1;
        };
    }

    /** A state's fill on the diverging map; x_t (whose range is the data's) gets the neutral background. */
    Rgb stateFill(DiagramValues v, Quantity q) {
        if (q == Quantity.X) {
            return palette.background();
        }
        double r = stateRange(v, q);
        return ColorMap.diverging().at(v.state(q), -r, r);
    }

    double px(double x) {
        return vp.px(x);
    }

    double py(double y) {
        return vp.py(y);
    }

    double len(double units) {
        return vp.len(units);
    }
}
