package org.gatelab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.gatelab.engine.trace.Tensor;

/**
 * A recurrent stack plus a linear readout head, with PyTorch's parameter names and layouts
 * (see {@code package-info.java}). The parameters are mutable (training updates them in place); what leaves
 * this class is copied.
 */
public final class Model {
    private final ModelConfig config;
    private final Map<String, DMatrixRMaj> parameters = new LinkedHashMap<>();

    /** A model of the given shape with every parameter zero; see {@link Initializer} to fill it. */
    public Model(ModelConfig config) {
        this.config = config;
        int gh = config.blockRows();
        for (int l = 0; l < config.layers(); l++) {
            parameters.put(ParameterNames.weightIh(l), new DMatrixRMaj(gh, config.layerInputSize(l)));
            parameters.put(ParameterNames.weightHh(l), new DMatrixRMaj(gh, config.hiddenSize()));
            parameters.put(ParameterNames.biasIh(l), new DMatrixRMaj(1, gh));
            parameters.put(ParameterNames.biasHh(l), new DMatrixRMaj(1, gh));
        }
        parameters.put(ParameterNames.HEAD_WEIGHT, new DMatrixRMaj(config.outputSize(), config.hiddenSize()));
        parameters.put(ParameterNames.HEAD_BIAS, new DMatrixRMaj(1, config.outputSize()));
    }

    public ModelConfig config() {
        return config;
    }

    /** Parameter names in PyTorch's state_dict order, head last. */
    public List<String> parameterNames() {
        return Collections.unmodifiableList(new ArrayList<>(parameters.keySet()));
    }

    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /** The shape PyTorch gives the parameter: [rows, cols] for weights, [n] for biases. */
    public int[] shape(String name) {
        DMatrixRMaj m = matrix(name);
        return isVector(name) ? new int[] {m.numCols} : new int[] {m.numRows, m.numCols};
    }

    private static boolean isVector(String name) {
        return name.startsWith("bias_") || name.equals(ParameterNames.HEAD_BIAS);
    }

    /** A copy of the parameter. */
    public Tensor parameter(String name) {
        return new Tensor(name, shape(name), matrix(name).data.clone());
    }

    /** All parameters, copied, in order. */
    public List<Tensor> parameters() {
        List<Tensor> out = new ArrayList<>();
        for (String name : parameters.keySet()) {
            out.add(parameter(name));
        }
        return out;
    }

    /** Replaces a parameter's values; the shape must match exactly. */
    public void setParameter(String name, int[] shape, double[] values) {
        int[] expected = shape(name);
        if (!Arrays.equals(expected, shape)) {
            throw new IllegalArgumentException(name + ": expected shape " + Arrays.toString(expected) + ", got "
                    + Arrays.toString(shape));
        }
        DMatrixRMaj m = matrix(name);
        if (values.length != m.data.length) {
            throw new IllegalArgumentException(name + ": expected " + m.data.length + " values, got " + values.length);
        }
        System.arraycopy(values, 0, m.data, 0, values.length);
    }

    public void setParameter(Tensor tensor) {
        setParameter(tensor.name(), tensor.shape(), tensor.values());
    }

    /** A deep copy. */
    public Model copy() {
        Model m = new Model(config);
        copyInto(m);
        return m;
    }

    /** Copies every parameter value into {@code target}, which must have the same config. */
    public void copyInto(Model target) {
        if (!target.config.equals(config)) {
            throw new IllegalArgumentException("cannot copy a " + config + " into a " + target.config);
        }
        for (Map.Entry<String, DMatrixRMaj> e : parameters.entrySet()) {
            target.parameters.get(e.getKey()).setTo(e.getValue());
        }
    }

    /** True when every parameter is finite (no NaN, no infinity). */
    public boolean isFinite() {
        for (DMatrixRMaj m : parameters.values()) {
            for (int i = 0; i < m.getNumElements(); i++) {
                if (!Double.isFinite(m.data[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The live matrix behind a parameter; engine-internal, never handed to callers outside the engine. */
    DMatrixRMaj matrix(String name) {
        DMatrixRMaj m = parameters.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no parameter named \"" + name + "\" in a " + config.cell().id()
                    + " model with " + config.layers() + " layer(s)");
        }
        return m;
    }

    /** The live matrices, in order; engine-internal. */
    Map<String, DMatrixRMaj> matrices() {
        return parameters;
    }
}
