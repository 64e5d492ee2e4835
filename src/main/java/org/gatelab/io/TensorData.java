package org.gatelab.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable named tensor: a shape and its values in row-major (C) order, as {@code double}s.
 *
 * <p>Arrays are copied on the way in and on the way out, so no caller can change an instance.
 * A rank-0 tensor (shape {@code []}) holds exactly one value.
 */
public final class TensorData {

    private final String name;
    private final int[] shape;
    private final double[] values;

    /**
     * Creates a tensor, copying both arrays.
     *
     * @param name   the tensor's name, not null
     * @param shape  the dimensions, each {@code >= 0}
     * @param values the values in row-major order; its length must equal the product of {@code shape}
     * @throws IllegalArgumentException if a dimension is negative or the value count does not match the shape
     */
    public TensorData(String name, int[] shape, double[] values) {
        this(name, shape.clone(), values.clone(), true);
    }

    private TensorData(String name, int[] shape, double[] values, boolean validate) {
        this.name = Objects.requireNonNull(name, "name");
        this.shape = shape;
        this.values = values;
        if (validate) {
            long expected = elementCount(shape);
            if (expected != values.length) {
                throw new IllegalArgumentException("tensor \"" + name + "\": shape " + Arrays.toString(shape)
                        + " needs " + expected + " values but " + values.length + " were given");
            }
        }
    }

    /** Wraps arrays the caller gives up (no copy); for the reader, which has already validated them. */
    static TensorData adopt(String name, int[] shape, double[] values) {
        return new TensorData(name, shape, values, false);
    }

    private static long elementCount(int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            if (d == 0) {
                return 0;
            }
        }
        long count = 1;
        for (int d : shape) {
            count *= d; // both factors < 2^31, so no long overflow
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has too many elements");
            }
        }
        return count;
    }

    /** @return the tensor's name */
    public String name() {
        return name;
    }

    /** @return a copy of the dimensions */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * @param axis an axis, {@code 0 <= axis < rank()}
     * @return the size of that dimension
     */
    public int dim(int axis) {
        return shape[axis];
    }

    /** @return the number of dimensions ({@code 0} for a scalar) */
    public int rank() {
        return shape.length;
    }

    /** @return the number of values (the product of the dimensions) */
    public int size() {
        return values.length;
    }

    /** @return a copy of the values in row-major order */
    public double[] values() {
        return values.clone();
    }

    /**
     * @param flatIndex a row-major index, {@code 0 <= flatIndex < size()}
     * @return the value at that index
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double get(int flatIndex) {
        return values[Objects.checkIndex(flatIndex, values.length)];
    }

    /** Two tensors are equal if name, shape and values (compared bit-wise, as {@link Arrays#equals(double[], double[])}) are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof TensorData t && name.equals(t.name)
                && Arrays.equals(shape, t.shape) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TensorData[" + name + " " + Arrays.toString(shape) + "]";
    }
}
