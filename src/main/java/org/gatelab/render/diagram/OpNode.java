package org.gatelab.render.diagram;

/**
 * A pointwise operation on the wires: a product, a sum, the GRU's {@code 1 - z}, or the LSTM's {@code tanh}
 * of the cell state (the only node that carries a recorded value, {@link Quantity#TANH_C}).
 *
 * @param kind   what it computes
 * @param bounds where, in layout units (circles are inscribed)
 */
public record OpNode(Kind kind, Rect bounds) {

    /** The operations of the three cells. */
    public enum Kind {
        /** Pointwise product ⊙, drawn as ×. */
        MULTIPLY("\u00D7"),
        /** Pointwise sum. */
        ADD("+"),
        /** {@code 1 - z}, the GRU's complement of the update gate. */
        ONE_MINUS("1\u2212"),
        /** {@code tanh(c_t)}: the LSTM squashes its cell state before the output gate scales it. */
        TANH("tanh");

        private final String symbol;

        Kind(String symbol) {
            this.symbol = symbol;
        }

        /** What is printed in the node. */
        public String symbol() {
            return symbol;
        }
    }
}
