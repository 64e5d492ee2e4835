package org.gatelab.render.diagram;

import org.gatelab.vocabulary.Gate;

/**
 * A gate (or the RNN's single nonlinearity) as a box, drawn as a valve: its fill shows the activation, a bar
 * inside shows how far it is open.
 *
 * @param gate     the block it shows
 * @param bounds   where, in layout units
 * @param arrival  when the data flowing through the cell reaches it, as a fraction 0..1 of a step's animation
 */
public record GateBox(Gate gate, Rect bounds, double arrival) {
}
