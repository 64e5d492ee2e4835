package org.gatelab.lesson;

import java.util.Locale;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;
import org.gatelab.vocabulary.Gate;

/**
 * A number read from the live workspace, e.g. "the forget gate of unit 0 at t = 5". This is the only kind of
 * expression a lesson can hold: a fixed quantity at fixed indices, never code.
 *
 * @param step  timestep (0-based); negative counts from the end (-1: the last step)
 * @param unit  hidden unit
 * @param layer layer (0: the first)
 */
public record Probe(ProbeQuantity quantity, Gate gate, int step, int unit, int layer) {

    /** What the player knows besides the trace: the two parameter counts. */
    public record Context(Trace trace, long parameters, long textbookParameters) {
    }

    /**
     * The value in {@code context}.
     *
     * @throws IllegalArgumentException when the probe does not fit the trace (a gate the cell lacks, a step past
     *                                  the end, a unit or layer it does not have), with a message saying so
     */
    public double read(Context context) {
        Trace trace = context.trace();
        switch (quantity) {
            case LOSS:
                if (!trace.hasGradients()) {
                    throw new IllegalArgumentException("this input has no target, so there is no loss");
                }
                return trace.loss();
            case OUTPUT:
                return trace.output(trace.length() - 1, 0, 0);
            case PARAMS:
                return context.parameters();
            case PARAMS_TEXTBOOK:
                return context.textbookParameters();
            default:
                break;
        }
        if (layer < 0 || layer >= trace.layerCount()) {
            throw new IllegalArgumentException("layer " + layer + " does not exist (the model has "
                    + trace.layerCount() + ")");
        }
        LayerTrace l = trace.layer(layer);
        int t = step < 0 ? trace.length() + step : step;
        if (t < 0 || t >= trace.length()) {
            throw new IllegalArgumentException("t = " + step + " is outside the sequence (t = 0 to "
                    + (trace.length() - 1) + ")");
        }
        if (quantity.needsUnit() && (unit < 0 || unit >= trace.hiddenSize())) {
            throw new IllegalArgumentException("unit " + unit + " does not exist (the model has "
                    + trace.hiddenSize() + ")");
        }
        return switch (quantity) {
            case GATE -> {
                if (!trace.cell().blocks().contains(gate)) {
                    throw new IllegalArgumentException("the " + trace.cell() + " has no " + gate.title());
                }
                yield l.gate(t, 0, gate, unit);
            }
            case HIDDEN -> l.hidden(t, 0, unit);
            case CELL -> {
                requireLstm(trace);
                yield l.cellState(t, 0, unit);
            }
            case GRAD_H -> {
                requireGradients(trace);
                yield l.gradHiddenNorm(t);
            }
            case GRAD_C -> {
                requireLstm(trace);
                requireGradients(trace);
                yield l.gradCellNorm(t);
            }
            case JACOBIAN -> l.stepJacobianNorm(t, 0);
            default -> throw new IllegalStateException(quantity.id());
        };
    }

    private static void requireLstm(Trace trace) {
        if (!trace.cell().hasCellState()) {
            throw new IllegalArgumentException("only the LSTM has a cell state, this is the " + trace.cell());
        }
    }

    private static void requireGradients(Trace trace) {
        if (!trace.hasGradients()) {
            throw new IllegalArgumentException("this input has no target, so there are no gradients");
        }
    }

    /** In words, as lesson Markdown with its maths in dollars: "the forget gate $f$ of unit 0 at t = 5". */
    public String describe() {
        String where = quantity.needsStep() ? " at t = " + (step < 0 ? "T" + step : String.valueOf(step)) : "";
        String who = quantity.needsUnit() ? " of unit " + unit : "";
        String lay = quantity.needsStep() && layer > 0 ? " in layer " + (layer + 1) : "";
        String what = quantity == ProbeQuantity.GATE ? "the " + gate.title() + " $" + gate.symbol() + "$"
                : quantity.description();
        return String.format(Locale.ROOT, "%s%s%s%s", what, who, lay, where);
    }
}
