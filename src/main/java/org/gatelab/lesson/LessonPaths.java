package org.gatelab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a lesson may point: images and model files inside the lesson's own folder, or, written as
 * {@code assets/...}, inside the app's assets folder. Absolute paths, {@code ..}, URLs and symbolic links that
 * lead outside are refused, so a lesson passed around cannot make the app read other files.
 *
 * @param assets the app's assets folder
 */
public record LessonPaths(Path assets) {
    /** Thrown with a message for the learner or author; the caller adds file and line. */
    public static final class RefusedPath extends Exception {
        public RefusedPath(String message) {
            super(message);
        }
    }

    /**
     * The file {@code ref} names, for a lesson in {@code lessonFolder}.
     *
     * @throws RefusedPath when the path leaves its folder, is not a plain relative path, or does not exist
     */
    public Path resolve(String ref, Path lessonFolder) throws RefusedPath {
        String r = ref.trim();
        if (r.isEmpty()) {
            throw new RefusedPath("the path is empty");
        }
        if (r.startsWith("/") || r.startsWith("\\") || r.matches("^[A-Za-z]:.*") || r.startsWith("~")) {
            throw new RefusedPath("\"" + r + "\" is an absolute path; use a path inside the lesson's folder or "
                    + "assets/...");
        }
        if (r.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new RefusedPath("\"" + r + "\" is a URL; lessons use files inside the lesson's folder or assets/");
        }
        String normal = r.replace('\\', '/');
        for (String part : normal.split("/")) {
            if (part.equals("..")) {
                throw new RefusedPath("\"" + r + "\" leaves its folder (..); use a path inside the lesson's folder "
                        + "or assets/...");
            }
        }
        Path root;
        String rest;
        if (normal.startsWith("assets/")) {
            if (assets == null) {
                throw new RefusedPath("\"" + r + "\": the assets folder was not found");
            }
            root = assets;
            rest = normal.substring("assets/".length());
        } else {
            if (lessonFolder == null) {
                throw new RefusedPath("\"" + r + "\": a scene from a link or the clipboard has no folder of its "
                        + "own; it can only name files in assets/...");
            }
            root = lessonFolder;
            rest = normal;
        }
        Path file;
        try {
            file = root.resolve(rest).normalize();
        } catch (InvalidPathException e) {
            throw new RefusedPath("\"" + r + "\" is not a valid path");
        }
        if (!file.startsWith(root.normalize())) {
            throw new RefusedPath("\"" + r + "\" leaves its folder");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw new RefusedPath("\"" + r + "\": no such file");
        }
        try {
            Path real = file.toRealPath();
            Path realRoot = root.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new RefusedPath("\"" + r + "\" is a link that points outside its folder");
            }
            if (!Files.isRegularFile(real)) {
                throw new RefusedPath("\"" + r + "\" is not a file");
            }
            return real;
        } catch (IOException e) {
            throw new RefusedPath("\"" + r + "\": cannot be read (" + e.getMessage() + ")");
        }
    }
}
