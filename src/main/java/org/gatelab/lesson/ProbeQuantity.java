package org.gatelab.lesson;

import java.util.Locale;

/**
 * The numbers a check can read from the live workspace (see {@link Probe}). Each description is lesson Markdown,
 * its maths in dollars, since the verdicts that quote it are shown as the lesson text is.
 */
public enum ProbeQuantity {
    GATE("gate", "a gate's activation", true, true, true),
    HIDDEN("hidden", "the hidden state $h_t$", true, true, false),
    CELL("cell", "the LSTM cell state $c_t$", true, true, false),
    GRAD_H("grad_h", "the gradient norm $\\lVert \\partial L / \\partial h_t \\rVert$", true, false, false),
    GRAD_C("grad_c", "the LSTM's cell-state gradient norm $\\lVert \\partial L / \\partial c_t \\rVert$", true, false,
            false),
    JACOBIAN("jacobian", "the step Jacobian norm $\\lVert \\partial h_t / \\partial h_{t-1} \\rVert_F$", true, false, false),
    LOSS("loss", "the loss", false, false, false),
    OUTPUT("output", "the prediction at the last step", false, false, false),
    PARAMS("params", "the parameter count (PyTorch's, two biases per gate)", false, false, false),
    PARAMS_TEXTBOOK("params_textbook", "the parameter count with one bias per gate (the textbook's)", false, false,
            false);

    private final String id;
    private final String description;
    private final boolean needsStep;
    private final boolean needsUnit;
    private final boolean needsGate;

    ProbeQuantity(String id, String description, boolean needsStep, boolean needsUnit, boolean needsGate) {
        this.id = id;
        this.description = description;
        this.needsStep = needsStep;
        this.needsUnit = needsUnit;
        this.needsGate = needsGate;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** True when the quantity is read at a timestep {@code t}. */
    public boolean needsStep() {
        return needsStep;
    }

    /** True when the quantity is one unit's ({@code unit}, default 0). */
    public boolean needsUnit() {
        return needsUnit;
    }

    public boolean needsGate() {
        return needsGate;
    }

    /** The quantity named {@code text}, or null. */
    public static ProbeQuantity byId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ProbeQuantity q : values()) {
            if (q.id.equals(t)) {
                return q;
            }
        }
        return null;
    }

    /** The names, for messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (ProbeQuantity q : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(q.id);
        }
        return b.toString();
    }
}
