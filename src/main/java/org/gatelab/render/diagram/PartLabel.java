package org.gatelab.render.diagram;

import org.gatelab.render.Surface.HAlign;
import org.gatelab.vocabulary.Gate;

/**
 * A label on a wire that shows one part of a gate's pre-activation as recorded: the input side
 * {@code W_i· x_t + b_i·} or the recurrent side {@code W_h· h_{t-1} + b_h·}.
 *
 * @param gate      whose pre-activation
 * @param inputSide true for the input part, false for the recurrent part
 * @param text      what the part is called, e.g. {@code "W_hh hₜ₋₁ + b_hh"}
 * @param x         anchor in layout units
 * @param y         vertical centre of the two lines (name above, value below) in layout units
 * @param align     how the text hangs from the anchor
 */
public record PartLabel(Gate gate, boolean inputSide, String text, double x, double y, HAlign align) {
}
