package org.gatelab.viewmodel.training;

/**
 * The mini-batch training losses of a run for the live loss plot, in bounded memory: when the buffer is full,
 * neighbouring points are averaged in pairs and later batches are averaged in groups of the same size, so the
 * curve always has at most {@link #CAPACITY} points spread over the whole run. Thread-safe: the training
 * thread adds, the FX thread copies.
 */
final class BatchLosses {
    static final int CAPACITY = 4096;

    private final double[] x = new double[CAPACITY];
    private final double[] y = new double[CAPACITY];
    private int size;
    private int group = 1;
    private double pendingSum;
    private int pending;
    private long version;

    /** Adds the loss of the batch at {@code position} (in epochs, e.g. 2.5 = half-way through epoch 3). */
    synchronized void add(double position, double loss) {
        pendingSum += loss;
        pending++;
        if (pending < group) {
            return;
        }
        if (size == CAPACITY) {
            // halve the resolution: each pair becomes its mean, at the later position
            for (int i = 0; i < CAPACITY / 2; i++) {
                x[i] = x[2 * i + 1];
                y[i] = 0.5 * (y[2 * i] + y[2 * i + 1]);
            }
            size = CAPACITY / 2;
            group *= 2;
        }
        x[size] = position;
        y[size] = pendingSum / pending;
        size++;
        pendingSum = 0;
        pending = 0;
        version++;
    }

    /** Changes with every point added. */
    synchronized long version() {
        return version;
    }

    /** {x, y}: copies of the points so far. */
    synchronized double[][] copy() {
        double[] cx = new double[size];
        double[] cy = new double[size];
        System.arraycopy(x, 0, cx, 0, size);
        System.arraycopy(y, 0, cy, 0, size);
        return new double[][] {cx, cy};
    }
}
