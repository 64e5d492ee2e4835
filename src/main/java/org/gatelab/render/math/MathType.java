package org.gatelab.render.math;

/**
 * How typeset maths is sized against the text around it. The Computer Modern faces JLaTeXMath draws with have
 * an x-height of 0.43 em, the DejaVu Sans of the figures 0.55 em: a formula set at 1.15 times the text's size
 * looks as large as its neighbours.
 */
public final class MathType {
    /** Formula size over text size. */
    public static final double SCALE = 1.15;

    private MathType() {
    }

    /** The formula's em in pixels beside text of {@code textSize} pixels. */
    public static double size(double textSize) {
        return SCALE * textSize;
    }
}
