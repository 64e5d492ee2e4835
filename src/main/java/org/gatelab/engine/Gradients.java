package org.gatelab.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.gatelab.engine.trace.Tensor;

/** dL/d(parameter) for every parameter of a model, same names and shapes; accumulated with +=. */
public final class Gradients {
    private final ParameterSet shapeOf;
    private final Map<String, DMatrixRMaj> grads = new LinkedHashMap<>();

    public Gradients(ParameterSet model) {
        this.shapeOf = model;
        for (Map.Entry<String, DMatrixRMaj> e : model.matrices().entrySet()) {
            grads.put(e.getKey(), new DMatrixRMaj(e.getValue().numRows, e.getValue().numCols));
        }
    }

    /** Sets every gradient to zero. */
    public void zero() {
        for (DMatrixRMaj g : grads.values()) {
            g.zero();
        }
    }

    /** The global L2 norm over every parameter's gradient (what {@code clip_grad_norm_} measures). */
    public double globalNorm() {
        double s = 0;
        for (DMatrixRMaj g : grads.values()) {
            for (int i = 0; i < g.getNumElements(); i++) {
                s += g.data[i] * g.data[i];
            }
        }
        return Math.sqrt(s);
    }

    /** Multiplies every gradient by {@code factor}. */
    public void scale(double factor) {
        for (DMatrixRMaj g : grads.values()) {
            for (int i = 0; i < g.getNumElements(); i++) {
                g.data[i] *= factor;
            }
        }
    }

    /**
     * PyTorch's {@code clip_grad_norm_(max_norm)}: if the global norm exceeds {@code maxNorm}, scales every
     * gradient by {@code maxNorm / (norm + 1e-6)}.
     *
     * @return the global norm before clipping
     */
    public double clipGlobalNorm(double maxNorm) {
        double norm = globalNorm();
        double coef = maxNorm / (norm + 1e-6);
        if (coef < 1) {
            scale(coef);
        }
        return norm;
    }

    /** True when every gradient is finite. */
    public boolean isFinite() {
        for (DMatrixRMaj g : grads.values()) {
            for (int i = 0; i < g.getNumElements(); i++) {
                if (!Double.isFinite(g.data[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A copy of one gradient, shaped like the parameter. */
    public Tensor get(String name) {
        return new Tensor(name, shapeOf.shape(name), matrix(name).data.clone());
    }

    /** Copies of every gradient, in parameter order. */
    public Map<String, Tensor> toTensors() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (String name : grads.keySet()) {
            out.put(name, get(name));
        }
        return out;
    }

    DMatrixRMaj matrix(String name) {
        DMatrixRMaj g = grads.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no gradient named \"" + name + "\"");
        }
        return g;
    }

    Map<String, DMatrixRMaj> matrices() {
        return grads;
    }
}
