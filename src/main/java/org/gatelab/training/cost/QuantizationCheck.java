package org.gatelab.training.cost;

import org.gatelab.engine.Int8Quantization;
import org.gatelab.engine.Model;
import org.gatelab.engine.Seq2SeqModel;
import org.gatelab.engine.Seq2SeqRunner;
import org.gatelab.tasks.Predictions;
import org.gatelab.tasks.SequenceSet;
import org.gatelab.tasks.TaskData;
import org.gatelab.tasks.seq2seq.Seq2SeqData;
import org.gatelab.training.Evaluation;
import org.gatelab.training.seq2seq.Seq2SeqEvaluation;
import org.gatelab.vocabulary.QuantScheme;

/**
 * A trained model measured on its task's validation set before and after int8 post-training quantization
 * ({@link Int8Quantization}) of a copy of it. Immutable.
 *
 * @param report what quantizing did to the weights
 * @param before the float64 model's figures
 * @param after  the quantized copy's figures
 */
public record QuantizationCheck(Int8Quantization.Report report, Figures before, Figures after) {

    /**
     * A model's validation figures.
     *
     * @param loss             the task's loss (MSE or cross-entropy; an encoder-decoder's teacher-forced
     *                         cross-entropy per symbol)
     * @param accuracy         the share right (per symbol for an encoder-decoder's greedy decoding), NaN where the
     *                         task has no accuracy
     * @param sequenceAccuracy an encoder-decoder's share of whole sequences right, NaN otherwise
     */
    public record Figures(double loss, double accuracy, double sequenceAccuracy) {
    }

    /** A recurrent model on a training-lab task. */
    public static QuantizationCheck of(Model model, TaskData data, QuantScheme scheme) {
        Model quantized = model.copy();
        Int8Quantization.Report report = Int8Quantization.quantize(quantized, scheme);
        return new QuantizationCheck(report, figures(model, data.validation()), figures(quantized, data.validation()));
    }

    private static Figures figures(Model model, SequenceSet set) {
        Predictions p = Evaluation.predict(model, set);
        return new Figures(set.loss(p), set.hasAccuracy() ? set.accuracy(p) : Double.NaN, Double.NaN);
    }

    /** An encoder-decoder on a sequence-to-sequence task. */
    public static QuantizationCheck of(Seq2SeqModel model, Seq2SeqData data, QuantScheme scheme) {
        Seq2SeqModel quantized = model.copy();
        Int8Quantization.Report report = Int8Quantization.quantize(quantized, scheme);
        return new QuantizationCheck(report, figures(model, data), figures(quantized, data));
    }

    private static Figures figures(Seq2SeqModel model, Seq2SeqData data) {
        Seq2SeqEvaluation e = Seq2SeqEvaluation.of(new Seq2SeqRunner(), model, data.validation());
        return new Figures(e.loss(), e.symbolAccuracy(), e.sequenceAccuracy());
    }
}
