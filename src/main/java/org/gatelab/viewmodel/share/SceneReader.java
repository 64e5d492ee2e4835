package org.gatelab.viewmodel.share;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatelab.io.InputFileException;
import org.gatelab.lesson.LessonPaths;
import org.gatelab.lesson.LessonProblem;
import org.gatelab.lesson.Scene;
import org.gatelab.lesson.SceneFiles;
import org.gatelab.lesson.SceneLinks;
import org.gatelab.lesson.StepValidator;
import org.gatelab.viewmodel.lesson.LessonStepValidator;

/**
 * Reads a shared scene from a file, a link or text and checks it as a lesson step's scene is (it must make a
 * workspace and a training lab; its timestep, unit, layer and gate must exist). No JavaFX: {@code gatelab open}
 * checks the file with it before it starts the window.
 */
public final class SceneReader {
    private static final StepValidator VALIDATOR = new LessonStepValidator();

    private SceneReader() {
    }

    /**
     * A scene file.
     *
     * @throws InputFileException naming the file, the line and every problem
     */
    public static Scene read(Path file, LessonPaths paths) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InputFileException(name + ": is a folder, not a scene file");
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > SceneFiles.MAX_BYTES) {
                throw new InputFileException(String.format(Locale.ROOT, "%s: %,d bytes is too large for a scene "
                        + "file (at most %,d)", name, size, SceneFiles.MAX_BYTES));
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InputFileException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputFileException(name + ": not a text file (a scene is UTF-8 text)");
        }
        return checked(SceneFiles.parse(text, name, paths, file.toAbsolutePath().getParent(), VALIDATOR), name);
    }

    /**
     * A scene from text: a {@code gatelab:} link or the lines of a scene block. Only {@code assets/...} paths are
     * accepted (the text comes from no folder).
     *
     * @param source names the text in messages ("the clipboard", "the link")
     * @throws InputFileException naming the source, the line and every problem
     */
    public static Scene parse(String text, String source, LessonPaths paths) throws InputFileException {
        String lines = text;
        if (SceneLinks.isLink(text)) {
            try {
                lines = SceneLinks.text(text);
            } catch (IllegalArgumentException e) {
                throw new InputFileException(source + ": " + e.getMessage());
            }
        }
        return checked(SceneFiles.parse(lines, source, paths, null, VALIDATOR), source);
    }

    private static Scene checked(SceneFiles.Result r, String name) throws InputFileException {
        if (r.scene() != null) {
            return r.scene();
        }
        List<String> lines = new ArrayList<>();
        for (LessonProblem p : r.problems()) {
            lines.add(p.toString());
        }
        throw new InputFileException(lines.isEmpty() ? name + ": not a scene" : String.join("\n", lines));
    }
}
