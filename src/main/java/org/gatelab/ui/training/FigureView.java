package org.gatelab.ui.training;

import java.util.function.BiFunction;
import org.gatelab.render.Palette;
import org.gatelab.render.Surface;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.TrainingSnapshot;

/**
 * One figure of the training lab on a canvas: heading, caption (when there is room) and a line plot drawn by
 * {@link LinePlotPainter}, all built from the model's current {@link TrainingSnapshot}. The figure is rebuilt
 * only when the snapshot or the palette changes, and painted once per pulse at most.
 */
class FigureView extends CanvasView {
    static final String STYLE_CLASS = "lab-figure";

    private final TrainingLabViewModel model;
    private final BiFunction<TrainingSnapshot, Palette, Figure> builder;
    private final LinePlotPainter painter = new LinePlotPainter();
    private Figure figure;
    private PlotLayout layout;
    private boolean highlighted;

    FigureView(TrainingLabViewModel model, BiFunction<TrainingSnapshot, Palette, Figure> builder, String id) {
        this.model = model;
        this.builder = builder;
        getStyleClass().add(STYLE_CLASS);
        setId(id);
        setMinSize(0, 0);
    }

    void initListeners() {
        model.snapshotProperty().addListener((obs, o, n) -> invalidate());
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    final void invalidate() {
        figure = null;
        requestRedraw();
    }

    TrainingLabViewModel model() {
        return model;
    }

    /** The figure for the current snapshot and palette; null when this figure has nothing to show. */
    final Figure figure() {
        if (figure == null) {
            figure = builder.apply(model.snapshot(), palette());
        }
        return figure;
    }

    /** Where the plot's frame went in the last paint, or null. */
    final PlotLayout plotLayout() {
        return layout;
    }

    /** Draws an accent frame around the figure: "look here". */
    final void setHighlighted(boolean on) {
        if (on != highlighted) {
            highlighted = on;
            requestRedraw();
        }
    }

    final boolean highlighted() {
        return highlighted;
    }

    @Override
    protected void paint(Surface s) {
        Figure fig = figure();
        layout = null;
        double w = s.width();
        double h = s.height();
        double f = LabText.plotFont(s, w, h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.7 * f;
        if (fig == null) {
            return;
        }
        // the caption only where it leaves the plot room: 2 lines on a tall figure, 1 on a medium one
        int captionLines = h > 22 * f ? 2 : h > 15 * f ? 1 : 0;
        double top = pad * 0.6 + FigureTitle.paint(s, style, fig.heading(), captionLines == 0 ? "" : fig.caption(),
                pad, pad * 0.6, w - 2 * pad, Math.max(1, captionLines));
        Area area = new Area(pad * 0.4, top, w - pad, h - top - pad * 0.3);
        if (fig.hasPlot()) {
            layout = painter.paint(s, fig.plot(), style, area.x, area.y, area.w, area.h);
            paintOver(s, style, layout);
        } else if (!paintInstead(s, style, fig, area.x + pad * 0.3, area.y, area.w - pad * 0.3, area.h)) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            FigureTitle.message(s, fig.message(), w / 2, top, h, w - 2 * pad, f);
        }
        if (highlighted) {
            s.setStroke(palette().accent());
            s.setLineWidth(Math.max(2, 0.18 * f));
            s.strokeRoundRect(1.5, 1.5, w - 3, h - 3, 0.6 * f);
        }
    }

    /** A rectangle of the canvas. */
    record Area(double x, double y, double w, double h) {
    }

    /** Draws on top of the plot (e.g. shaded spans); nothing by default. */
    void paintOver(Surface s, PlotStyle style, PlotLayout layout) {
    }

    /** Draws a figure without a plot; false to show its message instead. */
    boolean paintInstead(Surface s, PlotStyle style, Figure fig, double x, double y, double w, double h) {
        return false;
    }
}
