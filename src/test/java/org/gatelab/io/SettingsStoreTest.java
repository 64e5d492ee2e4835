package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARoundTrip() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.json"));
        AppSettings s = AppSettings.defaults().withDarkTheme(true).withPresenterScale(2.5).withLastFolder("/x/y")
                .withWelcomeSeen(true).withColourVisionSafe(true);
        store.save(s);
        SettingsStore.Loaded back = store.load();
        assertEquals(s, back.settings());
        assertEquals("", back.message());
    }

    @Test
    void aMissingFileGivesTheDefaultsSilently() {
        SettingsStore.Loaded l = new SettingsStore(dir.resolve("none.json")).load();
        assertEquals(AppSettings.defaults(), l.settings());
        assertEquals("", l.message());
    }

    @Test
    void aBrokenFileIsSetAsideWithAMessageAndTheDefaultsAreUsed() throws IOException {
        String[] broken = {"{", "[]", "{\"gatelab\":\"settings\",\"presenter_scale\":40}",
                "{\"gatelab\":\"settings\",\"dark_theme\":\"yes\"}", "{\"gatelab\":\"settings\",\"colour\":1}",
                "{\"gatelab\":\"settings\",\"colour_vision_safe\":1}",
                "\u0000\u0001binary"};
        for (int i = 0; i < broken.length; i++) {
            Path file = dir.resolve("s" + i + ".json");
            Files.writeString(file, broken[i]);
            SettingsStore.Loaded l = new SettingsStore(file).load();
            assertEquals(AppSettings.defaults(), l.settings(), broken[i]);
            assertTrue(l.message().contains("could not be read"), l.message());
            assertTrue(Files.notExists(file), "set aside, not overwritten: " + broken[i]);
            int n = i;
            try (var files = Files.list(dir)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("s" + n + ".json.broken-")));
            }
        }
    }
}
