package org.gatelab.engine;

import org.gatelab.engine.trace.LayerTrace;
import org.gatelab.vocabulary.CellKind;
import org.gatelab.vocabulary.Nonlinearity;

/**
 * The vanilla (Elman) RNN, as {@code torch.nn.RNN}:
 * <pre>
 *   a_t = W_ih x_t + b_ih + W_hh h_{t-1} + b_hh
 *   h_t = tanh(a_t)        (or relu(a_t))
 * </pre>
 */
final class RnnKernel extends LayerKernel {
    private final boolean relu;
    /** ||row j of W_hh||², so that ||diag(φ') W_hh||_F² = Σ_j φ'_j² ||W_hh[j]||². */
    private final double[] rowNormSquared;

    RnnKernel(int in, int hidden, Nonlinearity nonlinearity) {
        super(CellKind.RNN, in, hidden);
        this.relu = nonlinearity == Nonlinearity.RELU;
        this.rowNormSquared = new double[hidden];
    }

    @Override
    void weightsBound() {
        for (int j = 0; j < hidden; j++) {
            double s = 0;
            for (int k = 0; k < hidden; k++) {
                double w = weightHh.data[j * hidden + k];
                s += w * w;
            }
            rowNormSquared[j] = s;
        }
    }

    @Override
    void forwardStep(LayerTrace.Data d, int t, int b0, int b1) {
        int from = (t * d.batch + b0) * hidden;
        int to = (t * d.batch + b1) * hidden;
        for (int i = from; i < to; i++) {
            // a = (W_ih x + b_ih) + (W_hh h + b_hh);  h = φ(a)
            double a = d.preInput[i] + d.preHidden[i];
            double h = relu ? Math.max(0.0, a) : Math.tanh(a);
            d.pre[i] = a;
            d.act[i] = h;
            d.hidden[i] = h;
        }
    }

    /** φ'(a) from the recorded values: 1 - h² for tanh, [a > 0] for ReLU. */
    private double slope(LayerTrace.Data d, int i) {
        return relu ? (d.pre[i] > 0 ? 1.0 : 0.0) : Activations.tanhSlope(d.hidden[i]);
    }

    @Override
    void backwardStep(LayerTrace.Data d, int t, double[] gradPreHidden, Lane lane) {
        int from = (t * d.batch + lane.b0) * hidden;
        int to = (t * d.batch + lane.b1) * hidden;
        for (int i = from; i < to; i++) {
            // dL/da = dL/dh ⊙ φ'(a)
            d.gradPre[i] = d.gradHidden[i] * slope(d, i);
        }
    }

    @Override
    double jacobianNormSquared(LayerTrace.Data d, int t, int b) {
        // dh_t/dh_{t-1} = diag(φ'(a_t)) W_hh
        int o = (t * d.batch + b) * hidden;
        double s = 0;
        for (int j = 0; j < hidden; j++) {
            double slope = slope(d, o + j);
            s += slope * slope * rowNormSquared[j];
        }
        return s;
    }
}
