package org.gatelab.vocabulary;

/**
 * The allowed values of the settings several layers share, each defined once: the workspace, the lessons' scenes,
 * the training lab, its files and the command line check against these, and the sliders, spinners and fields show
 * them. A task's own settings (its length, its set sizes) are defined beside the task's record.
 */
public final class Ranges {
    private Ranges() {
    }

    /**
     * Hidden units per layer. One limit for the workspace and the training lab, so every model the lab trains can
     * be inspected in the workspace.
     */
    public static final Range HIDDEN = Range.of(1, 1024);
    /** Stacked recurrent layers. */
    public static final Range LAYERS = Range.of(1, 3);
    /**
     * The LSTM's forget-gate (the GRU's update-gate) bias at initialization. σ(10) = 0.99995: a gate is as good as
     * fully open (or, at -10, shut) well inside the range.
     */
    public static final Range GATE_BIAS = Range.between(-10, 10);
    /** The factor W_hh is multiplied by after initialization. */
    public static final Range RECURRENT_SCALE = Range.between(0, 10);
    /** Steps of the workspace's generated input sequence. */
    public static final Range SEQUENCE_LENGTH = Range.of(2, 1000);
    /** A hidden unit, counted from 0 (the workspace's selection, a lesson's probe). */
    public static final Range UNIT = Range.of(0, HIDDEN.maxInt() - 1);
    /** A layer, counted from 0. */
    public static final Range LAYER = Range.of(0, LAYERS.maxInt() - 1);
    /** A timestep of the workspace's input, counted from 0. */
    public static final Range STEP = Range.of(0, SEQUENCE_LENGTH.maxInt() - 1);
    /**
     * The seeds a spinner offers. Any whole number is a seed (in files, lessons and the training lab's field); the
     * spinners count from 0 to 999,999.
     */
    public static final Range SEED_SPINNER = Range.of(0, 999_999);
    /** The training lab's learning rate. */
    public static final Range LEARNING_RATE = Range.between(1e-6, 1000);
    /** SGD's momentum. */
    public static final Range MOMENTUM = Range.between(0, 0.999);
    /** Sequences per mini-batch. */
    public static final Range BATCH_SIZE = Range.of(1, 1024);
    /** The largest global gradient norm ({@code clip_grad_norm_}); 0 turns clipping off. */
    public static final Range CLIP_NORM = Range.between(0, 1e6).withMinNote("off");
    /** Passes over the training set. */
    public static final Range EPOCHS = Range.of(1, 10_000);
    /** Presenter mode's type scale: fonts and strokes are multiplied by it while presenting. */
    public static final Range PRESENTER_SCALE = Range.between(1, 3);
    /** Presenter mode's scale until the user picks another: what the projector rule (no type under 16 px) is set for. */
    public static final double PRESENTER_DEFAULT_SCALE = 1.5;
}
