package org.gatelab.render.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.render.Sealed;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Direction;
import org.gatelab.vocabulary.Gate;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The numbers one cell diagram shows: for one layer, one unit and one step, every gate's activation and
 * pre-activation and the states around the cell, all as recorded in the trace. Immutable.
 *
 * <p>While a step's animation runs, the diagram's look (fills, valve openings) eases from the old step's values
 * to the new ones ({@link #between}), but every number it prints is the new step's: {@link #numbers()}.
 *
 * @param cell            which cell
 * @param nonlinearity    the RNN's squashing function (tanh for the LSTM and GRU)
 * @param inputSize       the layer's input width
 * @param activations     per gate of the cell: its activation (for the RNN's block A: h_t itself)
 * @param preActivations  per gate: the argument of its squashing function
 * @param inputParts      per gate: the input side of the pre-activation, {@code W_i· x_t + b_i·}
 * @param hiddenParts     per gate: the recurrent side, {@code W_h· h_{t-1} + b_h·} (for GRU n before scaling by r)
 * @param states          the states the cell has: c_{t-1}, c_t, tanh(c_t) (LSTM only), h_{t-1}, h_t, x_t[0]
 * @param cellRange       the colour scale of c: ±this (the run's largest |c|, at least a small positive number)
 * @param hiddenRange     the colour scale of h: ±this (1 for tanh; for ReLU the run's largest h)
 * @param sealedGates     gates whose activation a lesson has sealed: NaN here, drawn as "?" on a hatch
 * @param sealedStates    states a lesson has sealed, likewise
 * @param inputs          every feature of x_t (x_t itself in {@code states} is the first); a sealed one is NaN
 * @param reverse         true for the reverse direction of a bidirectional layer: the state it read before step t
 *                        is the one of step t+1
 * @param exact           the values whose numbers are printed while this one is an animation's in-between look;
 *                        null when this one is exact
 */
public record DiagramValues(CellKind cell, Nonlinearity nonlinearity, int inputSize, Map<Gate, Double> activations,
                            Map<Gate, Double> preActivations, Map<Gate, Double> inputParts,
                            Map<Gate, Double> hiddenParts, Map<Quantity, Double> states, double cellRange,
                            double hiddenRange, Set<Gate> sealedGates, Set<Quantity> sealedStates,
                            List<Double> inputs, boolean reverse, DiagramValues exact) {

    public DiagramValues {
        activations = Map.copyOf(activations);
        preActivations = Map.copyOf(preActivations);
        inputParts = Map.copyOf(inputParts);
        hiddenParts = Map.copyOf(hiddenParts);
        states = Map.copyOf(states);
        sealedGates = Set.copyOf(sealedGates);
        sealedStates = Set.copyOf(sealedStates);
        inputs = List.copyOf(inputs);
        exact = exact == null || exact.exact == null ? exact : exact.exact;
    }

    /** The values whose numbers are printed: these, or while animating the step's exact ones. */
    public DiagramValues numbers() {
        return exact == null ? this : exact;
    }

    /**
     * Reads the values of {@code unit} at step {@code t} of sequence 0 from {@code layer}: every block's
     * {@code gate}, {@code preActivation} and its input and hidden parts, {@code previousHidden}, {@code hidden}, {@code input(t, 0, 0)} and
     * for the LSTM {@code previousCellState}, {@code cellState} and {@code tanhCellState}.
     */
    public static DiagramValues of(LayerTrace layer, int t, int unit) {
        return of(layer, t, unit, Sealed.NONE);
    }

    /**
     * The values as {@link #of(LayerTrace, int, int)} reads them, with what {@code sealed} hides left out (NaN) and
     * named: a gate's activation; h_t (also as the next step's h_{t-1}, and as layer l+1's input x_t[0] when it
     * is unit 0); c_t (also as tanh(c_t) and as the next step's c_{t-1}). A colour scale whose end is the run's
     * largest |c| (or ReLU h) is rounded up while any of them is sealed ({@link Sealed#roundedRange}).
     */
    public static DiagramValues of(LayerTrace layer, int t, int unit, Sealed sealed) {
        int li = layer.index();
        Set<Gate> hiddenGates = EnumSet.noneOf(Gate.class);
        Set<Quantity> hiddenStates = EnumSet.noneOf(Quantity.class);
        for (Gate g : layer.cell().blocks()) {
            if (sealed.gate(li, t, unit, g)) {
                hiddenGates.add(g);
            }
        }
        if (sealed.hidden(li, t, unit)) {
            hiddenStates.add(Quantity.H);
        }
        if (t > 0 && sealed.hidden(li, t - 1, unit)) {
            hiddenStates.add(Quantity.H_PREV);
        }
        if (li > 0 && sealed.hidden(li - 1, t, 0)) {
            hiddenStates.add(Quantity.X);
        }
        if (layer.cell().hasCellState()) {
            if (sealed.cell(li, t, unit)) {
                hiddenStates.add(Quantity.C);
                hiddenStates.add(Quantity.TANH_C);
            }
            if (t > 0 && sealed.cell(li, t - 1, unit)) {
                hiddenStates.add(Quantity.C_PREV);
            }
        }
        Set<Integer> hiddenInputs = new HashSet<>();
        for (int k = 0; li > 0 && k < layer.inputSize(); k++) {
            if (sealed.hidden(li - 1, t, k)) {
                hiddenInputs.add(k);
            }
        }
        return read(layer, t, unit, hiddenGates, hiddenStates, hiddenInputs, sealed.anyCell(li),
                sealed.anyHidden(li));
    }

    private static DiagramValues read(LayerTrace layer, int t, int unit, Set<Gate> sealedGates,
                                      Set<Quantity> sealedStates, Set<Integer> sealedInputs, boolean roundCell,
                                      boolean roundHidden) {
        Map<Gate, Double> act = new EnumMap<>(Gate.class);
        Map<Gate, Double> pre = new EnumMap<>(Gate.class);
        Map<Gate, Double> in = new EnumMap<>(Gate.class);
        Map<Gate, Double> hid = new EnumMap<>(Gate.class);
        for (Gate g : layer.cell().blocks()) {
            act.put(g, sealedGates.contains(g) ? Double.NaN : layer.gate(t, 0, g, unit));
            // a sealed gate's pre-activation would give it away through one σ or tanh
            boolean sealed = sealedGates.contains(g);
            pre.put(g, sealed ? Double.NaN : layer.preActivation(t, 0, g, unit));
            in.put(g, sealed ? Double.NaN : layer.preActivationInputPart(t, 0, g, unit));
            hid.put(g, sealed ? Double.NaN : layer.preActivationHiddenPart(t, 0, g, unit));
        }
        Map<Quantity, Double> states = new EnumMap<>(Quantity.class);
        states.put(Quantity.H_PREV, layer.previousHidden(t, 0, unit));
        states.put(Quantity.H, layer.hidden(t, 0, unit));
        states.put(Quantity.X, layer.input(t, 0, 0));
        List<Double> inputs = new ArrayList<>();
        for (int k = 0; k < layer.inputSize(); k++) {
            inputs.add(sealedInputs.contains(k) ? Double.NaN : layer.input(t, 0, k));
        }
        double cellRange = 1;
        if (layer.cell().hasCellState()) {
            states.put(Quantity.C_PREV, layer.previousCellState(t, 0, unit));
            states.put(Quantity.C, layer.cellState(t, 0, unit));
            states.put(Quantity.TANH_C, layer.tanhCellState(t, 0, unit));
            cellRange = Math.max(1e-6, layer.maxAbsCellState());
            cellRange = roundCell ? Sealed.roundedRange(cellRange) : cellRange;
        }
        double hiddenRange = 1;
        if (layer.cell() == CellKind.RNN && layer.nonlinearity() == Nonlinearity.RELU) {
            // ReLU is unbounded above: scale colours by the run's largest h (the RNN's activation is h)
            double[] range = layer.gateRange(Gate.A);
            hiddenRange = Math.max(1e-6, Math.max(Math.abs(range[0]), Math.abs(range[1])));
            hiddenRange = roundHidden ? Sealed.roundedRange(hiddenRange) : hiddenRange;
        }
        for (Quantity q : sealedStates) {
            if (states.containsKey(q)) {
                states.put(q, Double.NaN);
            }
        }
        Nonlinearity n = layer.cell() == CellKind.RNN ? layer.nonlinearity() : Nonlinearity.TANH;
        return new DiagramValues(layer.cell(), n, layer.inputSize(), act, pre, in, hid, states, cellRange, hiddenRange,
                sealedGates, sealedStates, inputs, layer.direction() == Direction.REVERSE, null);
    }

    /** True when a lesson has sealed {@code gate}'s activation. */
    public boolean sealed(Gate gate) {
        return sealedGates.contains(gate);
    }

    /** True when a lesson has sealed {@code q}. */
    public boolean sealed(Quantity q) {
        return sealedStates.contains(q);
    }

    /** The activation of {@code gate} (NaN if the cell has no such gate). */
    public double activation(Gate gate) {
        return activations.getOrDefault(gate, Double.NaN);
    }

    /** The pre-activation of {@code gate} (NaN if the cell has no such gate). */
    public double preActivation(Gate gate) {
        return preActivations.getOrDefault(gate, Double.NaN);
    }

    /** The input side of {@code gate}'s pre-activation, {@code W_i· x_t + b_i·} (NaN if none). */
    public double inputPart(Gate gate) {
        return inputParts.getOrDefault(gate, Double.NaN);
    }

    /** The recurrent side of {@code gate}'s pre-activation, {@code W_h· h_{t-1} + b_h·} (NaN if none). */
    public double hiddenPart(Gate gate) {
        return hiddenParts.getOrDefault(gate, Double.NaN);
    }

    /** The value of {@code q} (NaN if the cell has no such state). */
    public double state(Quantity q) {
        return states.getOrDefault(q, Double.NaN);
    }

    /** True if both describe the same cell, so one can be animated into the other. */
    public boolean sameShape(DiagramValues other) {
        return other != null && cell == other.cell && nonlinearity == other.nonlinearity
                && activations.keySet().equals(other.activations.keySet())
                && states.keySet().equals(other.states.keySet());
    }

    /**
     * The look part of the way from {@code from} to {@code to}, for animation: each gate's values are
     * {@code from + u (to - from)} with its own progress {@code u = gateProgress(gate)} in 0..1, each state's
     * with {@code stateProgress(q)}; colour ranges are {@code to}'s, and the numbers printed are {@code to}'s
     * ({@link #numbers()}). Returns {@code to} if the shapes differ.
     */
    public static DiagramValues between(DiagramValues from, DiagramValues to, ToDoubleFunction<Gate> gateProgress,
                                        ToDoubleFunction<Quantity> stateProgress) {
        if (from == null || !from.sameShape(to)) {
            return to;
        }
        Map<Gate, Double> act = new EnumMap<>(Gate.class);
        Map<Gate, Double> pre = new EnumMap<>(Gate.class);
        Map<Gate, Double> in = new EnumMap<>(Gate.class);
        Map<Gate, Double> hid = new EnumMap<>(Gate.class);
        for (Gate g : to.activations.keySet()) {
            double u = gateProgress.applyAsDouble(g);
            act.put(g, lerp(from.activation(g), to.activation(g), u));
            pre.put(g, lerp(from.preActivation(g), to.preActivation(g), u));
            in.put(g, lerp(from.inputPart(g), to.inputPart(g), u));
            hid.put(g, lerp(from.hiddenPart(g), to.hiddenPart(g), u));
        }
        Map<Quantity, Double> states = new EnumMap<>(Quantity.class);
        for (Quantity q : to.states.keySet()) {
            states.put(q, lerp(from.state(q), to.state(q), stateProgress.applyAsDouble(q)));
        }
        // a number sealed at either end stays sealed until its animation is over
        Set<Gate> gates = EnumSet.noneOf(Gate.class);
        for (Gate g : to.activations.keySet()) {
            if (to.sealed(g) || from.sealed(g) && gateProgress.applyAsDouble(g) < 1) {
                gates.add(g);
                act.put(g, Double.NaN);
            }
        }
        Set<Quantity> sealedStates = EnumSet.noneOf(Quantity.class);
        for (Quantity q : to.states.keySet()) {
            if (to.sealed(q) || from.sealed(q) && stateProgress.applyAsDouble(q) < 1) {
                sealedStates.add(q);
                states.put(q, Double.NaN);
            }
        }
        return new DiagramValues(to.cell, to.nonlinearity, to.inputSize, act, pre, in, hid, states, to.cellRange,
                to.hiddenRange, gates, sealedStates, to.inputs, to.reverse, to.numbers());
    }

    private static double lerp(double a, double b, double u) {
        double v = Math.max(0, Math.min(1, u));
        return v >= 1 ? b : a + v * (b - a);
    }
}
