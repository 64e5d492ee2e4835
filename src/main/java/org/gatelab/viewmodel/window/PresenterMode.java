package org.gatelab.viewmodel.window;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.gatelab.vocabulary.Ranges;

/**
 * Presenter mode's state: whether the window is presenting, and the type scale that every font and stroke is
 * multiplied by while it is (1x to 3x, in quarter steps). What presenting does to the window (full screen, the
 * chrome hidden, the high-contrast palette) is the shell's, following {@link #presentingProperty()}.
 */
public final class PresenterMode {
    /** One press of + or − changes the scale by this much. */
    public static final double STEP = 0.25;
    public static final double MIN_SCALE = Ranges.PRESENTER_SCALE.min();
    public static final double MAX_SCALE = Ranges.PRESENTER_SCALE.max();

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale",
            Ranges.PRESENTER_DEFAULT_SCALE);

    public PresenterMode(double scale) {
        setScale(scale);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void enter() {
        presenting.set(true);
    }

    public void exit() {
        presenting.set(false);
    }

    public void toggle() {
        presenting.set(!presenting.get());
    }

    /** The type scale of presenter mode (1 to 3). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    /** Sets the scale, kept within 1 to 3 (a value that is not a number leaves it as it is). */
    public void setScale(double s) {
        if (Double.isFinite(s)) {
            scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, s)));
        }
    }

    /** A quarter step larger, to the next quarter (1.6 becomes 1.75). */
    public void scaleUp() {
        setScale(Math.floor(scale.get() / STEP + 1e-9) * STEP + STEP);
    }

    /** A quarter step smaller, to the previous quarter (1.6 becomes 1.5). */
    public void scaleDown() {
        setScale(Math.ceil(scale.get() / STEP - 1e-9) * STEP - STEP);
    }

    /** The scale as people say it: {@code "1.5×"}, {@code "2×"}. */
    public static String label(double s) {
        String n = s == Math.rint(s) ? String.valueOf((int) s) : String.valueOf(s);
        return n + "\u00D7";
    }
}
