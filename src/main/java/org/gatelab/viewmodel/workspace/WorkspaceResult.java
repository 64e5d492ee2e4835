package org.gatelab.viewmodel.workspace;

import java.util.Map;
import org.gatelab.engine.Model;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.CellKind;

/**
 * What one computation of the workspace produced.
 *
 * @param trace       the selected cell's run
 * @param comparison  the same input through an RNN, an LSTM and a GRU of the same hidden size (the overlay)
 * @param description the input, in words
 * @param model       the model that ran (its weights for the W_hh view); never changed after the run
 * @param inputName   a short name of the input for file names: {@code "sine"}, {@code "adding"}, {@code "custom"}
 * @param inspected   what the model is when it is not the seed's (a trained one), in words; null for the seed's
 */
public record WorkspaceResult(WorkspaceSettings settings, Trace trace, Map<CellKind, Trace> comparison,
                              String description, long pytorchParameters, long textbookParameters, Model model,
                              String inputName, String inspected) {
}
