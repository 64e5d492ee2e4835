package org.gatelab.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gatelab.vocabulary.LossKind;

/**
 * The linear head on the top layer and the loss on its outputs.
 * <pre>
 *   y_t = W_head h_t + b_head                                    (every t)
 *   mse: L = (1/N) Σ (y - target)²,  N = number of target elements used
 *   ce:  L = (1/N) Σ -log softmax(y)[class],  N = number of predictions used
 * </pre>
 */
final class Readout {
    private Readout() {
    }

    /** Y = H W_headᵀ + b_head for all T*B rows; returns the outputs [T*B x O]. */
    static double[] forward(ParameterSet model, double[] topHidden, int n) {
        DMatrixRMaj w = model.matrix(ParameterNames.HEAD_WEIGHT);
        DMatrixRMaj bias = model.matrix(ParameterNames.HEAD_BIAS);
        int hidden = w.numCols;
        double[] out = new double[n * w.numRows];
        DMatrixRMaj y = DMatrixRMaj.wrap(n, w.numRows, out);
        CommonOps_DDRM.multTransB(DMatrixRMaj.wrap(n, hidden, topHidden), w, y);
        LayerKernel.addRowVector(out, n, bias.data);
        return out;
    }

    /**
     * The loss of {@code outputs} [T][B][O] against {@code targets}; writes dL/dy into {@code gradOutputs}
     * (zero where the loss does not look).
     */
    static double loss(double[] outputs, Targets targets, int length, int batch, int outSize, double[] gradOutputs) {
        java.util.Arrays.fill(gradOutputs, 0);
        LossKind kind = targets.loss();
        int firstRow = kind.isLastStepOnly() ? (length - 1) * batch : 0;
        int rows = targets.rows(length, batch);
        double sum = 0;
        if (!kind.isClassification()) {
            double count = (double) rows * outSize;
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < outSize; k++) {
                    int yi = (firstRow + r) * outSize + k;
                    double diff = outputs[yi] - targets.value(r * outSize + k);
                    sum += diff * diff;
                    gradOutputs[yi] = 2.0 * diff / count;
                }
            }
            return sum / count;
        }
        for (int r = 0; r < rows; r++) {
            int o = (firstRow + r) * outSize;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < outSize; k++) {
                max = Math.max(max, outputs[o + k]);
            }
            double z = 0;
            for (int k = 0; k < outSize; k++) {
                z += Math.exp(outputs[o + k] - max);
            }
            double logZ = max + Math.log(z);
            int cls = targets.classAt(r);
            sum += logZ - outputs[o + cls];
            // dL/dy = (softmax(y) - onehot) / N
            for (int k = 0; k < outSize; k++) {
                double p = Math.exp(outputs[o + k] - logZ);
                gradOutputs[o + k] = (p - (k == cls ? 1.0 : 0.0)) / rows;
            }
        }
        return sum / rows;
    }

    /**
     * Backward through the head: adds dL/dW_head and dL/db_head to {@code grads} and returns dL/dh from the
     * readout, [T*B x H].
     */
    static double[] backward(ParameterSet model, double[] topHidden, double[] gradOutputs, int n, Gradients grads) {
        DMatrixRMaj w = model.matrix(ParameterNames.HEAD_WEIGHT);
        int hidden = w.numCols;
        DMatrixRMaj dy = DMatrixRMaj.wrap(n, w.numRows, gradOutputs);
        // dW_head += dYᵀ H;  db_head += Σ_rows dY;  dH = dY W_head
        CommonOps_DDRM.multAddTransA(dy, DMatrixRMaj.wrap(n, hidden, topHidden), grads.matrix(ParameterNames.HEAD_WEIGHT));
        LayerKernel.addColumnSums(gradOutputs, n, grads.matrix(ParameterNames.HEAD_BIAS).data);
        double[] gradHidden = new double[n * hidden];
        CommonOps_DDRM.mult(dy, w, DMatrixRMaj.wrap(n, hidden, gradHidden));
        return gradHidden;
    }
}
