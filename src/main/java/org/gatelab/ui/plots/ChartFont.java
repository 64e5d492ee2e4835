package org.gatelab.ui.plots;

import java.util.Locale;
import javafx.scene.layout.Region;
import org.gatelab.render.figures.FigureText;
import org.gatelab.ui.canvas.CanvasView;

/**
 * The type of a chart's control strip (the toggles and sliders above it) follows the chart's own body type, in the
 * workspace and in presenter mode alike, so a strip never reads in a larger (or smaller) font than the chart it
 * controls (issue 14).
 */
final class ChartFont {
    private ChartFont() {
    }

    /**
     * The body font a figure painter draws {@code chart} with, in pixels: {@link FigureText#fontSize} of its size
     * in drawing units (its width taken as wide as at the default scale), raised to its type floor, times its drawing
     * scale.
     */
    static double pixels(CanvasView chart, double width, double height) {
        double scale = chart.drawingScale();
        double f = FigureText.fontSize(chart.typeGrowth() * width / scale, height / scale);
        return Math.max(f, chart.effectiveTypeFloor()) * scale;
    }

    /**
     * Keeps {@code strip}'s font at the body font {@code chart} draws with, whenever the chart is resized or its
     * scale or floor changes. (The strip's height takes from the chart's, which moves the chart's font by a
     * thirtieth as much, so the two settle at once.)
     */
    static void follow(Region strip, CanvasView chart) {
        Runnable apply = () -> {
            if (chart.getWidth() > 0 && chart.getHeight() > 0) {
                strip.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                        pixels(chart, chart.getWidth(), chart.getHeight())));
            }
        };
        chart.widthProperty().addListener((obs, o, n) -> apply.run());
        chart.heightProperty().addListener((obs, o, n) -> apply.run());
        chart.drawingScaleProperty().addListener((obs, o, n) -> apply.run());
        chart.typeFloorProperty().addListener((obs, o, n) -> apply.run());
        chart.typeGrowthProperty().addListener((obs, o, n) -> apply.run());
    }
}
