package org.gatelab.render.unrolled;

import java.util.List;
import org.gatelab.render.Sealed;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Gate;
import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.engine.trace.Trace;

/**
 * The numbers the unrolled network shows, read from a trace for one layer, one unit and a window of timesteps
 * {@code first .. first + count - 1} of sequence 0, all as recorded. Immutable.
 *
 * <p>Forward, per step: the input x_t (every feature), the block activations of the unit, h_t and (LSTM) c_t of
 * the unit, and the readout ŷ_t when the layer is the top one. Around the window: h and c entering the first
 * copy. Backward, per step (when the run has a loss): ‖∂L/∂h_t‖ (sequence 0, every unit), the Frobenius norm of
 * the step Jacobian ∂h_t/∂h_{t-1} (for the LSTM with c_{t-1} held fixed), and for the LSTM the unit's
 * ∂L/∂c_t and forget gate f_t, the exact factor of the cell-state path: ∂c_t/∂c_{t-1} = f_t for each unit.
 *
 * <p>What a lesson has {@link Sealed sealed} is left out (NaN) and named by the {@code ...Sealed} queries, so the
 * painters print "?" in its place.
 */
public final class UnrolledValues {
    private final CellKind cell;
    private final int layer;
    private final int layerCount;
    private final int unit;
    private final int first;
    private final int count;
    private final int length;
    private final int inputSize;
    private final double[][] input;
    private final double[][] gates;
    private final double[] hidden;
    private final double[] cellState;
    private final double hiddenBefore;
    private final double cellBefore;
    private final double[] output;
    private final boolean[] lossReads;
    private final double[] gradHiddenNorm;
    private final double[] jacobianNorm;
    private final double[] gradCell;
    private final double[] forget;
    private final Sealed sealed;

    private UnrolledValues(Trace trace, LayerTrace l, int unit, int first, int count, Sealed sealed) {
        this.sealed = sealed;
        this.cell = l.cell();
        this.layer = l.index();
        this.layerCount = trace.layerCount();
        this.unit = unit;
        this.first = first;
        this.count = count;
        this.length = l.length();
        this.inputSize = l.inputSize();
        List<Gate> blocks = cell.blocks();
        input = new double[count][];
        gates = new double[count][blocks.size()];
        hidden = new double[count];
        cellState = new double[count];
        output = new double[count];
        lossReads = new boolean[count];
        boolean top = l.index() == trace.layerCount() - 1;
        boolean grads = l.hasGradients();
        gradHiddenNorm = grads ? new double[count] : null;
        jacobianNorm = new double[count];
        gradCell = grads && cell.hasCellState() ? new double[count] : null;
        forget = cell.hasCellState() ? new double[count] : null;
        for (int k = 0; k < count; k++) {
            int t = first + k;
            input[k] = l.inputVector(t, 0);
            for (int g = 0; g < blocks.size(); g++) {
                gates[k][g] = l.gate(t, 0, blocks.get(g), unit);
            }
            hidden[k] = l.hidden(t, 0, unit);
            cellState[k] = cell.hasCellState() ? l.cellState(t, 0, unit) : Double.NaN;
            output[k] = top && trace.outputSize() == 1 ? trace.output(t, 0, 0) : Double.NaN;
            lossReads[k] = top && trace.lossKind() != null && (!trace.lossKind().isLastStepOnly() || t == length - 1);
            jacobianNorm[k] = l.stepJacobianNorm(t, 0);
            if (grads) {
                gradHiddenNorm[k] = l.gradHiddenNorm(t, 0);
            }
            if (gradCell != null) {
                gradCell[k] = l.gradCellState(t, 0, unit);
            }
            if (forget != null) {
                forget[k] = l.gate(t, 0, Gate.F, unit);
            }
        }
        hiddenBefore = l.previousHidden(first, 0, unit);
        cellBefore = cell.hasCellState() ? l.previousCellState(first, 0, unit) : Double.NaN;
    }

    /** Reads a number, or NaN when a lesson has sealed it. */
    private static double unless(boolean hidden, double value) {
        return hidden ? Double.NaN : value;
    }

    /**
     * The values of {@code unit} (clamped) of {@code layer} (clamped) over the window of {@code count} steps from
     * {@code first}, both clamped so the window lies inside the run.
     */
    public static UnrolledValues of(Trace trace, int layer, int unit, int first, int count) {
        return of(trace, layer, unit, first, count, Sealed.NONE);
    }

    /** As {@link #of(Trace, int, int, int, int)}, with what {@code sealed} hides left out. */
    public static UnrolledValues of(Trace trace, int layer, int unit, int first, int count, Sealed sealed) {
        LayerTrace l = trace.layer(Math.max(0, Math.min(trace.layerCount() - 1, layer)));
        int n = Math.max(1, Math.min(count, l.length()));
        int start = Math.max(0, Math.min(l.length() - n, first));
        int u = Math.max(0, Math.min(l.hiddenSize() - 1, unit));
        return new UnrolledValues(trace, l, u, start, n, sealed);
    }

    /** The window of {@code count} steps that ends at {@code step} (or starts at 0 when the run is that short). */
    public static int firstStepEndingAt(int step, int count, int length) {
        int n = Math.max(1, Math.min(count, length));
        return Math.max(0, Math.min(length - n, step - n + 1));
    }

    public CellKind cell() {
        return cell;
    }

    /** The layer, 0-based. */
    public int layer() {
        return layer;
    }

    public int layerCount() {
        return layerCount;
    }

    public int unit() {
        return unit;
    }

    /** The first step of the window. */
    public int first() {
        return first;
    }

    /** The number of copies. */
    public int count() {
        return count;
    }

    /** The step of copy {@code k}. */
    public int step(int k) {
        return first + k;
    }

    /** The run's length T. */
    public int length() {
        return length;
    }

    /** Features of x_t. */
    public int inputSize() {
        return inputSize;
    }

    /** Feature {@code i} of x_t at copy {@code k}. */
    public double input(int k, int i) {
        return unless(inputSealed(k, i), input[k][i]);
    }

    /** Feature i of a layer above the first is unit i's h_t of the layer below: sealed with it. */
    public boolean inputSealed(int k, int i) {
        return layer > 0 && sealed.hidden(layer - 1, step(k), i);
    }

    /** The activation of block {@code g} (an index into the cell's blocks) of the unit at copy {@code k}. */
    public double gate(int k, int g) {
        return unless(gateSealed(k, g), gates[k][g]);
    }

    public boolean gateSealed(int k, int g) {
        return sealed.gate(layer, step(k), unit, cell.blocks().get(g));
    }

    /** h_t of the unit at copy {@code k}. */
    public double hidden(int k) {
        return unless(hiddenSealed(k), hidden[k]);
    }

    public boolean hiddenSealed(int k) {
        return sealed.hidden(layer, step(k), unit);
    }

    /** c_t of the unit at copy {@code k} (NaN without a cell state). */
    public double cellState(int k) {
        return unless(cellSealed(k), cellState[k]);
    }

    public boolean cellSealed(int k) {
        return sealed.cell(layer, step(k), unit);
    }

    /** h entering the first copy: h_{first-1}, or the initial state h_0 at the start of the run. */
    public double hiddenBefore() {
        return unless(hiddenBeforeSealed(), hiddenBefore);
    }

    public boolean hiddenBeforeSealed() {
        return first > 0 && sealed.hidden(layer, first - 1, unit);
    }

    /** c entering the first copy (NaN without a cell state). */
    public double cellBefore() {
        return unless(cellBeforeSealed(), cellBefore);
    }

    public boolean cellBeforeSealed() {
        return first > 0 && sealed.cell(layer, first - 1, unit);
    }

    /** True when the layer is the top one, whose h_t the readout reads. */
    public boolean hasOutputs() {
        return layer == layerCount - 1;
    }

    /** The readout ŷ_t at copy {@code k}: the model's one output; NaN below the top layer or with several outputs. */
    public double output(int k) {
        return unless(outputSealed(k), output[k]);
    }

    /** The prediction at the last step, when a lesson asks for it. */
    public boolean outputSealed(int k) {
        return sealed.output() && step(k) == length - 1 && hasOutputs();
    }

    /** True when the loss reads ŷ_t of copy {@code k} (every step, or only the last of the run). */
    public boolean lossReads(int k) {
        return lossReads[k];
    }

    /** True when the run had a loss, so there is a backward pass to show. */
    public boolean hasGradients() {
        return gradHiddenNorm != null;
    }

    /** ‖∂L/∂h_t‖ of sequence 0 at copy {@code k}. */
    public double gradHiddenNorm(int k) {
        return unless(gradHiddenSealed(k), gradHiddenNorm[k]);
    }

    public boolean gradHiddenSealed(int k) {
        return sealed.gradHidden(layer, step(k));
    }

    /** ‖∂h_t/∂h_{t-1}‖_F at copy {@code k}: at most how much the step from t-1 to t stretches a gradient through h. */
    public double jacobianNorm(int k) {
        return unless(jacobianSealed(k), jacobianNorm[k]);
    }

    public boolean jacobianSealed(int k) {
        return sealed.jacobian(layer, step(k));
    }

    /** The unit's ∂L/∂c_t at copy {@code k} (LSTM with a loss only). */
    public double gradCell(int k) {
        return unless(gradCellSealed(k), gradCell[k]);
    }

    /** The unit's ∂L/∂c_t, sealed with ‖∂L/∂c_t‖ (of which it is a part). */
    public boolean gradCellSealed(int k) {
        return sealed.gradCell(layer, step(k));
    }

    /** The unit's forget gate f_t at copy {@code k} (LSTM only). */
    public double forget(int k) {
        return unless(forgetSealed(k), forget[k]);
    }

    public boolean forgetSealed(int k) {
        return sealed.gate(layer, step(k), unit, Gate.F);
    }

    /** True when steps follow the window, so the backward pass enters it from the right. */
    public boolean continuesAfter() {
        return first + count < length;
    }
}
