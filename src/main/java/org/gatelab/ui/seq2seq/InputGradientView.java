package org.gatelab.ui.seq2seq;

import java.util.List;
import org.gatelab.render.plot.LinePlot;
import org.gatelab.render.plot.LinearAxis;
import org.gatelab.render.plot.LogAxis;
import org.gatelab.render.plot.PlotSeries;
import org.gatelab.viewmodel.seq2seq.Seq2SeqResults;
import org.gatelab.viewmodel.seq2seq.Seq2SeqViewModel;

/**
 * The gradient from the output being written back to each input: ‖∂y_s[right symbol]/∂x_t‖ against source step t
 * for the example's last decoded step s, without attention and with it, on a log scale.
 */
final class InputGradientView extends Seq2SeqPlotView {
    static final String WITHOUT = "without";
    static final String WITH = "with";

    InputGradientView(Seq2SeqViewModel model) {
        super(model);
        getStyleClass().add("seq2seq-gradient");
    }

    @Override
    protected LinePlot build() {
        Seq2SeqResults r = model.resultsProperty().get();
        double[] a = model.inputGradient(false);
        double[] b = model.inputGradient(true);
        double[] t = new double[a.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 1;
        }
        PlotSeries without = new PlotSeries(WITHOUT, "without attention", t, a, palette().series(0), false, true,
                false);
        PlotSeries with = new PlotSeries(WITH, "with " + r.with().attention().title() + " attention", t, b,
                palette().series(1), false, true, false);
        return LinePlot.of(LinearAxis.of(1, Math.max(2, t.length)).integerTicks(), LogAxis.covering(a, b),
                "source step t", "‖∂ score of the right symbol / ∂xₜ‖, log", List.of(without, with));
    }

    @Override
    String heading() {
        int s = model.focusStep() + 1;
        return "Gradient from output " + s + " back to each input";
    }

    @Override
    String caption() {
        return "How strongly the score of the right symbol at output " + (model.focusStep() + 1)
                + " depends on each source symbol (it follows the decoding).";
    }
}
