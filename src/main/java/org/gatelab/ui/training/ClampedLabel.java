package org.gatelab.ui.training;

import javafx.geometry.Pos;
import javafx.scene.control.Label;

/**
 * A wrapping label that shows at most {@link #setMaxLines} lines (the last ending in "…"), and only as many as
 * its text needs; 0 lines means no limit.
 */
final class ClampedLabel extends Label {
    private int maxLines;

    ClampedLabel() {
        setWrapText(true);
        setAlignment(Pos.TOP_LEFT);
    }

    void setMaxLines(int lines) {
        if (lines != maxLines) {
            maxLines = lines;
            requestLayout();
        }
    }

    int maxLines() {
        return maxLines;
    }

    /** Height of {@code maxLines} lines: font size x 1.35 per line (the line spacing included), plus padding. */
    private double clampHeight() {
        double line = getFont().getSize() * 1.35 + 1;
        return maxLines * line + snappedTopInset() + snappedBottomInset() + 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        double pref = super.computePrefHeight(width);
        return maxLines > 0 ? Math.min(pref, clampHeight()) : pref;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }
}
