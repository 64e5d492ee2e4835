package org.gatelab.ui.training;

import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.Box;
import org.gatelab.render.plot.PlotLayout;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.viewmodel.training.TrainingLabViewModel;
import org.gatelab.viewmodel.training.ValidationPredictions;

/**
 * The predictions figure: {@link PredictionPlots}' plot, with the injected anomalies shaded on the anomaly
 * task's error plot, or the rows of symbols of a classification task ({@link LabelStripPainter}).
 */
final class PredictionView extends FigureView {
    private final LabelStripPainter strips = new LabelStripPainter();
    private LabelStripPainter.Shown shown;

    PredictionView(TrainingLabViewModel model) {
        super(model, PredictionPlots::of, "lab-predictions");
    }

    /** How many sequences and which steps the last paint showed (classification tasks), or null. */
    LabelStripPainter.Shown shownLabels() {
        return shown;
    }

    @Override
    void paintOver(Surface s, PlotStyle style, PlotLayout layout) {
        ValidationPredictions v = model().snapshot().predictions();
        if (v == null || v.anomaly() == null) {
            return;
        }
        // the injected anomalies as translucent bands over their steps, labelled along the top
        Box frame = layout.frame();
        double f = style.font();
        s.save();
        s.clip(frame.x(), frame.y(), frame.w(), frame.h());
        for (ValidationPredictions.Span span : v.anomaly().anomalies()) {
            double x0 = layout.px(span.start() - 0.5);
            double x1 = layout.px(span.end() + 0.5);
            if (Double.isNaN(x0) || Double.isNaN(x1)) {
                continue;
            }
            double width = Math.max(2, x1 - x0);
            s.setFill(style.palette().accent().withAlpha(46));
            s.fillRect(x0, frame.y(), width, frame.h());
            s.setFont(0.72 * f, false, false);
            s.setFill(style.palette().accent());
            s.text(span.kind().equals("spike") ? "spike" : "shift", x0 + width / 2, frame.y() + 0.2 * f,
                    HAlign.CENTER, VAlign.TOP);
        }
        s.restore();
    }

    @Override
    boolean paintInstead(Surface s, PlotStyle style, Figure fig, double x, double y, double w, double h) {
        ValidationPredictions v = model().snapshot().predictions();
        if (v == null || v.kind() != ValidationPredictions.Kind.LABELS) {
            shown = null;
            return false;
        }
        shown = strips.paint(s, v.rows(), style, x, y, w, h);
        return true;
    }
}
