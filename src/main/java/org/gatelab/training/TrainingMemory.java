package org.gatelab.training;

import java.util.Locale;

/**
 * How much memory one training batch needs, estimated up front so settings the form allows but this machine
 * cannot hold (1024 units × batch 1024 × 500 steps × 3 layers) are refused with a message before anything is
 * allocated, instead of running out of memory halfway.
 *
 * <p>Backpropagation through time keeps, per step, layer and sequence of the batch: each block's input and
 * hidden parts of the pre-activation, the pre-activation, the activation and its gradient (5 G·H values for G
 * blocks), and about six H-vectors of states and their gradients. Doubles, 8 bytes each.
 */
public final class TrainingMemory {
    /** Share of the heap one run may claim: the rest is the app, the data and the views. */
    public static final double HEAP_SHARE = 0.5;

    private TrainingMemory() {
    }

    /** Bytes for one batch's forward and backward pass. */
    public static double batchBytes(TrainingConfig c, int length) {
        int blocks = c.cell().blockCount();
        return 8.0 * (5.0 * blocks + 6) * c.hidden() * (double) c.batchSize() * length * c.layers();
    }

    /**
     * Why the run cannot fit in {@code maxHeapBytes}, in words with what to lower; null when it fits.
     */
    public static String refusal(TrainingConfig c, int length, long maxHeapBytes) {
        double need = batchBytes(c, length);
        if (need <= HEAP_SHARE * maxHeapBytes) {
            return null;
        }
        return String.format(Locale.ROOT, "One batch of this run needs about %s (batch %d × %d steps × %d layer%s × "
                        + "%d units) but GateLab may use %s here. Lower the batch size, the units or the sequence "
                        + "length (or start Java with a larger -Xmx).", size(need), c.batchSize(), length, c.layers(),
                c.layers() == 1 ? "" : "s", c.hidden(), size(HEAP_SHARE * maxHeapBytes));
    }

    static String size(double bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
