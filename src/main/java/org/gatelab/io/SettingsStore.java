package org.gatelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.gatelab.vocabulary.Ranges;

/**
 * The settings file ({@code settings.json} in the per-user folder), written atomically. A file that cannot be
 * read is set aside as {@code settings.json.broken-<time>} and the defaults are used, with a message: a broken
 * settings file never stops the app.
 * <pre>
 * { "gatelab": "settings", "version": 1, "dark_theme": false, "presenter_scale": 1.5,
 *   "last_folder": "/home/me/slides", "welcome_seen": true, "colour_vision_safe": false }
 * </pre>
 */
public final class SettingsStore {
    public static final int MAX_BYTES = 64 * 1024;
    private static final Set<String> FIELDS = Set.of("gatelab", "version", "dark_theme", "presenter_scale",
            "last_folder", "welcome_seen", "colour_vision_safe");
    private static final ObjectMapper JSON = Json.reader(new Json.Limits(4, 40, 4096));

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The settings read, and a message when the file had to be set aside (else empty). */
    public record Loaded(AppSettings settings, String message) {
    }

    public Loaded load() {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return setAside("it is larger than a settings file can be");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), "");
        } catch (IOException e) {
            return new Loaded(AppSettings.defaults(), "Could not read the settings (" + e.getMessage()
                    + "); using the defaults.");
        }
        try {
            return new Loaded(parse(bytes), "");
        } catch (IllegalArgumentException | IOException e) {
            return setAside(e.getMessage());
        }
    }

    private Loaded setAside(String why) {
        try {
            Path aside = SetAside.move(file);
            return new Loaded(AppSettings.defaults(), "The settings file could not be read (" + why + "); it was "
                    + "kept as " + aside.getFileName() + " and the defaults are used.");
        } catch (IOException e) {
            return new Loaded(AppSettings.defaults(), "The settings file could not be read (" + why + "); using "
                    + "the defaults.");
        }
    }

    /** Parses settings JSON; unknown or mistyped fields are refused with the field's name. */
    static AppSettings parse(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        if (root == null || !root.isObject() || !"settings".equals(root.path("gatelab").asText())) {
            throw new IllegalArgumentException("not a GateLab settings file");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("unknown field \"" + f + "\"");
            }
        }
        AppSettings d = AppSettings.defaults();
        boolean dark = bool(root, "dark_theme", d.darkTheme());
        double scale = d.presenterScale();
        JsonNode s = root.get("presenter_scale");
        if (s != null) {
            if (!s.isNumber() || !Ranges.PRESENTER_SCALE.contains(s.doubleValue())) {
                throw new IllegalArgumentException("field \"presenter_scale\" must be a number from "
                        + Ranges.PRESENTER_SCALE.text());
            }
            scale = s.doubleValue();
        }
        String folder = d.lastFolder();
        JsonNode lf = root.get("last_folder");
        if (lf != null) {
            if (!lf.isTextual()) {
                throw new IllegalArgumentException("field \"last_folder\" must be a text");
            }
            folder = lf.textValue();
        }
        return new AppSettings(dark, scale, folder, bool(root, "welcome_seen", d.welcomeSeen()),
                bool(root, "colour_vision_safe", d.colourVisionSafe()));
    }

    private static boolean bool(JsonNode root, String field, boolean fallback) {
        JsonNode n = root.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be true or false");
        }
        return n.booleanValue();
    }

    static String toJson(AppSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("gatelab", "settings");
        root.put("version", 1);
        root.put("dark_theme", s.darkTheme());
        root.put("presenter_scale", s.presenterScale());
        root.put("last_folder", s.lastFolder());
        root.put("welcome_seen", s.welcomeSeen());
        root.put("colour_vision_safe", s.colourVisionSafe());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the settings atomically, creating the folder if needed. */
    public void save(AppSettings s) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFiles.writeString(file, toJson(s));
    }
}
