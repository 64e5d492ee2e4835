package org.gatelab.engine;

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
    void forwardStep(LayerArrays d, int t, Lane lane) {
        boolean record = recordsPreActivations(d);
        double[] bh = biasHh.data;
        for (int b = lane.b0; b < lane.b1; b++) {
            int u = (t * d.batch + b) * hidden;
            int s = lane.step(b);
            // the SIMD loop takes whole vectors of units, this loop the rest (or all of them)
            int first = simd() ? VectorRnn.forward(d, lane.stepPre, s, bh, u, hidden, relu, record) : 0;
            for (int j = first; j < hidden; j++) {
                // a = (W_ih x + b_ih) + (W_hh h + b_hh);  h = φ(a)
                double recurrent = lane.stepPre[s + j] + bh[j];
                double a = d.preInput[u + j] + recurrent;
                double h = relu ? Math.max(0.0, a) : Activations.tanh(a);
                if (record) {
                    d.preHidden[u + j] = recurrent;
                    d.pre[u + j] = a;
                }
                d.act[u + j] = h;
                d.hidden[u + j] = h;
            }
        }
    }

    /** φ'(a) from the recorded h: 1 - h² for tanh, [h > 0] (that is, [a > 0]) for ReLU. */
    private double slope(LayerArrays d, int i) {
        return relu ? (d.hidden[i] > 0 ? 1.0 : 0.0) : Activations.tanhSlope(d.hidden[i]);
    }

    @Override
    void backwardStep(LayerArrays d, int t, double[] gradPreHidden, Lane lane) {
        for (int b = lane.b0; b < lane.b1; b++) {
            int u = (t * d.batch + b) * hidden;
            int first = simd() ? VectorRnn.backward(d, u, hidden, relu) : 0;
            for (int i = u + first; i < u + hidden; i++) {
                // dL/da = dL/dh ⊙ φ'(a)
                d.gradPre[i] = d.gradHidden[i] * slope(d, i);
            }
        }
    }

    @Override
    double jacobianNormSquared(LayerArrays d, int t, int b) {
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
