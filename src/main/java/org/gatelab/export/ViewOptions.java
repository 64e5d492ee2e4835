package org.gatelab.export;

import java.util.List;
import org.gatelab.vocabulary.Gate;

/**
 * The state of a view beyond the shared selection, so an export shows what the screen shows.
 *
 * @param activationMaps which activation maps to show, by name ({@code "h"}, {@code "c"}, {@code "f"}, ...),
 *                       in display order; null for the automatic choice (all that fit)
 * @param gradientGate   the block of the gradient heatmap; null for the highlighted gate if it is a block,
 *                       else the cell's default (LSTM f, GRU z, RNN a)
 * @param gradientLog    the gradient heatmap's logarithmic colour scale
 * @param overlay        the gradient-flow plot shows the RNN, the LSTM and the GRU (needs the comparison runs)
 * @param weightsBlock   the block of W_hh whose eigenvalues are plotted; null for the highlighted gate if it is a
 *                       block, else the cell's default (LSTM f, GRU z, RNN a)
 */
public record ViewOptions(List<String> activationMaps, Gate gradientGate, boolean gradientLog, boolean overlay,
                          Gate weightsBlock) {
    /** What each view shows when nobody changed it. */
    public static final ViewOptions DEFAULT = new ViewOptions(null, null, false, false, null);

    public ViewOptions {
        activationMaps = activationMaps == null ? null : List.copyOf(activationMaps);
    }

    public ViewOptions withActivationMaps(List<String> names) {
        return new ViewOptions(names, gradientGate, gradientLog, overlay, weightsBlock);
    }

    public ViewOptions withGradientGate(Gate g, boolean log) {
        return new ViewOptions(activationMaps, g, log, overlay, weightsBlock);
    }

    public ViewOptions withOverlay(boolean on) {
        return new ViewOptions(activationMaps, gradientGate, gradientLog, on, weightsBlock);
    }

    public ViewOptions withWeightsBlock(Gate block) {
        return new ViewOptions(activationMaps, gradientGate, gradientLog, overlay, block);
    }
}
