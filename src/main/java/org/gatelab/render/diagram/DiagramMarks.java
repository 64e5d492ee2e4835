package org.gatelab.render.diagram;

import org.gatelab.vocabulary.Gate;

/**
 * What the diagram marks besides the values.
 *
 * @param highlighted the gate a lesson or a click highlights (accent outline), or null
 * @param hovered     the gate under the mouse (thin outline), or null
 * @param flow        the phase of a step's animation, 0..1: pulses run along the wires while it is strictly
 *                    between 0 and 1; 0 or 1 (or NaN) draws the cell at rest
 */
public record DiagramMarks(Gate highlighted, Gate hovered, double flow) {
    /** Nothing marked, at rest. */
    public static final DiagramMarks NONE = new DiagramMarks(null, null, 0);

    /** True while pulses should be drawn. */
    public boolean flowing() {
        return flow > 0 && flow < 1;
    }
}
