package org.gatelab.viewmodel.language;

import org.gatelab.render.text.ColouredText;

/**
 * One cell's answer to "what does this prediction depend on?": the text before the chosen character coloured by
 * ‖∂L/∂x_s‖, from 0 to the row's largest value.
 *
 * @param label  the model, e.g. "LSTM, 32 units, names (bundled names-lstm.safetensors)"
 * @param text   the coloured text
 * @param note   one line on the result, e.g. "largest 0.84 at 'a', 3 characters back"
 */
public record DependenceRow(String label, ColouredText text, String note) {
}
