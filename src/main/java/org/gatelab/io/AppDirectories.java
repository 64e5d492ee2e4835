package org.gatelab.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;

/**
 * Where GateLab keeps things: the per-user folder in the platform's usual place (settings, lesson progress,
 * the log, the teacher's own lessons) and the bundled lessons and assets next to the application.
 *
 * <ul>
 *   <li>Linux: {@code $XDG_CONFIG_HOME/gatelab} or {@code ~/.config/gatelab}</li>
 *   <li>macOS: {@code ~/Library/Application Support/GateLab}</li>
 *   <li>Windows: {@code %APPDATA%\GateLab}</li>
 * </ul>
 * The system property {@code gatelab.home} replaces the per-user folder (tests, portable installs);
 * {@code gatelab.lessons} and {@code gatelab.assets} name the bundled folders explicitly.
 *
 * @param user    the per-user folder (may not exist yet)
 * @param lessons the bundled lessons folder, or null if not found
 * @param assets  the bundled assets folder, or null if not found
 */
public record AppDirectories(Path user, Path lessons, Path assets) {

    /** The teacher's own lessons: a folder inside the per-user folder. */
    public Path userLessons() {
        return user.resolve("lessons");
    }

    /** The learner's lesson progress. */
    public Path progressFile() {
        return user.resolve("progress.json");
    }

    /** The app's settings (theme, scale, folders). */
    public Path settingsFile() {
        return user.resolve("settings.json");
    }

    /** The folders for this user and this installation. */
    public static AppDirectories detect() {
        return new AppDirectories(userFolder(), bundled("lessons"), bundled("assets"));
    }

    static Path userFolder() {
        String override = System.getProperty("gatelab.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming"))
                    .resolve("GateLab");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/GateLab");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("gatelab");
    }

    /**
     * A bundled folder: the system property {@code gatelab.<name>}, else a folder of that name beside the jar or
     * up to three levels above it (the repository root above {@code target/}, an app image's {@code lib/app}),
     * else in the working directory.
     */
    static Path bundled(String name) {
        String override = System.getProperty("gatelab." + name);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override).toAbsolutePath();
            return Files.isDirectory(p) ? p : null;
        }
        Path start = codeLocation();
        for (Path p = start; p != null && start.getNameCount() - p.getNameCount() <= 3; p = p.getParent()) {
            Path candidate = p.resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path cwd = Path.of(name).toAbsolutePath();
        return Files.isDirectory(cwd) ? cwd : null;
    }

    private static Path codeLocation() {
        try {
            CodeSource source = AppDirectories.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (Exception e) {
            return null;
        }
    }
}
