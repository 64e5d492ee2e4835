package org.gatelab.vocabulary;

import java.util.Locale;

/**
 * The training objectives, with PyTorch's mean reduction.
 *
 * <ul>
 *   <li>{@code mse-last}: {@code F.mse_loss(y[T-1], target)}, mean over the B x O target elements.</li>
 *   <li>{@code mse-all}: {@code F.mse_loss(y, target)}, mean over the T x B x O target elements.</li>
 *   <li>{@code ce-last}: {@code F.cross_entropy(y[T-1], class)}, mean over the B sequences.</li>
 *   <li>{@code ce-all}: cross-entropy at every step, mean over the T x B predictions.</li>
 * </ul>
 */
public enum LossKind {
    MSE_LAST(false, true),
    MSE_ALL(false, false),
    CE_LAST(true, true),
    CE_ALL(true, false);

    private final boolean classification;
    private final boolean lastStepOnly;

    LossKind(boolean classification, boolean lastStepOnly) {
        this.classification = classification;
        this.lastStepOnly = lastStepOnly;
    }

    /** True for the cross-entropy losses, whose targets are class indices. */
    public boolean isClassification() {
        return classification;
    }

    /** True when only the readout at the last timestep enters the loss. */
    public boolean isLastStepOnly() {
        return lastStepOnly;
    }

    /** The name used on the command line and in files, e.g. {@code mse-last}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LossKind parse(String text) {
        for (LossKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown loss \"" + text + "\" (expected mse-last, mse-all, ce-last or ce-all)");
    }
}
