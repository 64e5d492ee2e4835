package org.gatelab.viewmodel.seq2seq;

import java.util.List;
import org.gatelab.engine.trace.Seq2SeqTrace;
import org.gatelab.vocabulary.AttentionKind;

/**
 * What one trained encoder-decoder did, for the tab: its validation accuracies after the last epoch (greedy
 * decoding), the per-symbol accuracy at each source length, and the engine's record of the example pair decoded
 * greedily (attention weights per decoder step, the gradient from each output back to each input). Immutable.
 *
 * @param attention        the model's attention (none for the bottleneck model)
 * @param epochs           epochs finished
 * @param symbolAccuracy   share of validation symbols right
 * @param sequenceAccuracy share of validation pairs entirely right
 * @param lengths          the validation set's source lengths, ascending
 * @param accuracyByLength per-symbol accuracy at each of {@code lengths}
 * @param example          the engine's trace of the example pair
 * @param predicted        the symbols it wrote for the example
 */
public record ModelOutcome(AttentionKind attention, int epochs, double symbolAccuracy, double sequenceAccuracy,
                           double[] lengths, double[] accuracyByLength, Seq2SeqTrace example, List<String> predicted) {
    public ModelOutcome {
        lengths = lengths.clone();
        accuracyByLength = accuracyByLength.clone();
        predicted = List.copyOf(predicted);
    }

    @Override
    public double[] lengths() {
        return lengths.clone();
    }

    @Override
    public double[] accuracyByLength() {
        return accuracyByLength.clone();
    }
}
