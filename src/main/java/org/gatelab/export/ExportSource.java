package org.gatelab.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gatelab.engine.trace.RecurrentWeights;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;

/**
 * What the views are drawn from: a recorded run, the same input through the three cells (for the
 * gradient-flow overlay; may be empty), a short name of the input for file names ({@code "sine"}), the
 * model's recurrent matrices with their spectra, one per layer (for the W_hh view; may be empty), and what the model
 * is when it is not the seed's (a trained one, in words; null for the seed's).
 */
public record ExportSource(Trace trace, Map<CellKind, Trace> comparison, String inputName,
                           List<RecurrentWeights> weights, String inspected) {
    public ExportSource {
        if (trace == null) {
            throw new IllegalArgumentException("nothing to export: there is no trace yet");
        }
        Map<CellKind, Trace> copy = new EnumMap<>(CellKind.class);
        if (comparison != null) {
            copy.putAll(comparison);
        }
        comparison = Collections.unmodifiableMap(copy);
        inputName = inputName == null || inputName.isBlank() ? "input" : inputName;
        weights = weights == null ? List.of() : List.copyOf(weights);
        for (RecurrentWeights w : weights) {
            if (w.cell() != trace.cell() || w.hiddenSize() != trace.hiddenSize()) {
                throw new IllegalArgumentException("the weights of a " + w.cell() + " with " + w.hiddenSize()
                        + " units do not belong to a run of a " + trace.cell() + " with " + trace.hiddenSize());
            }
        }
    }

    /** A source of the seed's model without its weights (the W_hh view then says so). */
    public ExportSource(Trace trace, Map<CellKind, Trace> comparison, String inputName) {
        this(trace, comparison, inputName, List.of(), null);
    }

    /** The same source with the model's recurrent matrices, one per layer (see {@code engine.Spectra}). */
    public ExportSource withWeights(List<RecurrentWeights> w) {
        return new ExportSource(trace, comparison, inputName, w, inspected);
    }

    /** The same source of a model that is not the seed's, {@code what} it is in words. */
    public ExportSource withInspected(String what) {
        return new ExportSource(trace, comparison, inputName, weights, what);
    }

    /** The recurrent matrix of {@code layer}, or null when the source has none for it. */
    public RecurrentWeights weightsOf(int layer) {
        return weightsOf(layer, Direction.FORWARD);
    }

    /** The recurrent matrix of one direction of {@code layer}, or null when the source has none for it. */
    public RecurrentWeights weightsOf(int layer, Direction direction) {
        for (RecurrentWeights w : weights) {
            if (w.layer() == layer && w.direction() == direction) {
                return w;
            }
        }
        return null;
    }

    /** A source without comparison runs. */
    public static ExportSource of(Trace trace, String inputName) {
        return new ExportSource(trace, Map.of(), inputName);
    }

    /** The cell's name for file names: {@code "lstm"}, {@code "gru"}, {@code "rnn"}. */
    public String cellName() {
        return trace.cell().name().toLowerCase(Locale.ROOT);
    }
}
