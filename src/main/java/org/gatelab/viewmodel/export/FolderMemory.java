package org.gatelab.viewmodel.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** Remembers the folder the user last exported to, so the next file chooser opens there. */
public interface FolderMemory {
    /** The last folder, if it still exists; else the user's home folder. */
    Path lastFolder();

    /** Remembers {@code folder} (a file's folder, or the folder itself). */
    void remember(Path folder);

    /** Kept in the user's Java preferences (node {@code org/gatelab/export}), across runs of the app. */
    static FolderMemory preferences() {
        Preferences node = Preferences.userRoot().node("org/gatelab/export");
        String key = "lastFolder";
        return new FolderMemory() {
            @Override
            public Path lastFolder() {
                return existingOrHome(node.get(key, null));
            }

            @Override
            public void remember(Path folder) {
                if (folder != null) {
                    node.put(key, folder.toAbsolutePath().toString());
                }
            }
        };
    }

    /**
     * Kept in the app's settings file in the per-user folder ({@code last_folder}), with the theme and the
     * presenter scale: what the app uses.
     */
    static FolderMemory settings(org.gatelab.viewmodel.SettingsModel settings) {
        return new FolderMemory() {
            @Override
            public Path lastFolder() {
                String last = settings.settings().lastFolder();
                return existingOrHome(last.isEmpty() ? null : last);
            }

            @Override
            public void remember(Path folder) {
                if (folder != null) {
                    String path = folder.toAbsolutePath().toString();
                    settings.update(s -> s.withLastFolder(path));
                }
            }
        };
    }

    /** Kept in memory only (tests, or when preferences are unavailable). */
    static FolderMemory inMemory(Path start) {
        return new FolderMemory() {
            private Path last = start;

            @Override
            public Path lastFolder() {
                return existingOrHome(last == null ? null : last.toString());
            }

            @Override
            public void remember(Path folder) {
                if (folder != null) {
                    last = folder.toAbsolutePath();
                }
            }
        };
    }

    private static Path existingOrHome(String path) {
        if (path != null) {
            try {
                Path p = Path.of(path);
                if (Files.isDirectory(p)) {
                    return p;
                }
            } catch (RuntimeException e) {
                // a stored path this system cannot read: fall back to the home folder
            }
        }
        return Path.of(System.getProperty("user.home"));
    }
}
