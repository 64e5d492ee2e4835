package org.gatelab.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.gatelab.io.AppSettings;
import org.gatelab.io.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running app's settings: read once, changed through update, written back after each change. */
class SettingsModelTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsSavedAndReadBackByTheNextStart() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        SettingsModel first = SettingsModel.load(store, TaskRunner.direct());
        assertEquals(AppSettings.defaults(), first.settings());
        first.update(s -> s.withDarkTheme(true));
        first.update(s -> s.withPresenterScale(2.25));
        SettingsModel next = SettingsModel.load(new SettingsStore(dir.resolve("settings.json")), TaskRunner.direct());
        assertTrue(next.settings().darkTheme());
        assertEquals(2.25, next.settings().presenterScale());
        assertEquals("", next.messageProperty().get());
    }

    /** A runner that keeps the work until told to run it, like the app's background thread when busy. */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> TaskRunner.direct().run(work, onSuccess, onFailure));
        }
    }

    @Test
    void quickChangesAreWrittenOnceTheLatestAndFlushWritesWhatIsPending() throws IOException {
        Path file = dir.resolve("settings.json");
        HeldRunner runner = new HeldRunner();
        SettingsModel m = SettingsModel.load(new SettingsStore(file), runner);
        m.update(s -> s.withPresenterScale(1.75));
        m.update(s -> s.withPresenterScale(2));
        m.update(s -> s.withPresenterScale(2.5));
        assertEquals(1, runner.held.size(), "one write is queued for the three changes");
        assertFalse(Files.exists(file), "nothing is written on the FX thread");
        runner.held.get(0).run();
        assertEquals(2.5, new SettingsStore(file).load().settings().presenterScale());

        m.update(s -> s.withDarkTheme(true));
        m.flush();
        assertTrue(new SettingsStore(file).load().settings().darkTheme(), "flush writes at once (the app closing)");
        runner.held.get(1).run();
        assertTrue(new SettingsStore(file).load().settings().darkTheme());
        m.update(s -> s);
        assertEquals(2, runner.held.size(), "no change, no write");
    }

    @Test
    void aBrokenFileGivesTheDefaultsAndAMessageNeverAnError() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        SettingsModel m = SettingsModel.load(new SettingsStore(file), TaskRunner.direct());
        assertEquals(AppSettings.defaults(), m.settings());
        assertTrue(m.messageProperty().get().contains("could not be read"), m.messageProperty().get());
        m.dismissMessage();
        assertEquals("", m.messageProperty().get());
    }

    @Test
    void aFailedSaveLeavesAMessage() throws IOException {
        Path blocker = dir.resolve("a-file");
        Files.writeString(blocker, "x");
        SettingsModel m = SettingsModel.load(new SettingsStore(blocker.resolve("settings.json")), TaskRunner.direct());
        m.update(s -> s.withDarkTheme(true));
        assertTrue(m.settings().darkTheme(), "the app goes on with the change");
        assertTrue(m.messageProperty().get().startsWith("The settings could not be saved"), m.messageProperty().get());
    }

    @Test
    void inMemorySettingsNeedNoFile() {
        SettingsModel m = SettingsModel.inMemory();
        m.update(s -> s.withDarkTheme(true));
        assertTrue(m.settings().darkTheme());
        m.flush();
    }
}
