package org.gatelab.render.equations;

import java.util.ArrayList;
import java.util.List;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.render.Sealed;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;

/**
 * Builds the {@link EquationSet} of one unit at one step of one layer from a {@link Trace}: the cell's
 * forward equations with the recorded numbers substituted, and a short gradient block when the trace has
 * gradients. Batch index 0 throughout.
 */
public final class EquationBuilder {
    private EquationBuilder() {
    }

    /**
     * The equations of {@code unit} at step {@code t} of layer {@code layer}; out-of-range indices are
     * clamped to the trace. A null trace gives a set with a note only.
     */
    public static EquationSet build(Trace trace, int layer, int t, int unit) {
        return build(trace, layer, t, unit, Sealed.NONE);
    }

    /**
     * The equations as {@link #build(Trace, int, int, int)} builds them, with every number {@code sealed} hides
     * shown as "?" (the loss in the gradient heading too), and a note saying why under the heading.
     */
    public static EquationSet build(Trace trace, int layer, int t, int unit, Sealed sealed) {
        return build(trace, layer, Direction.FORWARD, t, unit, sealed);
    }

    /**
     * As {@link #build(Trace, int, int, int, Sealed)} for one direction of the layer ({@code direction} counts only
     * in a bidirectional trace): the reverse direction's equations read h and c at t+1.
     */
    public static EquationSet build(Trace trace, int layer, Direction direction, int t, int unit, Sealed sealed) {
        if (trace == null) {
            return EquationSet.message("Equations", "Computing the trace…");
        }
        int li = clamp(layer, trace.layerCount());
        LayerTrace l = trace.layer(li, trace.bidirectional() ? direction : Direction.FORWARD);
        int step = clamp(t, l.length());
        int u = clamp(unit, l.hiddenSize());
        List<List<EquationLine>> gradients = GradientEquations.of(l, step, u, sealed);
        List<EquationLine> forward = ForwardEquations.of(l, step, u, sealed);
        boolean masked = !gradients.isEmpty() && sealed.loss();
        for (EquationLine line : forward) {
            masked |= line.plain().contains(Sealed.MARK);
        }
        for (List<EquationLine> row : gradients) {
            for (EquationLine line : row) {
                masked |= line.plain().contains(Sealed.MARK);
            }
        }
        return new EquationSet(title(trace, l, step, u), subtitle(trace, l, li, step, u, masked), forward,
                gradients.isEmpty() ? List.of() : gradientTitle(trace, sealed.loss()), gradients,
                gradients.isEmpty() ? List.of() : gradientCaption(l.cell()));
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }

    private static String title(Trace trace, LayerTrace l, int t, int unit) {
        String cell = trace.cell() == CellKind.RNN ? "RNN (" + trace.nonlinearity().id() + ")" : trace.cell().name();
        // layers count from 1 on screen, as the diagram's title and the control panel do
        String where = trace.layerCount() > 1 || trace.bidirectional() ? " · layer " + (l.index() + 1) : "";
        if (l.direction() == Direction.REVERSE) {
            where += " reverse (reads t = " + (l.length() - 1) + " … 0: step t takes x\u209C and h\u209C\u208A\u2081)";
        }
        return cell + where + " · step t = " + t + " · unit " + unit;
    }

    private static List<Run> subtitle(Trace trace, LayerTrace l, int layer, int t, int unit, boolean masked) {
        Expr e = Expr.of("").muted("Forward pass, row " + unit + " of every W and b");
        if (layer > 0 && trace.bidirectional()) {
            e.muted(" · ").sym("x_t").muted(" is layer " + layer + "'s [h→ ; h←] at step t, both directions");
        } else if (layer > 0) {
            e.muted(" · ").sym("x_t").muted(" is layer " + layer + "'s ").sym("h_t");
        } else if (l.inputSize() == 1) {
            e.muted(" · ").sym("x_t").muted(" = ").mutedNum(l.input(t, 0, 0));
        } else {
            e.muted(" · ").sym("x_t").muted(" has " + l.inputSize() + " features");
        }
        if (masked) {
            e.muted(" · " + Sealed.MARK + " " + Sealed.HOVER);
        }
        return mutedSubscripts(e.runs());
    }

    private static List<Run> gradientTitle(Trace trace, boolean lossSealed) {
        return mutedSubscripts(Expr.of("").muted("Backward pass · loss L = ").mutedNum(trace.loss(), lossSealed)
                .runs());
    }

    private static List<Run> gradientCaption(CellKind cell) {
        String what = switch (cell) {
            case LSTM -> "a_i, a_f, a_g, a_o";
            case GRU -> "a_r, a_z, a_n";
            case RNN -> "a_t";
        };
        return mutedSubscripts(Expr.of(what).muted(": the pre-activation, the argument of the squashing function · ")
                .sym("‖·‖").muted(": over all units").runs());
    }

    /** Keeps subscripts, turns the other symbol runs and the maths muted: for the headings' small print. */
    private static List<Run> mutedSubscripts(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.style() == RunStyle.SYMBOL) {
                if (!r.text().isEmpty()) {
                    out.add(Run.muted(r.text()));
                }
            } else if (r.style() == RunStyle.MATH) {
                out.add(new Run(r.text(), r.plain(), RunStyle.MUTED_MATH));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
