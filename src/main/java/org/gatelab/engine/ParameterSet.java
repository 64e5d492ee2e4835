package org.gatelab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.gatelab.engine.trace.Tensor;

/**
 * Named parameter tensors in a fixed order (PyTorch's state_dict order for the model that owns them): what an
 * optimizer updates, what {@link Gradients} mirrors, what a safetensors file holds. Weights are matrices
 * {@code [rows x cols]}, biases vectors {@code [n]}. The values are mutable (training updates them in place);
 * what leaves this class is copied.
 */
public abstract class ParameterSet {
    private final Map<String, DMatrixRMaj> parameters = new LinkedHashMap<>();
    private final Set<String> vectors = new HashSet<>();

    /** Adds a zero weight matrix; subclasses call this in state_dict order. */
    final void addMatrix(String name, int rows, int cols) {
        put(name, new DMatrixRMaj(rows, cols));
    }

    /** Adds a zero vector (a bias). */
    final void addVector(String name, int n) {
        put(name, new DMatrixRMaj(1, n));
        vectors.add(name);
    }

    private void put(String name, DMatrixRMaj m) {
        if (parameters.put(name, m) != null) {
            throw new IllegalStateException("parameter " + name + " added twice");
        }
    }

    /** What kind of model this is, for messages: e.g. "2-layer lstm". */
    public abstract String describe();

    /** Parameter names in state_dict order. */
    public List<String> parameterNames() {
        return Collections.unmodifiableList(new ArrayList<>(parameters.keySet()));
    }

    public boolean hasParameter(String name) {
        return parameters.containsKey(name);
    }

    /** The shape PyTorch gives the parameter: [rows, cols] for weights, [n] for biases. */
    public int[] shape(String name) {
        DMatrixRMaj m = matrix(name);
        return vectors.contains(name) ? new int[] {m.numCols} : new int[] {m.numRows, m.numCols};
    }

    /** True for a bias vector, false for a weight matrix. */
    public boolean isVector(String name) {
        matrix(name);
        return vectors.contains(name);
    }

    /** The number of values in every parameter together. */
    public long valueCount() {
        long n = 0;
        for (DMatrixRMaj m : parameters.values()) {
            n += m.getNumElements();
        }
        return n;
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

    /** Copies every value into {@code target}, which must have the same names and shapes. */
    final void copyValuesInto(ParameterSet target) {
        if (!target.parameters.keySet().equals(parameters.keySet())) {
            throw new IllegalArgumentException("cannot copy a " + describe() + " into a " + target.describe());
        }
        for (Map.Entry<String, DMatrixRMaj> e : parameters.entrySet()) {
            target.parameters.get(e.getKey()).setTo(e.getValue());
        }
    }

    /** The live matrix behind a parameter; engine-internal, never handed to callers outside the engine. */
    DMatrixRMaj matrix(String name) {
        DMatrixRMaj m = parameters.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no parameter named \"" + name + "\" in a " + describe());
        }
        return m;
    }

    /** The live matrices, in order; engine-internal. */
    Map<String, DMatrixRMaj> matrices() {
        return parameters;
    }
}
