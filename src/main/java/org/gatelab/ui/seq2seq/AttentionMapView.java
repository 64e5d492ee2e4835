package org.gatelab.ui.seq2seq;

import java.util.List;
import java.util.Locale;
import org.gatelab.engine.trace.AttentionRecord;
import org.gatelab.render.ColorMap;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.Surface.HAlign;
import org.gatelab.render.Surface.VAlign;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * The attention of the example pair in the model with attention: one row per decoder step (the symbol it wrote at
 * the left), one column per encoder step (the source symbol above), each cell the weight α_st the engine recorded,
 * on viridis from 0 to 1. Rows fill in as the decoding plays; the latest row is framed.
 */
final class AttentionMapView extends CanvasView {
    /** Text on viridis' bright end and on its dark end. */
    private static final Rgb DARK_TEXT = Rgb.hex("#1d2330");
    private static final Rgb LIGHT_TEXT = Rgb.hex("#ffffff");

    private final Seq2SeqViewModel model;

    AttentionMapView(Seq2SeqViewModel model) {
        this.model = model;
        getStyleClass().add("seq2seq-attention");
        setMinSize(0, 0);
        paletteProperty().addListener((obs, o, n) -> requestRedraw());
        model.resultsProperty().addListener((obs, o, n) -> requestRedraw());
        model.decodedProperty().addListener((obs, o, n) -> requestRedraw());
    }

    /** Decoder steps painted (the rows filled in). */
    int shownRows() {
        Seq2SeqResults r = model.resultsProperty().get();
        return r == null ? 0 : Math.min(model.decodedProperty().get(), r.decoderSteps());
    }

    /** The weight painted in row s, column t: the engine's α_st, or NaN for a row not decoded yet. */
    double cellValue(int s, int t) {
        if (s >= shownRows()) {
            return Double.NaN;
        }
        return model.resultsProperty().get().with().example().attention().weight(s, 0, t);
    }

    @Override
    protected void paint(Surface s) {
        double w = s.width();
        double h = s.height();
        double f = Seq2SeqPlotView.fontSize(s, w, h);
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.8 * f;
        Seq2SeqResults r = model.resultsProperty().get();
        String caption = r == null ? "Each row: one symbol written; each column: one symbol read."
                : "Rows: the symbols written by the model with " + r.with().attention().title()
                + " attention; columns: the source. Each row sums to 1.";
        double top = pad * 0.6 + FigureTitle.paint(s, style, "Attention: decoder step × encoder step", caption,
                pad, pad * 0.6, w - 2 * pad, h > 22 * f ? 2 : 1);
        if (r == null) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            s.text("Train to see it.", w / 2, (top + h) / 2, HAlign.CENTER, VAlign.CENTER);
            return;
        }
        AttentionRecord a = r.with().example().attention();
        int rows = a.targetLength();
        int cols = a.sourceLength();
        List<String> written = r.with().predicted();
        double label = 1.6 * f;
        double cell = Math.max(2, Math.min((w - 2 * pad - label) / cols, (h - top - pad - label) / rows));
        double x0 = pad + label + Math.max(0, (w - 2 * pad - label - cell * cols) / 2);
        double y0 = top + label;
        double fs = Math.max(8, Math.min(f, 0.6 * cell));
        s.setFont(fs, false, true);
        s.setFill(palette().text());
        for (int t = 0; t < cols; t++) {
            s.text(r.source().get(t), x0 + (t + 0.5) * cell, y0 - 0.3 * label, HAlign.CENTER, VAlign.CENTER);
        }
        ColorMap map = ColorMap.sequential();
        double vf = Math.min(fs, cell / 3.0);
        boolean values = vf >= 8;
        for (int row = 0; row < rows; row++) {
            double y = y0 + row * cell;
            if (row < shownRows()) {
                s.setFill(palette().text());
                s.setFont(fs, false, true);
                s.text(written.get(row), x0 - 0.5 * label, y + cell / 2, HAlign.CENTER, VAlign.CENTER);
            }
            for (int t = 0; t < cols; t++) {
                double v = cellValue(row, t);
                s.setFill(Double.isNaN(v) ? palette().panel() : map.at(v));
                s.fillRect(x0 + t * cell, y, cell - 1, cell - 1);
                if (values && !Double.isNaN(v)) {
                    s.setFill(v > 0.6 ? DARK_TEXT : LIGHT_TEXT);
                    s.setFont(vf, false, true);
                    s.text(String.format(Locale.ROOT, "%.2f", v), x0 + (t + 0.5) * cell, y + cell / 2,
                            HAlign.CENTER, VAlign.CENTER);
                }
            }
        }
        int current = shownRows() - 1;
        if (current >= 0) {
            s.setStroke(palette().accent());
            s.setLineWidth(2);
            s.strokeRect(x0 - 1, y0 + current * cell - 1, cols * cell + 1, cell + 1);
        }
    }
}
