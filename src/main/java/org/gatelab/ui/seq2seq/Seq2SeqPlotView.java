package org.gatelab.ui.seq2seq;

import org.gatelab.render.Surface;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * A figure of the tab: a heading, a caption and a line plot of the view model's values, or a centred message
 * before there are any. The plot is rebuilt when the results, the decoded steps or the palette change.
 */
abstract class Seq2SeqPlotView extends CanvasView {
    private final LinePlotPainter painter = new LinePlotPainter();
    protected final Seq2SeqViewModel model;
    private LinePlot built;

    Seq2SeqPlotView(Seq2SeqViewModel model) {
        this.model = model;
        paletteProperty().addListener((obs, o, n) -> invalidate());
        model.resultsProperty().addListener((obs, o, n) -> invalidate());
        model.decodedProperty().addListener((obs, o, n) -> invalidate());
        setMinSize(0, 0);
    }

    /** The plot of the current results (called only when there are results). */
    protected abstract LinePlot build();

    abstract String heading();

    abstract String caption();

    final void invalidate() {
        built = null;
        requestRedraw();
    }

    /** The plot as last built (built now if needed); null before the first results. */
    final LinePlot plot() {
        if (built == null && model.resultsProperty().get() != null) {
            built = build();
        }
        return built;
    }

    /**
     * Body font size for a figure of {@code w x h} drawing units on {@code s}, 10 to 18, the width taken
     * {@link Surface#typeGrowth()} times wider as {@code FigureText.fontSize} does.
     */
    static double fontSize(Surface s, double w, double h) {
        return Math.max(10, Math.min(18, Math.min(0.04 * h, 0.026 * s.typeGrowth() * w)));
    }

    @Override
    protected void paint(Surface s) {
        double w = s.width();
        double h = s.height();
        double f = fontSize(s, w, h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.8 * f;
        // up to three lines of caption as the height allows (FigureTitle shows whole sentences only: at a large
        // type the first sentence needs more than the one line a short figure used to give it)
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading(), caption(), pad, pad * 0.6, w - 2 * pad,
                Math.min(3, FigureTitle.captionLines(h, f)));
        LinePlot plot = plot();
        if (plot == null) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            FigureTitle.message(s, "Train to see it.", w / 2, top, h, w - 2 * pad, f);
            return;
        }
        painter.paint(s, plot, style, pad, top, w - 2 * pad, h - top - 0.5 * pad);
    }
}
