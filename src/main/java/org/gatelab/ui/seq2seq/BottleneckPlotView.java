package org.gatelab.ui.seq2seq;

import java.util.List;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.seq2seq.ModelOutcome;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * The bottleneck: per-symbol validation accuracy (greedy decoding) against the source's length, without attention
 * and with it, and the chance level: the curve of Bahdanau et al. 2015.
 */
final class BottleneckPlotView extends Seq2SeqPlotView {
    static final String WITHOUT = "without";
    static final String WITH = "with";

    BottleneckPlotView(Seq2SeqViewModel model) {
        super(model);
        getStyleClass().add("seq2seq-bottleneck");
    }

    @Override
    protected LinePlot build() {
        Seq2SeqResults r = model.resultsProperty().get();
        ModelOutcome a = r.without();
        ModelOutcome b = r.with();
        double[] x = a.lengths();
        double maxX = x.length == 0 ? 1 : x[x.length - 1];
        double minX = x.length == 0 ? 0 : x[0];
        PlotSeries without = new PlotSeries(WITHOUT, "without attention", x, a.accuracyByLength(),
                palette().series(0), false, true, false);
        PlotSeries with = new PlotSeries(WITH, "with " + b.attention().title() + " attention", b.lengths(),
                b.accuracyByLength(), palette().series(1), false, true, false);
        return LinePlot.of(LinearAxis.of(minX, Math.max(minX + 1, maxX)).integerTicks(), LinearAxis.of(0, 1),
                        "source length", "symbols right (share)", List.of(without, with))
                .withReferences(List.of(new LinePlot.Reference(r.chanceAccuracy(), "chance")));
    }

    @Override
    String heading() {
        return "The bottleneck: accuracy against source length";
    }

    @Override
    String caption() {
        return "Validation pairs decoded greedily after the last epoch. Without attention every symbol must pass "
                + "through the encoder's final state.";
    }
}
