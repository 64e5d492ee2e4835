package org.gatelab.ui.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.render.Palette;
import org.gatelab.render.Rgb;
import org.gatelab.render.Surface;
import org.gatelab.render.plot.FigureTitle;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinePlotPainter;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.render.plot.PlotStyle;
import org.gatelab.ui.canvas.CanvasView;
import org.gatelab.viewmodel.language.LanguageLabViewModel;
import org.gatelab.viewmodel.language.TextTrainingSnapshot;

/**
 * Bits per character while the model trains: each window's (faint), each epoch's on the training text and on the
 * held-out text, against the dashed unigram and bigram baselines. Every value drawn is one the run recorded.
 */
final class BpcChartView extends CanvasView {
    static final String WINDOWS = "per window";
    static final String TRAIN = "training text";
    static final String HELD_OUT = "held-out text";
    static final String UNIGRAM = "unigram";
    static final String BIGRAM = "bigram";

    private final LanguageLabViewModel model;
    private final LinePlotPainter painter = new LinePlotPainter();

    BpcChartView(LanguageLabViewModel model) {
        this.model = model;
        setId("language-bpc");
        setMinSize(0, 0);
    }

    void initListeners() {
        model.snapshotProperty().addListener((obs, o, n) -> requestRedraw());
    }

    /** The plot of a snapshot; null before there is anything to draw. */
    static LinePlot plot(TextTrainingSnapshot s, Palette p) {
        List<PlotSeries> series = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        double xMax = Math.max(1, s.epochs());
        Rgb line = p.series(1);
        double[] wx = s.windowX();
        double[] wy = s.windowBpc();
        if (wx.length > 0) {
            series.add(PlotSeries.line(WINDOWS, "each window", wx, wy, line.mix(p.panel(), 0.6)));
            for (double v : wy) {
                ys.add(v);
            }
        }
        double[] train = s.epochTrainBpc();
        double[] held = s.epochHeldOutBpc();
        if (train.length > 0) {
            double[] ex = new double[train.length];
            for (int i = 0; i < ex.length; i++) {
                ex[i] = i + 1;
            }
            series.add(new PlotSeries(TRAIN, "training text (epoch)", ex, train, line, false, true, false));
            series.add(new PlotSeries(HELD_OUT, "held-out text", ex, held, p.text(), false, true, true));
            for (int i = 0; i < train.length; i++) {
                ys.add(train[i]);
                ys.add(held[i]);
            }
        }
        if (Double.isFinite(s.unigram())) {
            series.add(reference(UNIGRAM, String.format(Locale.ROOT, "unigram %.3f", s.unigram()), s.unigram(), xMax,
                    p.mutedText()));
            series.add(reference(BIGRAM, String.format(Locale.ROOT, "bigram %.3f", s.bigram()), s.bigram(), xMax,
                    p.accent()));
            ys.add(s.unigram());
            ys.add(s.bigram());
        }
        if (series.isEmpty()) {
            return null;
        }
        double lo = ys.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = ys.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(1);
        return LinePlot.of(LinearAxis.of(0, xMax).integerTicks(), LinearAxis.around(Math.max(0, lo - 0.2), hi + 0.2,
                6), "epoch", "bits per character", series);
    }

    private static PlotSeries reference(String name, String label, double y, double xMax, Rgb colour) {
        return new PlotSeries(name, label, new double[] {0, xMax}, new double[] {y, y}, colour, true, false, false);
    }

    @Override
    protected void paint(Surface s) {
        TextTrainingSnapshot snap = model.snapshot();
        double w = s.width();
        double h = s.height();
        // the width taken as wide as at presenter mode's default scale, as FigureText.fontSize does
        double f = Math.max(10, Math.min(18, Math.min(0.046 * h, 0.03 * s.typeGrowth() * w)));
        PlotStyle style = new PlotStyle(palette(), f);
        double pad = 0.7 * f;
        String heading = "Bits per character";
        double last = snap.lastHeldOut();
        if (Double.isFinite(last)) {
            heading += String.format(Locale.ROOT, " · held-out %.3f after epoch %d", last, snap.epoch());
        }
        String caption = "The bits the model spends, on average, to name the next character: lower is better. Below "
                + "the bigram line it uses more than the last character.";
        double top = pad * 0.6 + FigureTitle.paint(s, style, heading, h > 18 * f ? caption : "", pad, pad * 0.6,
                w - 2 * pad, 2);
        LinePlot plot = plot(snap, palette());
        if (plot == null) {
            s.setFont(f, false, false);
            s.setFill(palette().mutedText());
            s.text(snap.status(), w / 2, (top + h) / 2, Surface.HAlign.CENTER, Surface.VAlign.CENTER);
            return;
        }
        painter.paint(s, plot, style, pad * 0.4, top, w - pad, h - top - pad * 0.3);
    }
}
