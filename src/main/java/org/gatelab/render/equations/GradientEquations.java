package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Sealed;
import org.gatelab.vocabulary.Gate;

/**
 * The gradient block: the loss's gradient at this unit's hidden state (and cell state for the LSTM), the
 * norm of that gradient over all units, and the gradient at each block's pre-activation. Values from the
 * trace's backward pass, only formatted.
 */
final class GradientEquations {
    private static final int B = 0;

    private GradientEquations() {
    }

    /**
     * Rows of related items: {@code [∂L/∂hₜ, ‖∂L/∂hₜ‖, ∂L/∂cₜ, ‖∂L/∂cₜ‖]} and {@code [∂L/∂a_i, ∂L/∂a_f, ...]}.
     * Empty when the trace has no gradients. A sealed norm is "?", and so is the unit's part of it.
     */
    static List<List<EquationLine>> of(LayerTrace l, int t, int unit, Sealed sealed) {
        if (!l.hasGradients()) {
            return List.of();
        }
        boolean dh = sealed.gradHidden(l.index(), t);
        List<EquationLine> states = new ArrayList<>();
        states.add(item("dh", null, "∂L/∂h_t", l.gradHidden(t, B, unit), dh));
        states.add(item("|dh|", null, "‖∂L/∂h_t‖", l.gradHiddenNorm(t), dh));
        if (l.cell().hasCellState()) {
            boolean dc = sealed.gradCell(l.index(), t);
            states.add(item("dc", null, "∂L/∂c_t", l.gradCellState(t, B, unit), dc));
            states.add(item("|dc|", null, "‖∂L/∂c_t‖", l.gradCellNorm(t), dc));
        }
        List<EquationLine> blocks = new ArrayList<>();
        for (Gate gate : l.cell().blocks()) {
            // the RNN's single block is itself called a: ∂L/∂aₜ; the gates' pre-activations are a_i, a_f, ...
            String label = gate == Gate.A ? "∂L/∂a_t" : "∂L/∂a_" + gate.symbol();
            blocks.add(item("da_" + gate.symbol(), gate, label, l.gradPreActivation(t, B, gate, unit), false));
        }
        return List.of(states, blocks);
    }

    private static EquationLine item(String key, Gate gate, String lhs, double v, boolean sealed) {
        return new EquationLine(key, gate, Expr.of(lhs).runs(),
                List.of(List.of(sealed ? Run.sealed(RunStyle.NUMBER) : Run.number(v))), null);
    }
}
