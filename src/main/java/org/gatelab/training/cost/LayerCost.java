package org.gatelab.training.cost;

import org.gatelab.vocabulary.CellKind;

/**
 * One step of one direction of one recurrent layer with {@code in} inputs and H units, counted:
 * <pre>
 *   multiply-adds   G·H·(in + H)          the two products W_ih x and W_hh h (G = 1 RNN, 4 LSTM, 3 GRU)
 *   squashings      RNN H, LSTM 5H (i, f, g, o and tanh c), GRU 3H (r, z, n)
 *   other products  LSTM 3H (f c, i g, o tanh c), GRU 3H (r (W_hn h + b_hn), (1 - z) n, z h), RNN 0
 *   state kept      H, and H more for the LSTM's c
 * </pre>
 * The bias additions are left out of every count.
 */
record LayerCost(long macs, long squashings, long products, long state) {

    static LayerCost of(CellKind cell, int in, int hidden) {
        long h = hidden;
        long macs = (long) cell.blockCount() * h * (in + h);
        return switch (cell) {
            case RNN -> new LayerCost(macs, h, 0, h);
            case LSTM -> new LayerCost(macs, 5 * h, 3 * h, 2 * h);
            case GRU -> new LayerCost(macs, 3 * h, 3 * h, h);
        };
    }

    LayerCost plus(LayerCost o) {
        return new LayerCost(macs + o.macs, squashings + o.squashings, products + o.products, state + o.state);
    }
}
