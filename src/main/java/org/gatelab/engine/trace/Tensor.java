package org.gatelab.engine.trace;

import java.util.Arrays;

/** An immutable named array with a shape, row-major (e.g. a parameter or its gradient). */
public final class Tensor {
    private final String name;
    private final int[] shape;
    private final double[] values;

    /** Copies {@code values}; their count must equal the product of {@code shape}. */
    public Tensor(String name, int[] shape, double[] values) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(name + ": negative dimension in shape " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + size
                    + " values, got " + values.length);
        }
        this.name = name;
        this.shape = shape.clone();
        this.values = values.clone();
    }

    public String name() {
        return name;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return values.length;
    }

    public double get(int flatIndex) {
        return values[flatIndex];
    }

    /** Element (row, col) of a rank-2 tensor. */
    public double get(int row, int col) {
        return values[row * shape[1] + col];
    }

    public double[] values() {
        return values.clone();
    }

    /** Euclidean (Frobenius) norm of all values. */
    public double norm() {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
