package org.gatelab.engine;

import java.util.HashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * {@code torch.optim.Adam(lr, betas=(β1, β2), eps)}:
 * <pre>
 *   m = β1 m + (1 - β1) g;   v = β2 v + (1 - β2) g²
 *   θ -= lr · (m / (1 - β1^t)) / (√(v / (1 - β2^t)) + eps)
 * </pre>
 */
public final class Adam implements Optimizer {
    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final Map<String, double[]> first = new HashMap<>();
    private final Map<String, double[]> second = new HashMap<>();
    private int steps;

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double eps) {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam's betas must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    public void step(ParameterSet model, Gradients gradients) {
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (Map.Entry<String, DMatrixRMaj> e : model.matrices().entrySet()) {
            double[] p = e.getValue().data;
            int n = e.getValue().getNumElements();
            double[] g = gradients.matrix(e.getKey()).data;
            double[] m = first.computeIfAbsent(e.getKey(), k -> new double[n]);
            double[] v = second.computeIfAbsent(e.getKey(), k -> new double[n]);
            for (int i = 0; i < n; i++) {
                m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                double denom = Math.sqrt(v[i] / correction2) + eps;
                p[i] -= learningRate * (m[i] / correction1) / denom;
            }
        }
    }

    @Override
    public void reset() {
        first.clear();
        second.clear();
        steps = 0;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
