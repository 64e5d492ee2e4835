package org.gatelab.viewmodel;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gatelab.io.AppSettings;
import org.gatelab.io.SettingsStore;

/**
 * The app's remembered settings while it runs: read once from the {@link SettingsStore} at start, changed only
 * through {@link #update}, and written back off the FX thread after each change (several quick changes are
 * written once, the latest). A file that could not be read, or a save that failed, leaves a message in
 * {@link #messageProperty()} for the window to show; it never stops the app.
 */
public final class SettingsModel {
    private final SettingsStore store;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<AppSettings> settings;
    private final ReadOnlyStringWrapper message;
    /** The settings waiting to be written (null when nothing is). */
    private final AtomicReference<AppSettings> pending = new AtomicReference<>();
    /** Held while taking and writing the pending settings, so a flush waits for a write under way. */
    private final Object writing = new Object();

    private SettingsModel(SettingsStore store, TaskRunner runner, AppSettings initial, String message) {
        this.store = store;
        this.runner = runner;
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
        this.message = new ReadOnlyStringWrapper(this, "message", message == null ? "" : message);
    }

    /**
     * Reads the settings from {@code store} (the defaults and a message when the file is broken) and saves later
     * changes there through {@code runner} (work off the FX thread; {@link TaskRunner#direct()} in tests).
     */
    public static SettingsModel load(SettingsStore store, TaskRunner runner) {
        SettingsStore.Loaded loaded = store.load();
        return new SettingsModel(store, runner, loaded.settings(), loaded.message());
    }

    /** Settings kept in memory only (windows built without a settings file, e.g. in tests). */
    public static SettingsModel inMemory() {
        return new SettingsModel(null, TaskRunner.direct(), AppSettings.defaults(), "");
    }

    public ReadOnlyObjectProperty<AppSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AppSettings settings() {
        return settings.get();
    }

    /** True when the dark theme is on. */
    public boolean darkTheme() {
        return settings.get().darkTheme();
    }

    public void setDarkTheme(boolean dark) {
        update(s -> s.withDarkTheme(dark));
    }

    /** Remembers the theme: dark or light, with or without the colour-vision-safe line colours (one save). */
    public void setTheme(boolean dark, boolean colourVisionSafe) {
        update(s -> s.withDarkTheme(dark).withColourVisionSafe(colourVisionSafe));
    }

    /** True when the colour-vision-safe line colours are on. */
    public boolean colourVisionSafe() {
        return settings.get().colourVisionSafe();
    }

    public void setColourVisionSafe(boolean safe) {
        update(s -> s.withColourVisionSafe(safe));
    }

    /** Presenter mode's type scale ({@link org.gatelab.vocabulary.Ranges#PRESENTER_SCALE}). */
    public double presenterScale() {
        return settings.get().presenterScale();
    }

    public void setPresenterScale(double scale) {
        update(s -> s.withPresenterScale(scale));
    }

    /** True once the welcome screen was shown. */
    public boolean welcomeSeen() {
        return settings.get().welcomeSeen();
    }

    /** Remembers that the welcome screen was shown, so later starts open where the learner works. */
    public void markWelcomeSeen() {
        update(s -> s.withWelcomeSeen(true));
    }

    /** Why the settings file was set aside or could not be written; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Forgets the message once the user has seen it. */
    public void dismissMessage() {
        message.set("");
    }

    /** Changes the settings (e.g. {@code s -> s.withDarkTheme(true)}) and saves them if they changed. */
    public void update(UnaryOperator<AppSettings> change) {
        AppSettings next = Objects.requireNonNull(change.apply(settings.get()));
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        if (store != null && pending.getAndSet(next) == null) {
            runner.run(this::writePending, written -> { }, this::saveFailed);
        }
    }

    /** Writes what is pending now, on the calling thread, after a write under way (when the app closes). */
    public void flush() {
        if (store == null) {
            return;
        }
        try {
            writePending();
        } catch (Exception e) {
            saveFailed(e);
        }
    }

    private AppSettings writePending() throws java.io.IOException {
        synchronized (writing) {
            AppSettings s = pending.getAndSet(null);
            if (s != null) {
                store.save(s);
            }
            return s;
        }
    }

    private void saveFailed(Throwable e) {
        message.set("The settings could not be saved to " + store.file() + " (" + e.getMessage() + ").");
    }
}
