package org.gatelab.viewmodel.workspace;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The selected timestep and the playback state. Views drive playback by calling {@link #advance(double)}
 * from their animation timer; the model decides when a step is due.
 */
public final class TimelineModel {
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 30;

    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length", 1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 4);
    private final ReadOnlyDoubleWrapper transitionMillis = new ReadOnlyDoubleWrapper(this, "transitionMillis", 220);
    private double pendingSeconds;

    /** The selected timestep t, 0..length-1. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int step() {
        return step.get();
    }

    /** T, the number of timesteps. */
    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public int length() {
        return length.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Playback speed in timesteps per second. */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** How long views animate between two timesteps, in milliseconds (0: jump; tests use 0). */
    public ReadOnlyDoubleProperty transitionMillisProperty() {
        return transitionMillis.getReadOnlyProperty();
    }

    public void setTransitionMillis(double ms) {
        transitionMillis.set(Math.max(0, ms));
    }

    public void setSpeed(double stepsPerSecond) {
        speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, stepsPerSecond)));
    }

    /** A new sequence length; the selected step is kept if it still exists. */
    public void setLength(int n) {
        length.set(Math.max(1, n));
        if (step.get() >= n) {
            step.set(Math.max(0, n - 1));
        }
    }

    public void setStep(int t) {
        step.set(Math.max(0, Math.min(length.get() - 1, t)));
    }

    public void stepForward() {
        setStep(step.get() + 1);
    }

    public void stepBack() {
        setStep(step.get() - 1);
    }

    public void toStart() {
        setStep(0);
    }

    public void toEnd() {
        setStep(length.get() - 1);
    }

    /** Starts playing; from the last step it starts over at t = 0. */
    public void play() {
        if (step.get() >= length.get() - 1) {
            step.set(0);
        }
        pendingSeconds = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Called by the view's animation timer with the seconds since the last call; steps when due. */
    public void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        pendingSeconds += seconds;
        double perStep = 1.0 / speed.get();
        while (pendingSeconds >= perStep) {
            pendingSeconds -= perStep;
            if (step.get() >= length.get() - 1) {
                playing.set(false);
                return;
            }
            step.set(step.get() + 1);
        }
    }
}
