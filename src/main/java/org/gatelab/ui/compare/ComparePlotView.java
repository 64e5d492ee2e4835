package org.gatelab.ui.compare;

import java.util.List;
import org.gatelab.render.Surface;
import org.gatelab.render.figures.FigureText;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.ui.canvas.CanvasView;

/**
 * A figure of the comparison lab: a heading, a caption, and a line plot painted by {@link LinePlotPainter},
 * or a centred message when there is nothing to plot yet. Subclasses build the plot from the view model; it
 * is rebuilt only when {@link #invalidate()} is called (a new snapshot, a new palette).
 */
abstract class ComparePlotView extends CanvasView {
    private final LinePlotPainter painter = new LinePlotPainter();
    private LinePlot built;
    private PlotLayout layout;

    ComparePlotView() {
        paletteProperty().addListener((obs, o, n) -> invalidate());
    }

    /** The plot for the current values (no series: {@link #message()} is shown instead). */
    protected abstract LinePlot build();

    /** What the figure shows, e.g. "Loss per epoch · Adding problem, T = 50". */
    abstract String heading();

    /** How to read it. */
    abstract String caption();

    /** Shown instead of the plot when it has no series. */
    abstract String message();

    /** Rebuilds the plot at the next pulse. */
    final void invalidate() {
        built = null;
        requestRedraw();
    }

    /** The plot as last built (built now if needed). */
    final LinePlot plot() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    /** Where the frame went in the last paint; null before the first or while the message is shown. */
    final PlotLayout plotLayout() {
        return layout;
    }

    /** The series' keys, in drawing order. */
    final List<String> seriesNames() {
        return plot().series().stream().map(PlotSeries::name).toList();
    }

    @Override
    protected void paint(Surface s) {
        LinePlot plot = plot();
        double w = s.width();
        double h = s.height();
        double f = FigureText.fontSize(s, w, h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.8 * f;
        // up to three lines of caption as the height allows (FigureTitle shows whole sentences only: at a large
        // type the first sentence needs more than the one line a short figure used to give it)
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading(), caption(), pad, pad * 0.6, w - 2 * pad,
                Math.min(3, FigureTitle.captionLines(h, f)));
        if (plot.series().isEmpty()) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            FigureTitle.message(s, message(), w / 2, top, h, w - 2 * pad, f);
            layout = null;
            return;
        }
        layout = painter.paint(s, plot, style, pad, top, w - 2 * pad, h - top - 0.5 * pad);
    }
}
