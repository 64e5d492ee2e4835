package org.gatelab.render.diagram;

/**
 * Where a state enters or leaves the cell: a labelled pill at the end of a wire showing the state's value.
 *
 * @param quantity the state
 * @param bounds   the pill, in layout units
 * @param arrival  when the flow reaches it (0 for inputs, near 1 for outputs)
 */
public record Port(Quantity quantity, Rect bounds, double arrival) {

    /** True for c_{t-1}, h_{t-1} and x_t, which enter the cell. */
    public boolean isInput() {
        return quantity == Quantity.C_PREV || quantity == Quantity.H_PREV || quantity == Quantity.X;
    }
}
