package org.gatelab.viewmodel.workspace;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * The network unrolled in time: the workspace's trace, step, unit and layer (which it shares), and the backward
 * sweep, which travels right to left from the last copy to the first. The sweep's {@link #progressProperty()
 * progress} runs from 0 to 1 over {@link #sweepMillisProperty()} whenever it is played: when a new trace arrives
 * and when the user asks ({@link #playBackward()}). At rest it is 1, the whole backward pass drawn. The view drives
 * the time with {@link #advance(double)} from its animation timer; tests set the duration to 0, which jumps.
 * Only the look is animated: every number drawn is the trace's.
 */
public final class UnrolledViewModel {
    /** How long one sweep takes unless changed, in milliseconds. */
    public static final double DEFAULT_SWEEP_MILLIS = 2400;

    private final WorkspaceViewModel workspace;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
    private final ReadOnlyBooleanWrapper sweeping = new ReadOnlyBooleanWrapper(this, "sweeping", false);
    private final ReadOnlyDoubleWrapper sweepMillis = new ReadOnlyDoubleWrapper(this, "sweepMillis",
            DEFAULT_SWEEP_MILLIS);

    public UnrolledViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.resultProperty().addListener((obs, o, r) -> {
            if (r != null && o != null) {
                playBackward();
            }
        });
    }

    /** The workspace whose trace, step, unit and layer the view shows. */
    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** How far the backward sweep has travelled from the last copy towards the first, 0 to 1 (1 at rest). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double progress() {
        return progress.get();
    }

    /** True while the sweep travels. */
    public ReadOnlyBooleanProperty sweepingProperty() {
        return sweeping.getReadOnlyProperty();
    }

    /** How long one sweep takes, in milliseconds (0: it jumps to the end; tests use 0). */
    public ReadOnlyDoubleProperty sweepMillisProperty() {
        return sweepMillis.getReadOnlyProperty();
    }

    public void setSweepMillis(double millis) {
        sweepMillis.set(Double.isFinite(millis) ? Math.max(0, millis) : DEFAULT_SWEEP_MILLIS);
    }

    /** Starts the backward sweep at the last copy (at once to the end when the duration is 0). */
    public void playBackward() {
        if (sweepMillis.get() <= 0) {
            sweeping.set(false);
            progress.set(1);
            return;
        }
        progress.set(0);
        sweeping.set(true);
    }

    /** Shows the whole backward pass at once. */
    public void finishSweep() {
        sweeping.set(false);
        progress.set(1);
    }

    /** Called by the view's animation timer with the seconds since the last call. */
    public void advance(double seconds) {
        if (!sweeping.get()) {
            return;
        }
        double next = sweepMillis.get() <= 0 ? 1 : progress.get() + 1000 * Math.max(0, seconds) / sweepMillis.get();
        if (next >= 1) {
            finishSweep();
        } else {
            progress.set(next);
        }
    }
}
