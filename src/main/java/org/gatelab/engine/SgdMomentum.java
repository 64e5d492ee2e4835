package org.gatelab.engine;

import java.util.HashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * {@code torch.optim.SGD(lr, momentum)}: {@code v = μ v + g; θ -= lr v} (with v = g on the first step).
 */
public final class SgdMomentum implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private final Map<String, double[]> velocity = new HashMap<>();

    public SgdMomentum(double learningRate, double momentum) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void step(ParameterSet model, Gradients gradients) {
        for (Map.Entry<String, DMatrixRMaj> e : model.matrices().entrySet()) {
            double[] p = e.getValue().data;
            double[] g = gradients.matrix(e.getKey()).data;
            int n = e.getValue().getNumElements();
            if (momentum == 0) {
                for (int i = 0; i < n; i++) {
                    p[i] -= learningRate * g[i];
                }
                continue;
            }
            double[] v = velocity.get(e.getKey());
            if (v == null) {
                v = g.clone();
                velocity.put(e.getKey(), v);
            } else {
                for (int i = 0; i < n; i++) {
                    v[i] = momentum * v[i] + g[i];
                }
            }
            for (int i = 0; i < n; i++) {
                p[i] -= learningRate * v[i];
            }
        }
    }

    @Override
    public void reset() {
        velocity.clear();
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
